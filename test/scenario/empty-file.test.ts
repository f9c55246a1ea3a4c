import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenarioDocument, ScenarioFileError } from '../../src/scenario/read-document';

describe('an empty scenario file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'routelab-empty-'));
  it.each([
    ['empty.yaml', ''],
    ['blank.yaml', '\n   \n'],
    ['comments.yaml', '# to do: the scenario\n  # later\n'],
    ['empty.json', ' \n'],
  ])('%s is reported as empty, naming the file', (name, text) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    expect(() => readScenarioDocument(path)).toThrow(ScenarioFileError);
    expect(() => readScenarioDocument(path)).toThrow(`${path}: the file is empty`);
  });

  it('a file with content after a comment is read', () => {
    const path = join(dir, 'named.yaml');
    writeFileSync(path, '# a scenario\nname: "Team #1"\n');
    expect(readScenarioDocument(path)).toEqual({ name: 'Team #1' });
  });
});
