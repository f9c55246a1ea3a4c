import { describe, expect, it } from 'vitest';
import type { ModelDefinition } from '../../src/model/definition';
import { exponential } from '../../src/random/distributions/exponential';
import { simulateModel, type SimulationResult } from '../../src/run/simulate';
import { expMean, singleQueueModel } from '../support/models';
import { expectConsistentResult, nonFiniteNumbers } from '../support/result-checks';

type DeepMutable<T> = { -readonly [K in keyof T]: DeepMutable<T[K]> };

/** The consistency checks of the property tests must catch a broken result. */
describe('expectConsistentResult()', () => {
  const model: ModelDefinition = singleQueueModel({
    arrivalRate: 1 / 20,
    handleTime: expMean(180),
    agents: 8,
    patience: exponential({ mean: 60 }),
    waitingRoom: 5,
    horizon: 4 * 3600,
    warmup: 1800,
  });
  const result = simulateModel(model, { seed: 11 });
  /** A deep copy of the result with one change. */
  const tampered = (change: (r: DeepMutable<SimulationResult>) => void): SimulationResult => {
    const copy = structuredClone(result) as DeepMutable<SimulationResult>;
    change(copy);
    return copy;
  };

  it('accepts a real result with abandons, blocking and contacts cut off', () => {
    expect(result.overall.abandoned).toBeGreaterThan(0);
    expect(result.overall.blocked).toBeGreaterThan(0);
    expect(result.overall.unfinished).toBeGreaterThan(0);
    expectConsistentResult(result, model);
  });

  it('catches a contact counted twice', () => {
    expect(() => expectConsistentResult(tampered((r) => r.overall.served++), model)).toThrow(/offered = served/);
  });

  it('catches per-type counts that do not add up to the total', () => {
    expect(() => expectConsistentResult(tampered((r) => r.byContactType[0]!.abandoned--), model)).toThrow(/byContactType/);
  });

  it('catches percentiles out of order', () => {
    expect(() => expectConsistentResult(tampered((r) => (r.overall.wait.p90 = r.overall.wait.max! + 1)), model)).toThrow(/p95/);
  });

  it('catches an occupancy above 1', () => {
    expect(() => expectConsistentResult(tampered((r) => (r.byAgentGroup[0]!.occupancy = 1.5)), model)).toThrow(/occupancy/);
  });

  it('catches a NaN anywhere', () => {
    expect(nonFiniteNumbers(tampered((r) => (r.intervals[3]!.asa = NaN)))).toEqual(['result.intervals[3].asa = NaN']);
    expect(() => expectConsistentResult(tampered((r) => (r.meanQueueLength = NaN)), model)).toThrow(/NaN/);
  });
});
