import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../cli/cli-harness';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The command lines of the README's Quick start block. */
function quickStart(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = /## Quick start\n\n```sh\n([\s\S]*?)```/.exec(readme);
  if (block === null) throw new Error('README.md: no ```sh block under "## Quick start"');
  return block[1]!.trim().split('\n');
}

describe('README Quick start', () => {
  it('has exactly two commands: the main job and the tests', () => {
    const lines = quickStart();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^npm ci && npm run build && node dist\/cli\.js /);
    expect(lines[1]).toBe('npm ci && npm test');
  });

  it('the main command compares three policies on the bank, prints the table and writes the report', async () => {
    const args = quickStart()[0]!.replace(/^npm ci && npm run build && node dist\/cli\.js /, '').split(/\s+/);
    expect(args.slice(0, 2)).toEqual(['compare', 'examples/retail-bank.yaml']);
    const policies = args.slice(args.indexOf('--policy') + 1, args.indexOf('--report'));
    expect(policies).toHaveLength(3);
    // As written, but on fewer replications and one thread, from the project root, with the
    // report in a temporary folder.
    const report = join(tempDir(), 'report.html');
    const run = args.map((a, i) => (args[i - 1] === '--report' ? report : a.startsWith('examples/') ? join(ROOT, a) : a));
    const { code, stdout, stderr } = await cli([...run, '--replications', '4', '--threads', '1']);
    expect(stderr).not.toMatch(/error/i);
    expect(code).toBe(0);
    for (const policy of policies) expect(stdout).toContain(policy);
    for (const label of ['FCR', 'repeat contacts', 'service level', 'abandoned', 'occupancy', 'ASA voice', 'promises kept']) expect(stdout).toContain(label);
    expect(stdout).toContain(`best-skill − ${policies[0]}`);
    expect(existsSync(report)).toBe(true);
    const html = readFileSync(report, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    for (const policy of policies) expect(html).toContain(policy);
    rmSync(report);
  });

  it('the what-if file extends the bank and changes only the callbacks', async () => {
    const { code, stdout } = await cli(['validate', join(ROOT, 'examples/retail-bank-virtual-hold.yaml')]);
    expect(code).toBe(0);
    expect(stdout).toContain('Retail bank, virtual hold');
  });
});
