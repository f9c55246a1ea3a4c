import { availableParallelism } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CandidateEvaluator, evaluationThreads } from '../../src/optimize/evaluation';
import { runEvaluationTask } from '../../src/optimize/evaluation-task';
import { PendingEvaluations, runOptimizeTask } from '../../src/optimize/shard-store';
import { planningGrid, scenarioWithStaffing } from '../../src/optimize/staffing-plan';
import { parseTargetSpec, resolveTargets, type ResolvedTarget } from '../../src/optimize/targets';
import { resolveScenario } from '../../src/scenario/resolve';
import type { ScenarioInput } from '../../src/scenario/schema';

const scenario: ScenarioInput = {
  name: 'tiny',
  horizon: '1h',
  interval: '30m',
  skills: ['s'],
  contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'exponential', mean: '3m' }, arrivals: { rate: '30/h' } }],
  agentGroups: [
    { name: 'planned', skills: { s: 1 }, agents: 1 },
    { name: 'fixed', skills: { s: 1 }, agents: 1 },
  ],
};
const model = resolveScenario(scenario);
const grid = planningGrid(model);

function evaluator(extra: { shardDir?: string; targets?: readonly ResolvedTarget[] } = {}) {
  const targets = extra.targets ?? resolveTargets(model, [parseTargetSpec('service-level calls 80% 20s'), parseTargetSpec('abandonment * 5% day')]);
  return new CandidateEvaluator({ base: scenario, planned: [true, false], grid, targets, level: 0.95, threads: 1, ...(extra.shardDir === undefined ? {} : { shardDir: extra.shardDir }) });
}

describe('CandidateEvaluator', () => {
  it('runs each distinct candidate once per replication, on common random numbers, and keeps the results', async () => {
    const ev = evaluator();
    const a = [[2, 3], [1, 1]];
    const b = [[1, 1], [1, 1]];
    let tasks = 0;
    const [ra, rb, ra2] = await ev.evaluate([a, b, [[2, 3], [1, 1]]], 5, 1, 4, () => tasks++);
    expect(tasks).toBe(6);
    expect(ev.simulations).toBe(6);
    expect(ra2).toBe(ra);
    expect(ra!.staffing).toBe(a);
    expect(rb!.staffing).toBe(b);
    // Replications 1, 2, 3 of seed 5, measured as a direct run of the candidate's scenario measures them.
    const candidate = scenarioWithStaffing(scenario, a, [true, false], grid);
    const direct = [1, 2, 3].map((r) => runEvaluationTask({ scenario: candidate, scenarioKey: 'direct-a', targets: ev.setup.targets, intervals: 2, seed: 5, replication: r }));
    expect(ra!.rows).toEqual(direct);
    expect(ra!.estimates).toEqual(ev.summarize(direct));
    // Asked again: from the cache, nothing simulated.
    const [again] = await ev.evaluate([a], 5, 1, 4);
    expect(again).toBe(ra);
    expect(ev.simulations).toBe(6);
    // Another seed or range is another evaluation.
    await ev.evaluate([a], 6, 1, 4);
    await ev.evaluate([a], 5, 0, 4);
    expect(ev.simulations).toBe(6 + 3 + 4);
    await ev.close();
  });

  it('labels the places by target and interval, or day', () => {
    const ev = evaluator();
    const labels = ev.placeLabels();
    expect(labels).toHaveLength(3);
    expect(labels[0]).toBe(`${ev.setup.targets[0]!.label} @ 0`);
    expect(labels[1]).toBe(`${ev.setup.targets[0]!.label} @ 1`);
    expect(labels[2]).toBe(`${ev.setup.targets[1]!.label} @ day`);
  });

  it('summarizes each place: the mean, the t half-width and the one-sided bound on the side that matters', () => {
    const atLeast = { metric: 'service-level', type: 0, group: -1, value: 0.8, within: 20, scope: 'day', sense: 1, label: 'sl', index: 0 } as ResolvedTarget;
    const atMost = { ...atLeast, metric: 'abandonment', sense: -1, label: 'ab', index: 1 } as ResolvedTarget;
    const ev = evaluator({ targets: [atLeast, atMost] });
    // Values 1 and 3: mean 2, sd √2, standard error 1; t(0.975, 1) = 12.7062, t(0.95, 1) = 6.31375.
    const [sl, ab] = ev.summarize([[1, 1], [3, 3]]);
    expect(sl!.mean).toBe(2);
    expect(sl!.n).toBe(2);
    expect(sl!.halfWidth).toBeCloseTo(12.7062, 3);
    expect(sl!.bound).toBeCloseTo(2 - 6.31375, 4);
    expect(ab!.bound).toBeCloseTo(2 + 6.31375, 4);
    // At another level: t(0.9, 1) = 3.07768.
    expect(ev.summarize([[1, 1], [3, 3]], 0.9)[0]!.bound).toBeCloseTo(2 - 3.07768, 4);
    // Missing values are left out; one value has no bound.
    expect(ev.summarize([[1, null], [null, null], [3, 5]])).toEqual([
      expect.objectContaining({ mean: 2, n: 2 }),
      { mean: 5, halfWidth: null, bound: null, n: 1 },
    ]);
    expect(ev.summarize([[null, null]])[0]).toEqual({ mean: null, halfWidth: null, bound: null, n: 0 });
  });

  it('with a shard directory: writes the missing candidates as tasks and stops, then reads their shards', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'routelab-evaluation-'));
    try {
      const ev = evaluator({ shardDir: dir });
      const a = [[2, 2], [1, 1]];
      const error = await ev.evaluate([a], 3, 0, 2).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PendingEvaluations);
      const [task] = (error as PendingEvaluations).tasks;
      expect(task).toMatch(new RegExp(`^${dir}/pending/[0-9a-f]{20}\\.json$`));
      expect(ev.simulations).toBe(0);
      runOptimizeTask(task!);
      const [fromShards] = await ev.evaluate([a], 3, 0, 2);
      expect(ev.simulations).toBe(2);
      const direct = await evaluator().evaluate([a], 3, 0, 2);
      expect(fromShards!.rows).toEqual(direct[0]!.rows);
      expect(fromShards!.estimates).toEqual(direct[0]!.estimates);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('evaluationThreads()', () => {
  it('every core by default; a positive integer as given; anything else refused', () => {
    expect(evaluationThreads(undefined)).toBe(availableParallelism());
    expect(evaluationThreads(1)).toBe(1);
    expect(evaluationThreads(3)).toBe(3);
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => evaluationThreads(bad)).toThrow(new RangeError(`threads must be a positive integer, got ${String(bad)}`));
  });
});
