import { describe, expect, it } from 'vitest';
import type { CallbackDefinition, ModelDefinition } from '../../src/model/definition';
import { exponential } from '../../src/random/distributions/exponential';
import { simulateModel } from '../../src/run/simulate';
import { journeyModel } from './journey-model';

/**
 * Splitting the customers of a contact type into two segments must not break callback promises.
 * Before due callbacks were served first across queues, a due callback stood at the head of its
 * own segment's queue only, and the head of the other segment's queue (which had always waited
 * longer) was taken first: in this set-up the promise-kept rate fell from 0.89 with one segment to
 * 0.78 with two under longest-idle-agent, and to 0.82 under value-based.
 */
const callback: CallbackDefinition = {
  mode: 'scheduled',
  offerAbove: 45,
  predictor: 'queue-position',
  acceptance: { base: 0.3, perMinute: 0.2 },
  promiseAfter: 1200,
  window: 60,
  noAnswer: 0,
  attemptTime: 30,
  retryDelay: 600,
  maxAttempts: 1,
};

/** 20 agents, 5-minute calls, 2 hours at 110 % load: long queues, so callbacks are offered. */
function model(shares: readonly number[], policy: string): ModelDefinition {
  const base = journeyModel({
    agents: 20,
    handleTime: exponential({ mean: 300 }),
    horizon: 7200,
    arrivals: { kind: 'poisson', rate: (1.1 * 20) / 300 },
    type: { patience: exponential({ mean: 600 }), callback, segmentMix: shares },
  });
  return {
    ...base,
    segments: shares.map((share, id) => ({ id, name: `s${id}`, share, value: id === 0 ? 10 : 1, priority: id === 0 ? 1 : 0 })),
    routing: { policy, options: {} },
  };
}

/** Promises kept and made over `seeds` runs. */
function promises(m: ModelDefinition, seeds: number): { kept: number; total: number } {
  let kept = 0;
  let total = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const cb = simulateModel(m, { seed }).callbacks[0]!;
    kept += cb.promisesKept;
    total += cb.promisesKept + cb.promisesBroken;
  }
  return { kept, total };
}

describe('scheduled callbacks with two customer segments', () => {
  for (const policy of ['longest-idle-agent', 'value-based']) {
    it(`keeps about as many promises as with one segment (${policy})`, () => {
      const one = promises(model([1], policy), 12);
      const two = promises(model([0.3, 0.7], policy), 12);
      expect(one.total).toBeGreaterThan(150);
      expect(two.total).toBeGreaterThan(150);
      const p1 = one.kept / one.total;
      const p2 = two.kept / two.total;
      // Two proportions: 4 standard errors of their difference, from the pooled rate and the
      // sample sizes (treating callbacks as independent; the 4 covers the dependence within a day).
      const pooled = (one.kept + two.kept) / (one.total + two.total);
      const tolerance = 4 * Math.sqrt(pooled * (1 - pooled) * (1 / one.total + 1 / two.total));
      expect(tolerance).toBeLessThan(0.1);
      expect(Math.abs(p2 - p1)).toBeLessThanOrEqual(tolerance);
    });
  }
});
