import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../src/scenario/errors';
import { readScenarioFile } from '../../src/scenario/load-file';
import type { ScenarioInput } from '../../src/scenario/schema';

describe('readScenarioFile()', () => {
  it('returns the scenario typed (no cast) and as written', () => {
    const bank: ScenarioInput = readScenarioFile(fileURLToPath(new URL('../../examples/retail-bank.yaml', import.meta.url)));
    expect(bank.contactTypes.map((t) => t.name)).toContain('accounts-voice');
  });

  it('checks the scenario: every problem in one ScenarioError, the file read or not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'routelab-read-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'name: bad\nskills: [s]\ncontactTypes: []\nagentGroups: [{ name: g, skills: { s: 1 }, agents: -1 }]\n');
    expect(() => readScenarioFile(file)).toThrow(ScenarioError);
    expect(() => readScenarioFile(file)).toThrow(/contactTypes[\s\S]*agentGroups\[0\]\.agents/);
  });
});
