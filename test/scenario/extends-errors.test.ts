import { join } from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/scenario/extends';
import { parseScenarioFile } from '../../src/scenario/parse-file';
import { BASE_YAML, writeFiles } from './file-fixtures';
import { errorAt, lines } from './helpers';

describe('parseScenarioFile()', () => {
  const dir = writeFiles({
    'base.yaml': BASE_YAML.replace('cv: 0.8', 'cv: -1'),
    'child.yaml': `
extends: base.yaml
contactTypes:
  - { name: cards, skills: { cardz: 1 } }
  - name: new-type
    skills: { billing: 1 }
    arrivals: { rate: 5/h }
`,
  });
  const child = join(dir, 'child.yaml');
  const base = join(dir, 'base.yaml');

  it('reports errors at paths of the merged scenario, saying which file a base value came from', () => {
    const result = parseScenarioFile(child);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(lines(result.errors)).toEqual([
      `contactTypes[0].handleTime: lognormal: cv must be a positive finite number, got -1 (from ${base})`,
      "contactTypes[1].skills.cardz: unknown skill 'cardz'; did you mean 'cards'?",
      'contactTypes[2].handleTime: required field is missing',
    ]);
    expect(result.files).toEqual([child, base]);
  });

  it('finds the source of a value by the name of its list element, not its index', () => {
    const loaded = loadScenarioFile(child);
    expect(loaded.sourceOf('contactTypes[1].skills')).toBe(child); // cards: skills overridden
    expect(loaded.sourceOf('contactTypes[1].handleTime.mean')).toBe(base);
    expect(loaded.sourceOf('contactTypes[2].arrivals.rate')).toBe(child); // appended by the child
    expect(loaded.sourceOf('agentGroups[0].agents')).toBe(base);
    expect(loaded.sourceOf('routing.policy')).toBe(child); // nobody set it: the extending file
  });

  it('is parseScenario with no annotation for a file that extends nothing', () => {
    const result = parseScenarioFile(base);
    expect(!result.ok && lines(result.errors)).toEqual(['contactTypes[0].handleTime: lognormal: cv must be a positive finite number, got -1']);
  });
});

describe('parseScenario() on an unresolved extends', () => {
  it('says that extends is resolved only when a file is read', () => {
    const raw = YAML.parse(`extends: ./base.yaml\n${BASE_YAML}`);
    expect(errorAt(raw, 'extends')).toMatch(/^'\.\/base\.yaml' was not read: extends is resolved when a scenario file is read with readScenarioFile/);
  });
});
