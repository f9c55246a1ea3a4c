import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/load-scenario';
import { simulate } from '../../src/run/simulate';
import { cli } from './cli-harness';

/**
 * Issue 20: the `run` table shows resolution, repeats and callbacks like `compare`, prints every
 * duration with one formatter in every mode, never shows an ASA mixed across channels, and
 * `--quiet` keeps stderr clean.
 */

const bank = 'examples/retail-bank.yaml';
const scenario = loadScenario(bank, { warn: () => undefined });
const one = cli(['run', bank]);
const two = cli(['run', bank, '--replications', '2', '--threads', '1']);
const compared = cli(['compare', bank, '--policy', 'longest-idle-agent', 'best-skill', '--replications', '1', '--threads', '1']);

/** The cells of the row named `row` in the first table of `text` whose header line matches `header` (a string: starts with it). */
function cells(text: string, header: string | RegExp, row: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => (typeof header === 'string' ? l.startsWith(`${header} `) : header.test(l)));
  expect(start, `a table headed '${header}'`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && l === '');
  const line = lines.slice(start + 2, end === -1 ? undefined : end).find((l) => l.startsWith(`${row} `));
  expect(line, `row '${row}' of '${header}'`).toBeDefined();
  return line!.slice(row.length).trim().split(/ {2,}/);
}

describe('run table (issue 20)', () => {
  it('one replication shows FCR, repeat contacts and the callbacks of the run', async () => {
    const { stdout, code } = await one;
    expect(code).toBe(0);
    const result = simulate(scenario, { seed: 1 });
    const pct = (x: number | null): string => `${(100 * x!).toFixed(1)}%`;
    expect(cells(stdout, 'issues', 'overall')).toEqual([pct(result.journey.overall.fcr), pct(result.journey.overall.repeatContactRate)]);
    expect(result.callbacks.map((c) => c.name)).toEqual(['accounts-voice']);
    const callbacks = result.callbacks[0]!;
    expect(callbacks.offered).toBeGreaterThan(0);
    expect(cells(stdout, 'callbacks', 'accounts-voice')).toEqual([String(callbacks.offered), String(callbacks.accepted), pct(callbacks.promiseKeptRate)]);
  });

  it('several replications show FCR, repeat contacts and callbacks with their intervals', async () => {
    const { stdout, code } = await two;
    expect(code).toBe(0);
    for (const cell of cells(stdout, 'issues', 'overall')) expect(cell).toMatch(/^\d+\.\d% ± \d+\.\d pt$/);
    const [offered, accepted, kept] = cells(stdout, 'callbacks', 'accounts-voice');
    expect(offered).toMatch(/^\d+ ± \d+$/);
    expect(accepted).toMatch(/^\d+ ± \d+$/);
    expect(kept).toMatch(/% ± /);
  });

  it('prints the same e-mail ASA the same way in run, run --replications and compare', async () => {
    const [a, b, c] = await Promise.all([one, two, compared]);
    const result = simulate(scenario, { seed: 1 });
    const email = result.byChannel.find((ch) => ch.name === 'email')!.asa!;
    expect(email).toBeGreaterThan(7200); // an e-mail backlog waits hours: printed in hours
    const hours = `${(email / 3600).toFixed(1)} h`;
    expect(cells(a.stdout, 'channel', 'email')[0]).toBe(hours);
    expect(cells(c.stdout, /^design .*ASA email/, 'longest-idle-agent')).toContain(hours); // the same replication 0 of seed 1
    expect(cells(b.stdout, 'channel', 'email')[0]).toMatch(/^\d+\.\d h ± \d+\.\d h$/);
    for (const { stdout } of [a, b, c]) {
      // Seconds below 2 minutes, minutes below 2 hours, hours above, in every table of every mode.
      for (const m of stdout.matchAll(/(?<![\w.])(\d+\.\d+)(s| min| h)\b/g)) {
        const x = Number(m[1]);
        if (m[2] === 's') expect(x).toBeLessThan(120);
        if (m[2] === ' min') expect(x).toBeLessThan(120);
      }
      expect(stdout).not.toMatch(/\d{4,}\.\ds/);
    }
  });

  it('never prints an ASA mixed across channels: ASA per channel instead', async () => {
    for (const { stdout } of [await one, await two]) {
      const overall = cells(stdout, stdout.startsWith('Retail bank — policy longest-idle-agent: ') ? 'slice' : 'contact type', 'overall');
      expect(overall).toContain('–');
      expect(stdout).toContain('overall waits left out (–): they would mix channels');
      for (const channel of ['voice', 'chat', 'email']) expect(cells(stdout, 'channel', channel)).toHaveLength(2);
    }
  });

  it('--quiet prints no progress bar and no warnings, but still the errors', async () => {
    const loud = await cli(['run', bank, '--replications', '2', '--threads', '1'], { stderr: true });
    expect(loud.stderr).toContain('warning:'); // the bank's e-mail backlog after 20h
    for (const args of [
      ['run', bank, '--quiet'],
      ['run', bank, '--replications', '2', '--threads', '1', '--quiet'],
      ['compare', bank, '--policy', 'longest-idle-agent', 'best-skill', '--replications', '1', '--threads', '1', '--quiet'],
    ]) {
      const quiet = await cli(args, { stderr: true });
      expect(quiet.code).toBe(0);
      expect(quiet.stderr).toBe('');
      expect(quiet.stdout).toContain('FCR');
    }
    const missing = await cli(['run', 'no-such-file.yaml', '--quiet']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/^routelab: .*no-such-file\.yaml/);
  });
});
