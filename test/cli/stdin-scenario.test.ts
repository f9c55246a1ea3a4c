import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program';
import { captureStream, tempDir } from './cli-harness';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const YAML = `name: tiny
horizon: 2h
skills: [s]
contactTypes:
  - { name: calls, skills: { s: 1 }, arrivals: { rate: 60/h }, handleTime: { kind: exponential, mean: 2m } }
agentGroups:
  - { name: team, skills: { s: 1 }, agents: 3 }
`;

/** Runs `routelab <args>` in this process with `input` as standard input; counts the reads. */
async function cliWithStdin(args: readonly string[], input: string) {
  const stdout = captureStream();
  const stderr = captureStream();
  let reads = 0;
  const code = await runCli(args, { stdout, stderr, stdin: () => (reads++, input) });
  return { code, stdout: stdout.text(), stderr: stderr.text(), reads };
}

describe('a scenario from standard input (-)', () => {
  it('validate - reads it and names it <stdin>', async () => {
    const out = await cliWithStdin(['validate', '-'], YAML);
    expect(out.stdout).toBe("<stdin>: valid scenario 'tiny'\n");
    expect(out.code).toBe(0);
  });

  it('run - gives what run <file> gives for the same text', async () => {
    const dir = tempDir();
    const file = join(dir, 'tiny.yaml');
    writeFileSync(file, YAML);
    const fromFile = await cliWithStdin(['run', file, '--format', 'json', '--seed', '3'], '');
    const fromStdin = await cliWithStdin(['run', '-', '--format', 'json', '--seed', '3'], YAML);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect(fromFile.reads).toBe(0);
  });

  it('compare - --policy a b reads standard input once', async () => {
    const out = await cliWithStdin(['compare', '-', '--policy', 'longest-idle-agent', 'random-agent', '--replications', '2', '--threads', '1', '--format', 'json'], YAML);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.reads).toBe(1);
  });

  it('an output file is never refused for clashing with standard input', async () => {
    const out = join(tempDir(), 'out.json');
    const result = await cliWithStdin(['run', '-', '--format', 'json', '--out', out], YAML);
    expect(result.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('"tiny"');
  });

  it('problems are scenario problems (exit code 2) naming <stdin>', async () => {
    const invalid = await cliWithStdin(['validate', '-'], YAML.replace('agents: 3', 'agents: -3'));
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/<stdin>: 1 problem\n {2}agentGroups\[0\]\.agents/);
    const empty = await cliWithStdin(['validate', '-'], '  \n# nothing\n');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('<stdin>: standard input is empty');
    const syntax = await cliWithStdin(['run', '-'], 'name: [unclosed\n');
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toMatch(/<stdin>: not valid YAML: .*line 2/);
  });

  it('- given twice is a usage error (exit code 1)', async () => {
    expect((await cliWithStdin(['validate', '-', '-'], YAML)).code).toBe(1);
    expect((await cliWithStdin(['compare', '-', '-'], YAML)).code).toBe(1);
  });

  it('reads the real standard input of the process', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'validate', '-'], { cwd: ROOT, input: YAML, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.stdout).toBe("<stdin>: valid scenario 'tiny'\n");
    expect(child.status).toBe(0);
  });
});
