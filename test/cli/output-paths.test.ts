import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpDesk } from '../experiment/scenarios';
import { cli, tempDir, writeScenario } from './cli-harness';

const dir = tempDir();
const file = writeScenario(dir, 'help-desk.json', helpDesk(1));
const missingFolder = join(dir, 'no-such-folder');

/** The outcome must be one `routelab: <flag>: cannot write '<path>': ...` line, exit 1, nothing on stdout. */
function expectOneLine(outcome: { code: number; stdout: string; stderr: string }, flag: string, path: string): void {
  expect(outcome.code).toBe(1);
  expect(outcome.stdout).toBe(''); // checked before the run: no results were printed
  expect(outcome.stderr.trimEnd().split('\n')).toEqual([`routelab: ${flag}: cannot write '${path}': no such folder '${missingFolder}'`]);
}

describe('output files that cannot be written', () => {
  it('--trace: one line naming --trace, exit 1, before the simulation', async () => {
    const trace = join(missingFolder, 't.csv');
    expectOneLine(await cli(['run', file, '--trace', trace]), '--trace', trace);
  });

  it('--out: one line naming --out, in run, compare, merge and bench', async () => {
    const out = join(missingFolder, 'x.txt');
    expectOneLine(await cli(['run', file, '--out', out]), '--out', out);
    expectOneLine(await cli(['compare', file, '--policy', 'best-skill', 'random-agent', '--replications', '2', '--out', out]), '--out', out);
    expectOneLine(await cli(['merge', join(dir, 'shard.json'), '--out', out]), '--out', out);
    expectOneLine(await cli(['bench', '--arrivals', '100', '--out', out]), '--out', out);
  });

  it('--report: checked before the experiment runs', async () => {
    const report = join(missingFolder, 'r.html');
    expectOneLine(await cli(['run', file, '--replications', '2', '--threads', '1', '--report', report]), '--report', report);
  });

  it('a folder given as a file is refused by name', async () => {
    const { code, stderr } = await cli(['run', file, '--out', dir]);
    expect(code).toBe(1);
    expect(stderr).toBe(`routelab: --out: cannot write '${dir}': it is a folder\n`);
  });

  it('a writable --trace gets one record per contact, also with --report', async () => {
    const trace = join(dir, 'trace.csv');
    const report = join(dir, 'trace-report.html');
    const { code, stdout } = await cli(['run', file, '--trace', trace, '--report', report, '--format', 'json']);
    expect(code).toBe(0);
    const offered = (JSON.parse(stdout) as { result: { overall: { offered: number } } }).result.overall.offered;
    const lines = readFileSync(trace, 'utf8').trimEnd().split('\n');
    expect(lines.length - 1).toBe(offered); // a header, then one line per contact offered
    expect(existsSync(report)).toBe(true);
  });
});
