import { describe, expect, it } from 'vitest';
import { CandidateEvaluator } from '../../src/optimize/evaluation';
import { planningGrid } from '../../src/optimize/staffing-plan';
import { parseTargetSpec, resolveTargets } from '../../src/optimize/targets';
import { resolveScenario } from '../../src/scenario/resolve';
import type { ScenarioInput } from '../../src/scenario/schema';

// An N-model: generalists serve both types, specialists only the first.
const scenario: ScenarioInput = {
  name: 'n-model',
  horizon: '1h',
  interval: '30m',
  skills: ['a', 'b'],
  contactTypes: [
    { name: 'A', skills: { a: 1 }, handleTime: { kind: 'exponential', mean: '3m' }, patience: { kind: 'exponential', mean: '2m' }, arrivals: { perInterval: [60, 90] } },
    { name: 'B', skills: { b: 1 }, handleTime: { kind: 'exponential', mean: '3m' }, patience: { kind: 'exponential', mean: '2m' }, arrivals: { perInterval: [30, 30] } },
  ],
  agentGroups: [
    { name: 'specialists', skills: { a: 1 }, agents: 1 },
    { name: 'generalists', skills: { a: 1, b: 1 }, agents: 1 },
  ],
};
const model = resolveScenario(scenario);
const targets = resolveTargets(model, ['service-level A 80% 20s', 'abandonment B 5%', 'occupancy generalists 90%'].map(parseTargetSpec));
const setup = { base: scenario, planned: [true, true], grid: planningGrid(model), targets, level: 0.95 };
const candidates = [
  [[5, 6], [4, 4]],
  [[5, 6], [5, 5]],
];

describe('CandidateEvaluator', () => {
  it('gives the same values in one thread and on two worker threads', async () => {
    const one = new CandidateEvaluator({ ...setup, threads: 1 });
    const two = new CandidateEvaluator({ ...setup, threads: 2 });
    try {
      const a = await one.evaluate(candidates, 7, 0, 3);
      const b = await two.evaluate(candidates, 7, 0, 3);
      expect(b).toEqual(a);
      expect(one.simulations).toBe(6);
    } finally {
      await two.close();
    }
  }, 60_000);

  it('runs a candidate once per seed and range, and answers again from its cache', async () => {
    const evaluator = new CandidateEvaluator({ ...setup, threads: 1 });
    const [first] = await evaluator.evaluate([candidates[0]!], 7, 0, 3);
    const [again, other] = await evaluator.evaluate(candidates, 7, 0, 3);
    expect(again).toBe(first);
    expect(other!.rows).not.toEqual(first!.rows);
    expect(evaluator.simulations).toBe(6);
    // Places: A's service level in 2 intervals, B's abandonment in 2, the generalists' occupancy in 2.
    expect(evaluator.places).toHaveLength(6);
  });
});
