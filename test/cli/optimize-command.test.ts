import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../src/scenario/schema';
import { cli, tempDir, writeScenario } from './cli-harness';

const scenario: ScenarioInput = {
  name: 'tiny',
  horizon: '1h',
  interval: '30m',
  skills: ['s'],
  contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'exponential', mean: '2m' }, arrivals: { perInterval: [60, 90] } }],
  agentGroups: [{ name: 'agents', skills: { s: 1 }, agents: 3 }],
};
const quick = ['--replications', '3', '--validation-replications', '3', '--threads', '1', '--format', 'json'];

describe('routelab optimize', () => {
  it('gives the same result when its candidates run as shards elsewhere (task files, optimize-shard, rerun)', async () => {
    const dir = tempDir();
    const file = writeScenario(dir, 'tiny.yaml', scenario);
    const args = ['optimize', file, '--target', 'service-level calls 80% 20s', ...quick];
    const report = join(dir, 'staffing.html');
    const direct = await cli([...args, '--report', report]);
    expect(direct.code).toBe(0);
    expect(direct.stderr).toContain(`report written to ${report}`);
    expect(readFileSync(report, 'utf8')).toContain('<h1>tiny: staffing plan</h1>');
    const shards = join(dir, 'shards');
    let outcome = await cli([...args, '--shard-dir', shards]);
    let rounds = 0;
    while (outcome.code === 3 && rounds < 50) {
      expect(outcome.stderr).toMatch(/candidate evaluation\(s\) pending in .*pending: run each with `routelab optimize-shard <task>`/);
      for (const task of readdirSync(join(shards, 'pending'))) {
        if (!task.endsWith('.json')) continue;
        const id = task.replace(/\.json$/, '');
        // two shards per task, as two machines would write them (a task covers one block of
        // replications: the first, a further block of the sequential sampling, or a repair round's)
        const { from, to } = JSON.parse(readFileSync(join(shards, 'pending', task), 'utf8')) as { from: number; to: number };
        expect((await cli(['optimize-shard', join(shards, 'pending', task), '--from', String(from), '--to', String(from + 1)])).code).toBe(0);
        expect((await cli(['optimize-shard', join(shards, 'pending', task), '--from', String(from + 1), '--to', String(to)])).code).toBe(0);
        expect(readdirSync(join(shards, id))).toHaveLength(2);
      }
      outcome = await cli([...args, '--shard-dir', shards]);
      rounds++;
    }
    expect(outcome.code).toBe(0);
    expect(rounds).toBeGreaterThan(1);
    expect(JSON.parse(outcome.stdout)).toEqual(JSON.parse(direct.stdout));
  }, 60_000);

  it('locates problems of the settings file (exit 2) and of --target flags (exit 1)', async () => {
    const dir = tempDir();
    const file = writeScenario(dir, 'tiny.yaml', scenario);
    const settings = join(dir, 'settings.yaml');
    writeFileSync(settings, 'targets:\n  - service-level calls 80% 20s\nbounds:\n  agents: { min: 5, max: 4 }\n');
    const bad = await cli(['optimize', file, '--settings', settings, ...quick]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('settings.yaml: bounds.agents.min: 5 agents is above max 4 (interval 0): the bounds contradict each other');
    const flag = await cli(['optimize', file, '--target', 'asa cals 30s', ...quick]);
    expect(flag.code).toBe(1);
    expect(flag.stderr).toContain("--target #1 (contactType): no contact type is named 'cals'; did you mean 'calls'?");
    const none = await cli(['optimize', file, ...quick]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/give at least one --target/);
  });
});
