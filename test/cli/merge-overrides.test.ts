import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpDesk } from '../experiment/scenarios';
import { cli, tempDir, writeScenario } from './cli-harness';

const dir = tempDir();
const file = writeScenario(dir, 'help-desk.json', helpDesk(2));
const overrides = ['--policy', 'best-skill', '--horizon', '1h'];

/** Two shards of replications 0–2 run with the overrides. */
async function shards(): Promise<string[]> {
  const a = join(dir, 'a.json');
  const b = join(dir, 'b.json');
  expect((await cli(['run', file, ...overrides, '--from', '0', '--to', '2', '--threads', '1', '--out', a])).code).toBe(0);
  expect((await cli(['run', file, ...overrides, '--from', '2', '--to', '3', '--threads', '1', '--out', b])).code).toBe(0);
  return [a, b];
}

describe('merge --scenario with the --policy/--horizon of the shards', () => {
  it('writes the report of shards run with --policy and --horizon', async () => {
    const files = await shards();
    const report = join(dir, 'merged.html');
    const { code, stdout, stderr } = await cli(['merge', ...files, '--scenario', file, ...overrides, '--report', report]);
    expect(stderr).toBe(`report written to ${report}\n`);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ policy: 'best-skill', from: 0, to: 3 });
    const html = readFileSync(report, 'utf8');
    expect(html).toContain('best-skill');
    // The report of the merge equals that of the same experiment run at once.
    const whole = await cli(['run', file, ...overrides, '--replications', '3', '--threads', '1', '--format', 'html']);
    expect(html.trimEnd()).toBe(whole.stdout.trimEnd());
  });

  it('without the same overrides the scenario is refused, and the message says what to give', async () => {
    const files = await shards();
    const { code, stdout, stderr } = await cli(['merge', ...files, '--scenario', file, '--policy', 'best-skill', '--report', join(dir, 'x.html')]);
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr).toMatch(/^routelab: --scenario: .* is not the scenario the shards were run on .*give merge the same ones\)\n$/);
  });

  it('--policy/--horizon need --scenario', async () => {
    const files = await shards();
    const { code, stderr } = await cli(['merge', ...files, '--horizon', '1h']);
    expect(code).toBe(1);
    expect(stderr).toBe('routelab: --horizon: only with --scenario (it changes the scenario file, as in run)\n');
  });
});
