import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { helpDesk } from '../experiment/scenarios';
import { cli, tempDir, writeScenario } from './cli-harness';

const dir = tempDir();
const file = writeScenario(dir, 'help-desk.json', helpDesk(1));
const brokenYaml = join(dir, 'broken.yaml');
writeFileSync(brokenYaml, 'name: [unclosed\n');
const invalid = writeScenario(dir, 'invalid.json', { ...helpDesk(1), horizon: '-2h', agentGroups: [] });

/** Bad invocations, each with the text its one error line must contain. */
const CASES: readonly { args: string[]; message: RegExp }[] = [
  { args: ['run', file, '--format', 'xml'], message: /argument 'xml' is invalid. Allowed choices are table, json, csv, html/ },
  { args: ['bench', '--format', 'csv'], message: /argument 'csv' is invalid. Allowed choices are table, json/ },
  { args: ['run', file, '--policy', 'best-skil'], message: /--policy: unknown policy 'best-skil'; did you mean 'best-skill'\?/ },
  { args: ['compare', file, '--policy', 'longest-idle-agent', 'nope'], message: /--policy: unknown policy 'nope'/ },
  { args: ['run', join(dir, 'missing.yaml')], message: /missing\.yaml: no such file/ },
  { args: ['run', brokenYaml], message: /broken\.yaml: .*YAML/ },
  { args: ['run', file, '--replications', '0'], message: /--replications: expected a positive integer, got '0'/ },
  { args: ['run', file, '--seed', 'abc'], message: /--seed: expected an integer, got 'abc'/ },
  { args: ['run', file, '--threads', '-1', '--replications', '2'], message: /--threads: expected a positive integer, got '-1'/ },
  { args: ['run', file, '--replications', '2', '--trace', join(dir, 't.csv')], message: /--trace: only with a single replication/ },
  { args: ['compare', file, '--policy', 'best-skill'], message: /--policy: give at least two policies/ },
  { args: ['compare', file, file, '--policy', 'best-skill', 'random-agent'], message: /either several policies on one scenario or several scenario files/ },
  { args: ['compare'], message: /give a scenario file and two or more --policy/ },
  { args: ['compare', file, '--policy', 'best-skill', 'random-agent', '--baseline', 'x'], message: /baseline: no variant is named 'x'/ },
  { args: ['merge', join(dir, 'none.json')], message: /none\.json: no such file/ },
  { args: ['merge', file], message: /shard 0: format must be 'routelab-shard' or 'routelab-experiment'/ },
  { args: ['frobnicate'], message: /unknown command 'frobnicate'/ },
  { args: ['run', file, '--colour'], message: /unknown option '--colour'/ },
  { args: ['run'], message: /missing required argument 'scenario'/ },
  { args: ['bench', '--arrivals', '1e3x'], message: /--arrivals: expected a positive integer, got '1e3x'/ },
];

describe('command line errors', () => {
  it.each(CASES)('$args.0 $args.1 $args.2 $args.3: one line on stderr, non-zero exit, no stack', async ({ args, message }) => {
    const { code, stdout, stderr } = await cli(args);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.endsWith('\n')).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^routelab: /);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('lists every problem of an invalid scenario, with exit code 2', async () => {
    const { code, stderr } = await cli(['run', invalid]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^routelab: .*invalid\.json: \d+ problems\n/);
    expect(stderr).toContain('horizon');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the routelab executable', () => {
  const exec = promisify(execFile);
  const main = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
  const run = (args: string[]) =>
    exec(process.execPath, ['--import', 'tsx', main, ...args], { cwd: fileURLToPath(new URL('../..', import.meta.url)) }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );

  it('run --format json: stdout parses as JSON, warnings go to stderr', async () => {
    const { code, stdout, stderr } = await run(['run', 'examples/retail-bank.yaml', '--horizon', '2h', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ format: 'routelab-run', version: 1 });
    expect(stderr).toMatch(/^warning: /);
  });

  it('exits with 1 and one line, without a stack trace, on a bad option', async () => {
    const { code, stdout, stderr } = await run(['run', 'examples/retail-bank.yaml', '--format', 'xml']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
