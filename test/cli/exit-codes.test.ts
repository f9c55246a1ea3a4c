import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cli-error';
import { exitCodeOf } from '../../src/cli/program';
import { ScenarioError } from '../../src/scenario/errors';
import { ScenarioFileError } from '../../src/scenario/read-document';
import { helpDesk } from '../experiment/scenarios';
import { cli, tempDir, writeScenario } from './cli-harness';

const dir = tempDir();
const file = writeScenario(dir, 'help-desk.json', helpDesk(1));

/** Writes a file in the temporary folder and returns its path. */
function put(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const okYaml = JSON.stringify(helpDesk(1)); // JSON is YAML
put('base.json', JSON.stringify(helpDesk(1)));

/** Every kind of problem with a scenario file, each of which must exit with 2. */
const SCENARIO_PROBLEMS: readonly { what: string; path: string; message: RegExp }[] = [
  { what: 'malformed YAML', path: put('malformed.yaml', 'name: t\nskills: [support\nagents: 3\n'), message: /not valid YAML/ },
  { what: 'malformed JSON', path: put('malformed.json', '{ "name": "t", }'), message: /not valid JSON/ },
  { what: 'duplicate YAML keys', path: put('duplicate.yaml', 'name: a\nname: b\n'), message: /not valid YAML: Map keys must be unique/ },
  { what: 'extends a missing file', path: put('orphan.yaml', 'extends: ./no-such-base.yaml\n'), message: /extends: no such file '.\/no-such-base.yaml'/ },
  { what: 'extends in a cycle', path: (put('cycle-b.yaml', 'extends: ./cycle-a.yaml\n'), put('cycle-a.yaml', 'extends: ./cycle-b.yaml\n')), message: /cycle/ },
  { what: 'remove of an unknown entry', path: put('remove.yaml', 'extends: ./base.json\nagentGroups:\n  - { name: nobody, remove: true }\n'), message: /no agentGroups entry named 'nobody'/ },
  { what: 'bad policy options', path: writeScenario(dir, 'options.json', { ...helpDesk(1), routing: { policy: 'value-based', options: { agingTime: -5 } } }), message: /routing\.options\.agingTime/ },
  { what: 'an invalid value', path: writeScenario(dir, 'invalid.json', { ...helpDesk(1), horizon: '-2h' }), message: /horizon/ },
];

describe('exit codes', () => {
  it.each(SCENARIO_PROBLEMS)('$what: exit 2 from validate, run and compare, without a stack trace', async ({ path, message }) => {
    for (const args of [['validate', path], ['run', path], ['compare', path, file, '--replications', '2']]) {
      const { code, stdout, stderr } = await cli(args);
      expect({ args, code }).toEqual({ args, code: 2 });
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^routelab: /);
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('flag errors exit 1, --horizon included', async () => {
    for (const horizon of ['0', '-5m', '5x', 'abc', '']) {
      const { code, stderr } = await cli(['run', file, '--horizon', horizon]);
      expect({ horizon, code }).toEqual({ horizon, code: 1 });
      expect(stderr).toMatch(/^routelab: --horizon: /);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    expect((await cli(['run', file, '--seed', 'x'])).code).toBe(1);
  });

  it('a file named on the command line that does not exist is a usage error (exit 1)', async () => {
    const { code, stderr } = await cli(['validate', join(dir, 'missing.yaml')]);
    expect(code).toBe(1);
    expect(stderr).toBe(`routelab: ${join(dir, 'missing.yaml')}: no such file\n`);
  });

  it('validate of several files exits 2 if any has a problem', async () => {
    const valid = put('valid.yaml', okYaml);
    const { code, stdout } = await cli(['validate', valid, SCENARIO_PROBLEMS[0]!.path, join(dir, 'missing.yaml')]);
    expect(code).toBe(2);
    expect(stdout).toBe(`${valid}: valid scenario 'help-desk'\n`);
  });

  it('exitCodeOf(): 2 for scenario errors that reach the command line unwrapped, 1 for other errors', () => {
    expect(exitCodeOf(new ScenarioError([{ path: 'horizon', message: 'must be positive' }]))).toBe(2);
    expect(exitCodeOf(new ScenarioFileError('a.yaml', 'a.yaml: not valid YAML'))).toBe(2);
    expect(exitCodeOf(new CliError('--seed: expected an integer'))).toBe(1);
    expect(exitCodeOf(new RangeError('replications must be an integer >= 1'))).toBe(1);
  });
});
