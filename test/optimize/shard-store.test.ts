import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runEvaluationTask } from '../../src/optimize/evaluation-task';
import { OPTIMIZE_TASK_FORMAT, optimizeTask, PendingEvaluations, rowsFromShards, runOptimizeTask, shardFileOf } from '../../src/optimize/shard-store';
import { parseTargetSpec, resolveTargets } from '../../src/optimize/targets';
import { resolveScenario } from '../../src/scenario/resolve';
import type { ScenarioInput } from '../../src/scenario/schema';

const scenario: ScenarioInput = {
  name: 'tiny',
  horizon: '1h',
  interval: '30m',
  skills: ['s'],
  contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'exponential', mean: '3m' }, arrivals: { rate: '30/h' } }],
  agentGroups: [{ name: 'team', skills: { s: 1 }, agents: 2 }],
};
const places = ['sl @ 0', 'sl @ 1'];
const targets = () => resolveTargets(resolveScenario(scenario), [parseTargetSpec('service-level calls 80% 20s')]);

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'routelab-shard-store-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('optimizeTask() and shardFileOf()', () => {
  it('identifies a task by a hash of what decides its values, not of its place labels', () => {
    const t = targets();
    const task = optimizeTask(scenario, t, 2, places, 7, 0, 4);
    expect(task).toMatchObject({ format: OPTIMIZE_TASK_FORMAT, version: 1, scenario, targets: t, intervals: 2, places, seed: 7, from: 0, to: 4 });
    expect(task.id).toMatch(/^[0-9a-f]{20}$/);
    expect(optimizeTask(scenario, t, 2, ['other'], 7, 0, 4).id).toBe(task.id);
    const others = [optimizeTask(scenario, t, 2, places, 8, 0, 4), optimizeTask(scenario, t, 2, places, 7, 1, 4), optimizeTask(scenario, t, 2, places, 7, 0, 5), optimizeTask(scenario, t, 3, places, 7, 0, 4), optimizeTask({ ...scenario, name: 'x' }, t, 2, places, 7, 0, 4)];
    expect(new Set([task.id, ...others.map((o) => o.id)]).size).toBe(6);
  });

  it('names a shard by its zero-padded range', () => {
    expect(shardFileOf('d', 'abc', 3, 12)).toBe(join('d', 'abc', '000003-000012.json'));
  });
});

describe('rowsFromShards() and runOptimizeTask()', () => {
  it('writes the task as pending, runs it in two ranges, and reads the rows back once the shards cover it', () => {
    const dir = tempDir();
    const task = optimizeTask(scenario, targets(), 2, places, 'seed', 0, 3);
    const pending = join(dir, 'pending', `${task.id}.json`);
    expect(rowsFromShards(dir, task)).toBeUndefined();
    expect(JSON.parse(readFileSync(pending, 'utf8'))).toEqual(JSON.parse(JSON.stringify(task)));
    // A pending task file already there is left as it is.
    writeFileSync(pending, JSON.stringify({ ...task, note: 'kept' }));
    expect(rowsFromShards(dir, task)).toBeUndefined();
    expect(JSON.parse(readFileSync(pending, 'utf8')).note).toBe('kept');

    const first = runOptimizeTask(pending, { to: 1 });
    expect(first).toBe(shardFileOf(dir, task.id, 0, 1));
    const shard = JSON.parse(readFileSync(first, 'utf8'));
    expect(shard).toMatchObject({ format: 'routelab-shard', scenario: 'tiny', scenarioHash: task.id, policy: 'default', seed: 'seed', from: 0, to: 1, metrics: places });
    // Only [0, 1) of [0, 3): still pending.
    expect(rowsFromShards(dir, task)).toBeUndefined();
    expect(existsSync(pending)).toBe(true);

    expect(runOptimizeTask(pending, { from: 1 })).toBe(shardFileOf(dir, task.id, 1, 3));
    const rows = rowsFromShards(dir, task);
    const direct = [0, 1, 2].map((r) => runEvaluationTask({ scenario, scenarioKey: 'direct', targets: task.targets, intervals: 2, seed: 'seed', replication: r }));
    expect(rows).toEqual(direct);
    expect(existsSync(pending)).toBe(false);
  });

  it('reads the rows when the pending file is already gone and a file that is not a shard lies beside the shards', () => {
    const dir = tempDir();
    const task = optimizeTask(scenario, targets(), 2, places, 1, 0, 2);
    expect(rowsFromShards(dir, task)).toBeUndefined();
    const pending = join(dir, 'pending', `${task.id}.json`);
    runOptimizeTask(pending, {});
    rmSync(pending);
    writeFileSync(join(dir, task.id, 'notes.txt'), 'not a shard');
    const direct = [0, 1].map((r) => runEvaluationTask({ scenario, scenarioKey: 'direct', targets: task.targets, intervals: 2, seed: 1, replication: r }));
    expect(rowsFromShards(dir, task)).toEqual(direct);
  });

  it('runs the whole task by default, to another file when asked', () => {
    const dir = tempDir();
    const task = optimizeTask(scenario, targets(), 2, places, 1, 2, 4);
    expect(rowsFromShards(dir, task)).toBeUndefined();
    const out = join(dir, 'elsewhere.json');
    expect(runOptimizeTask(join(dir, 'pending', `${task.id}.json`), {}, out)).toBe(out);
    const shard = JSON.parse(readFileSync(out, 'utf8'));
    expect(shard.replications.map((r: { replication: number }) => r.replication)).toEqual([2, 3]);
  });

  it('rejects a file that is not a task and a range outside the task', () => {
    const dir = tempDir();
    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ format: 'routelab-shard', version: 1 }));
    expect(() => runOptimizeTask(other)).toThrow(new RangeError(`${other}: not a routelab optimize task (format 'routelab-shard')`));
    writeFileSync(other, JSON.stringify({ format: OPTIMIZE_TASK_FORMAT, version: 2 }));
    expect(() => runOptimizeTask(other)).toThrow(/not a routelab optimize task/);
    const task = optimizeTask(scenario, targets(), 2, places, 1, 2, 4);
    const file = join(dir, 'task.json');
    writeFileSync(file, JSON.stringify(task));
    for (const range of [{ from: 1 }, { to: 5 }, { from: 3, to: 3 }, { from: 2.5 }]) {
      expect(() => runOptimizeTask(file, range)).toThrow(new RangeError(`${file}: the range [${range.from ?? 2}, ${range.to ?? 4}) must lie within the task's [2, 4)`));
    }
  });
});

describe('PendingEvaluations', () => {
  it('says how many candidates wait and what to run', () => {
    const error = new PendingEvaluations(['a.json', 'b.json']);
    expect(error.message).toBe('2 candidate evaluation(s) pending: run each task file with `routelab optimize-shard <task>`, then run the optimization again');
    expect(error.name).toBe('PendingEvaluations');
    expect(error.tasks).toEqual(['a.json', 'b.json']);
  });
});
