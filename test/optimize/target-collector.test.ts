import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate';
import { TargetCollector } from '../../src/optimize/target-collector';
import type { ScenarioInput } from '../../src/scenario/schema';

const scenario: ScenarioInput = {
  name: 'two types',
  horizon: '2h',
  interval: '30m',
  skills: ['a', 'b'],
  contactTypes: [
    { name: 'A', skills: { a: 1 }, handleTime: { kind: 'exponential', mean: '3m' }, patience: { kind: 'exponential', mean: '2m' }, arrivals: { rate: '80/h' } },
    { name: 'B', skills: { b: 1 }, handleTime: { kind: 'exponential', mean: '4m' }, arrivals: { rate: '40/h' } },
  ],
  agentGroups: [
    { name: 'ab', skills: { a: 1, b: 1 }, agents: { perInterval: [3, 4, 4, 2] } },
    { name: 'a', skills: { a: 1 }, agents: 2 },
  ],
};

describe('TargetCollector', () => {
  // Simulated inside each test (a run in the describe body would count as static coverage for
  // mutation testing, where it kills nothing).
  const run = () => {
    const collector = new TargetCollector(4, 1800, [20, 60]);
    const result = simulate(scenario, { seed: 3, observers: [collector] });
    return { result, t: collector.result() };
  };
  const sum = (a: Float64Array, from: number, to: number) => a.slice(from, to).reduce((x, y) => x + y, 0);

  it('integrates the agents logged on: agents × interval length, plus agents finishing a contact after their hours', () => {
    const { t } = run();
    // Up to the drop from 4 to 2 agents the integral is exact; after it the two agents leaving
    // stay logged on until their call ends, so the last interval holds a little more.
    expect([...t.onDuty.slice(0, 3)]).toEqual([3, 4, 4].map((n) => n * 1800));
    expect(t.onDuty[3]).toBeGreaterThanOrEqual(2 * 1800);
    expect(t.onDuty[3]).toBeLessThan(4 * 1800);
    expect([...t.onDuty.slice(4, 8)]).toEqual([2, 2, 2, 2].map((n) => n * 1800));
  });

  it('counts the same answers, abandons and answers within target as the metrics collector', () => {
    const { t, result } = run();
    result.byContactType.forEach((m, type) => {
      expect(sum(t.answered, type * 4, type * 4 + 4)).toBe(m.answered);
      expect(sum(t.abandoned, type * 4, type * 4 + 4)).toBe(m.abandoned);
      expect(sum(t.within, type * 4, type * 4 + 4)).toBe(m.answeredWithinTarget); // threshold 20 s is the default
    });
    result.intervals.forEach((interval, k) => {
      expect(t.answered[k]! + t.answered[4 + k]!).toBe(interval.answered);
      expect(t.waitSum[k]! + t.waitSum[4 + k]!).toBeCloseTo((interval.asa ?? 0) * interval.answered, 6);
    });
  });

  it('measures busy time between 0 and the time logged on, in every interval', () => {
    const { t } = run();
    for (let cell = 0; cell < 8; cell++) {
      expect(t.busy[cell]).toBeGreaterThan(0);
      expect(t.busy[cell]).toBeLessThanOrEqual(t.onDuty[cell]!);
    }
  });
});
