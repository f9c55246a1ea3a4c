import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseScenario } from '../../src/scenario/resolve';
import { cli, tempDir } from './cli-harness';

const BANK = new URL('../../examples/data/anonymous-bank-one-day.csv', import.meta.url).pathname;
const HEADER = readFileSync(BANK, 'utf8').split('\n')[0]!;
const ROW = 'AA0213,24281,PS,10:00:45,10:00:51,6,10:00:51,10:01:33,42,AGENT,10:01:32,10:03:08,96,VICKY,VIC';

describe('routelab replay: bad input', () => {
  it('an unknown mapping name is a usage error listing the built-in mappings', async () => {
    const out = await cli(['replay', BANK, '--mapping', 'banks']);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("routelab: --mapping: 'banks' is neither a built-in mapping nor a file; did you mean 'bank'? Built-in mappings: bank, routelab");
  });

  it('days not in the file are named, with the days there are', async () => {
    const out = await cli(['replay', BANK, '--mapping', 'bank', '--days', 'day-1,monday']);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("routelab: --days: 'monday' not in the records; the records hold day-1");
  });

  it('bad rows exit with code 2 and are located; drops are counted on stderr', async () => {
    const dir = tempDir();
    const file = join(dir, 'calls.csv');
    writeFileSync(file, `${HEADER}\n${ROW.replace('10:03:08', '9:00:00')}\n${ROW.replace('10:00:51,6,10:00:51', '10:00:51,6,ten')}\n`);
    const out = await cli(['replay', file, '--mapping', 'bank']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('calls.csv: 2 problems');
    expect(out.stderr).toContain('line 2, column ser_exit: service end before service start (9:00:00 < 10:01:32)');
    expect(out.stderr).toContain('line 3, column q_start ("ten"): expected a time in the format H:mm:ss');
    expect(out.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  });

  it('a file that is not CSV, and a bad mapping file, exit with code 2', async () => {
    const dir = tempDir();
    const binary = join(dir, 'calls.xlsx');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]));
    expect(await cli(['replay', binary, '--mapping', 'bank'])).toMatchObject({ code: 2, stderr: expect.stringContaining('not a CSV text file') });
    const mapping = join(dir, 'mapping.yaml');
    writeFileSync(mapping, 'name: crm\ncolumns:\n  arrival: start\n');
    const out = await cli(['replay', BANK, '--mapping', mapping]);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/mapping\.yaml: 3 problems[\s\S]*columns\.serviceStart[\s\S]*columns\.serviceEnd[\s\S]*columns\.outcome/);
  });

  it('an output that names an input is refused before anything runs', async () => {
    const dir = tempDir();
    const file = join(dir, 'calls.csv');
    copyFileSync(BANK, file);
    const out = await cli(['replay', file, '--mapping', 'bank', '--out', file]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain(`--out: '${file}' is an input of this command`);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(BANK, 'utf8'));
  });

  it('--target gives one measure per unknown', async () => {
    const out = await cli(['replay', BANK, '--mapping', 'bank', '--calibrate', 'availability,patienceScale', '--on', 'day-1']);
    expect(out).toMatchObject({ code: 1, stderr: expect.stringContaining('--target: give one measure per unknown (2), comma-separated') });
    expect((await cli(['replay', BANK, '--mapping', 'bank', '--calibrate', 'staff', '--on', 'day-1'])).stderr).toContain("--calibrate: unknown 'staff'; choose from availability, patienceScale, handleTimeScale");
  });

  it('--on needs --calibrate, and the other way round', async () => {
    expect((await cli(['replay', BANK, '--mapping', 'bank', '--calibrate', 'availability'])).stderr).toContain('--calibrate: give the calibration days with --on');
    expect((await cli(['replay', BANK, '--mapping', 'bank', '--on', 'day-1'])).stderr).toContain('--on: only with --calibrate');
  });
});

describe('routelab replay on a small day', () => {
  // The bank day's calls from 7:00 to 9:00 (a small day keeps the test fast).
  const dir = tempDir();
  const file = join(dir, 'morning.csv');
  const lines = readFileSync(BANK, 'utf8').trim().split('\n');
  writeFileSync(file, `${[lines[0], ...lines.slice(1).filter((l) => /^[^,]*,[^,]*,[^,]*,[78]:/.test(l))].join('\n')}\n`);

  it('prints simulated against observed per day and hour, with the summary', async () => {
    const out = await cli(['replay', file, '--mapping', 'bank', '--replications', '3', '--write-scenario', join(dir, 'day.yaml'), '--report', join(dir, 'replay.html')]);
    expect(out.stderr).not.toContain('routelab:');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^Day day-1$/m);
    expect(out.stdout).toMatch(/^abandoned % +\d+\.\d +\d+\.\d ± \d+\.\d +\d+\.\d–\d+\.\d +-?\d+\.\d +(yes|NO)$/m);
    expect(out.stdout).toMatch(/^07:00 +ASA s /m);
    expect(out.stdout).toContain('persistence error');
    const scenario: unknown = parse(readFileSync(join(dir, 'day.yaml'), 'utf8'));
    expect(parseScenario(scenario).ok).toBe(true);
    const html = readFileSync(join(dir, 'replay.html'), 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('Abandonment by hour, day-1');
  });

  it('json and csv give the same comparison', async () => {
    const json = JSON.parse((await cli(['replay', file, '--mapping', 'bank', '--replications', '3', '--format', 'json'])).stdout) as {
      days: { measures: { measure: string; observed: number; mean: number }[] }[];
      summary: unknown[];
      dropped: unknown[];
    };
    const csv = (await cli(['replay', file, '--mapping', 'bank', '--replications', '3', '--format', 'csv'])).stdout.trim().split('\n');
    expect(csv[0]).toBe('day,hour,measure,observed,mean,half_width,band_low,band_high,error,in_band');
    const abandonment = json.days[0]!.measures.find((m) => m.measure === 'abandonment')!;
    expect(csv).toContainEqual(expect.stringMatching(new RegExp(`^day-1,,abandonment,${abandonment.observed},${abandonment.mean},`)));
    expect(json.summary).toHaveLength(5);
    expect(existsSync(file)).toBe(true);
  });
});
