import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './cli-harness';
import { parseCsv } from './csv-parse';

const fixture = (file: string): string => fileURLToPath(new URL(`../fixtures/reliability/${file}`, import.meta.url));

/** The JSON result `routelab run --format json` prints. */
function resultOf(stdout: string): Record<string, any> {
  const parsed = JSON.parse(stdout) as Record<string, any>;
  return (parsed.result ?? parsed) as Record<string, any>;
}

describe('routelab on the engine reliability reproducers', () => {
  it('runs virtual hold offered while nobody is on duty to the end (it used to crash, exit 1)', async () => {
    for (const file of ['vh-infinite-promise-crash.yaml', 'fuzz-335-vh-crash.reduced.json']) {
      const outcome = await cli(['run', fixture(file), '--format', 'json']);
      expect(outcome.code, `${file}: ${outcome.stderr}`).toBe(0);
      const callbacks = resultOf(outcome.stdout).callbacks as Record<string, number>[];
      for (const c of callbacks) expect(c.promisesKept! + c.promisesBroken!).toBeLessThanOrEqual(c.accepted!);
    }
  });

  it('warns about the transfer ping-pong on validate, and its run ends with the issue given up', async () => {
    const validated = await cli(['validate', fixture('transfer-ping-pong-hang.yaml')]);
    expect(validated.code).toBe(0);
    expect(validated.stderr).toContain("contactTypes[0].transfer: transfers go round in a loop: 'front' → 'back' → 'front'");
    const run = await cli(['run', fixture('transfer-ping-pong-hang.yaml'), '--format', 'json']);
    expect(run.code).toBe(0);
    expect(resultOf(run.stdout).journey.overall).toMatchObject({ issues: 1, transfers: 9, gaveUp: 1 });
  });

  it('writes no negative wait or stale service start in the trace of a cut run', async () => {
    const dir = tempDir();
    const trace = join(dir, 'trace.csv');
    const outcome = await cli(['run', fixture('trace-dialing-at-cut.yaml'), '--trace', trace]);
    expect(outcome.code).toBe(0);
    const rows = parseCsv(readFileSync(trace, 'utf8'));
    expect(rows[0]).toEqual(['serial', 'customer', 'type', 'channel', 'segment', 'arrival', 'outcome', 'end', 'wait', 'serviceStart', 'handleTime', 'agent', 'group', 'site']);
    expect(rows[2]).toEqual(['1', '1', 'calls', 'voice', 'all', '1', 'unfinished', '3600', '2999', '', '', '', '', '']);
  });
});
