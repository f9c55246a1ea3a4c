import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/scenario/extends';
import { readScenarioFile } from '../../src/scenario/load-file';
import { ScenarioFileError } from '../../src/scenario/read-document';
import { BASE_YAML, writeFiles } from './file-fixtures';
import { modelOf } from './helpers';

describe('loadScenarioFile() with extends', () => {
  it('merges an extending file over its base, relative to the extending file', () => {
    const dir = writeFiles({
      'shared/base.yaml': BASE_YAML,
      'peak.yaml': `
extends: ./shared/base.yaml
name: Peak day
contactTypes:
  - { name: billing, arrivals: { rate: 200/h } }
agentGroups:
  - { name: tier1, agents: 14 }
`,
    });
    const loaded = loadScenarioFile(join(dir, 'peak.yaml'));
    expect(loaded.files).toEqual([join(dir, 'peak.yaml'), join(dir, 'shared/base.yaml')]);
    expect(loaded.input).not.toHaveProperty('extends');
    const { model } = modelOf(loaded.input);
    expect(model.name).toBe('Peak day');
    expect(model.horizon).toBe(8 * 3600);
    const arrivals = model.contactTypes[0]!.arrivals;
    expect(arrivals.kind === 'poisson' && arrivals.rate).toBeCloseTo(200 / 3600, 12);
    expect(model.contactTypes[0]!.handleTime.mean).toBeCloseTo(300, 9); // kept from the base
    expect(model.agentGroups.map((g) => g.staffing)).toEqual([
      { kind: 'constant', agents: 14 },
      { kind: 'constant', agents: 4 },
    ]);
  });

  it('follows chains, each path relative to the file that says it, JSON bases included', () => {
    const dir = writeFiles({
      'a/base.json': JSON.stringify({ name: 'json base', horizon: '2h', skills: ['s'], contactTypes: [{ name: 't', skills: { s: 1 }, handleTime: { kind: 'exponential', mean: 60 }, arrivals: { rate: '10/h' } }], agentGroups: [{ name: 'g', agents: 2, skills: { s: 1 } }] }),
      'a/b/middle.yaml': 'extends: ../base.json\nhorizon: 4h\n',
      'c/top.yaml': 'extends: ../a/b/middle.yaml\nname: top\n',
    });
    const loaded = loadScenarioFile(join(dir, 'c/top.yaml'));
    expect(loaded.files).toEqual([join(dir, 'c/top.yaml'), join(dir, 'a/b/middle.yaml'), join(dir, 'a/base.json')]);
    expect(loaded.input).toMatchObject({ name: 'top', horizon: '4h', skills: ['s'] });
    expect(readScenarioFile(join(dir, 'c/top.yaml'))).toEqual(loaded.input);
  });

  it('reports a cycle, naming the chain', () => {
    const dir = writeFiles({ 'a.yaml': 'extends: ./b.yaml\nname: a\n', 'b.yaml': 'extends: a.yaml\nname: b\n' });
    const a = join(dir, 'a.yaml');
    const b = join(dir, 'b.yaml');
    expect(() => loadScenarioFile(a)).toThrow(`${a}: extends: files extend each other in a cycle: ${a} → ${b} → ${a}`);
  });

  it('reports a file that extends itself', () => {
    const dir = writeFiles({ 'self.yaml': 'extends: self.yaml\nname: x\n' });
    const self = join(dir, 'self.yaml');
    expect(() => loadScenarioFile(self)).toThrow(`cycle: ${self} → ${self}`);
  });

  it('reports a missing base file, naming the extends field and the file it was read from', () => {
    const dir = writeFiles({ 'child.yaml': 'extends: ./nope.yaml\nname: x\n' });
    const child = join(dir, 'child.yaml');
    let caught: unknown;
    try {
      loadScenarioFile(child);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScenarioFileError);
    expect((caught as ScenarioFileError).file).toBe(child);
    expect((caught as Error).message).toBe(`${child}: extends: no such file './nope.yaml' (looked for ${join(dir, 'nope.yaml')})`);
  });

  it('rejects an extends that is not a path, and a base that is not a mapping', () => {
    const dir = writeFiles({ 'n.yaml': 'extends: 5\n', 'l.yaml': 'extends: list.yaml\n', 'list.yaml': '- 1\n- 2\n' });
    expect(() => loadScenarioFile(join(dir, 'n.yaml'))).toThrow(`${join(dir, 'n.yaml')}: extends: must be the path of a scenario file (a string), got 5`);
    expect(() => loadScenarioFile(join(dir, 'l.yaml'))).toThrow(
      `${join(dir, 'list.yaml')}: a scenario file that is extended must be a mapping of fields, got a list (extended by ${join(dir, 'l.yaml')})`,
    );
  });

  it('names the extending file when it removes an element its base lacks', () => {
    const dir = writeFiles({ 'base.yaml': BASE_YAML, 'child.yaml': 'extends: base.yaml\ncontactTypes:\n  - { name: billng, remove: true }\n' });
    expect(() => loadScenarioFile(join(dir, 'child.yaml'))).toThrow(
      `${join(dir, 'child.yaml')}: contactTypes[0].remove: no contactTypes entry named 'billng' to remove; the base has 'billing', 'cards'`,
    );
  });

  it('returns a file without extends as written, with itself as the only source', () => {
    const dir = writeFiles({ 'plain.yaml': BASE_YAML });
    const loaded = loadScenarioFile(join(dir, 'plain.yaml'));
    expect(loaded.files).toEqual([join(dir, 'plain.yaml')]);
    expect(loaded.sourceOf('contactTypes[0].handleTime')).toBe(join(dir, 'plain.yaml'));
    expect(modelOf(loaded.input).model.name).toBe('Base center');
  });
});
