import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpDesk } from '../experiment/scenarios';
import { cli, tempDir, writeScenario } from './cli-harness';

const dir = tempDir();
const file = writeScenario(dir, 'help-desk.json', helpDesk(2));
const other = writeScenario(dir, 'other.json', helpDesk(3));

async function shards(): Promise<string[]> {
  const a = join(dir, 'a.json');
  const b = join(dir, 'b.json');
  expect((await cli(['run', file, '--seed', '2', '--from', '0', '--to', '2', '--threads', '1', '--format', 'json', '--out', a])).code).toBe(0);
  expect((await cli(['run', file, '--seed', '2', '--from', '2', '--to', '3', '--threads', '1', '--format', 'json', '--out', b])).code).toBe(0);
  return [a, b];
}

describe('routelab merge --report', () => {
  it('writes the HTML report of the merged experiment, with the json alone on stdout', async () => {
    const report = join(dir, 'merged.html');
    const { code, stdout, stderr } = await cli(['merge', ...(await shards()), '--scenario', file, '--report', report]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ format: 'routelab-experiment', from: 0, to: 3 });
    expect(stderr).toContain(`report written to ${report}`);
    const html = readFileSync(report, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('3 (replications 0–2)');
  });

  it('refuses a scenario other than the one the shards ran, and --report without --scenario', async () => {
    const files = await shards();
    const wrong = await cli(['merge', ...files, '--scenario', other, '--report', join(dir, 'x.html')]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/--scenario: .* is not the scenario the shards were run on/);
    const missing = await cli(['merge', ...files, '--report', join(dir, 'y.html')]);
    expect(missing.stderr).toBe('routelab: --report: give the scenario file the shards were run on with --scenario\n');
  });
});
