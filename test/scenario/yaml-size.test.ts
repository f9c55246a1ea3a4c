import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenarioDocument, ScenarioFileError } from '../../src/scenario/read-document';
import { checkYamlSize, countYamlItems, YAML_ITEM_LIMIT } from '../../src/scenario/yaml-size';
import { tempDir } from '../cli/cli-harness';

const dir = tempDir();

describe('countYamlItems()', () => {
  it('counts line breaks and commas, plus one', () => {
    expect(countYamlItems('a: 1')).toEqual({ items: 1 });
    expect(countYamlItems('trace: [1, 2, 3]\nb: 2\n')).toEqual({ items: 5 });
  });

  it('stops where it passes the limit, with the line and column (1-based)', () => {
    expect(countYamlItems('a: [1, 2]\nb: [3, 4, 5]\n', 4)).toEqual({ items: 5, crossedAt: { line: 2, column: 10 } });
  });
});

describe('checkYamlSize()', () => {
  it('accepts a text within the limit and says where a larger one crosses it', () => {
    expect(checkYamlSize('a: [1, 2]', 2)).toBeUndefined();
    expect(checkYamlSize('a: [1, 2, 3]', 2)).toMatch(/^too large for the YAML reader: more than 2 items .*item 3 is at line 1, column 10\).*Write the scenario as JSON/);
  });
});

describe('readScenarioDocument() of a YAML file over the limit', () => {
  // The 43 MB trace of yaml-big-trace-oom.sh, scaled down to just over the limit: one list item
  // per line (a block list), refused before the YAML parser sees it.
  const arrivals = Array.from({ length: YAML_ITEM_LIMIT }, (_, i) => `    - ${i}`).join('\n');
  const yaml = `name: big trace\narrivals:\n${arrivals}\n`;

  it('is refused with a located message that says to write JSON', () => {
    const file = join(dir, 'trace.yaml');
    writeFileSync(file, yaml);
    let caught: unknown;
    try {
      readScenarioDocument(file);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScenarioFileError);
    expect((caught as Error).message).toMatch(new RegExp(`^${file}: too large for the YAML reader: more than 250,000 items .*item 250,001 is at line 250,001, column 1\\)`));
    expect((caught as Error).message).toMatch(/Write the scenario as JSON instead/);
  });

  it('is read with JSON.parse when its text is JSON, whatever the extension', () => {
    const file = join(dir, 'trace-as-json.yaml');
    const trace = Array.from({ length: YAML_ITEM_LIMIT + 1 }, (_, i) => i);
    writeFileSync(file, JSON.stringify({ name: 'big trace', trace }));
    const document = readScenarioDocument(file) as { trace: number[] };
    expect(document.trace).toHaveLength(YAML_ITEM_LIMIT + 1);
    expect(document.trace[YAML_ITEM_LIMIT]).toBe(YAML_ITEM_LIMIT);
  });
});
