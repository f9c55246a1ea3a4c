import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VOICE } from '../../src/model/channel';
import type { ModelDefinition } from '../../src/model/definition';
import { simulateModel } from '../../src/run/simulate';
import { buildScenario, rawScenarioArb } from '../support/random-scenario';
import { expectConsistentResult } from '../support/result-checks';
import { WorkConservationChecker } from '../support/work-conservation';

/**
 * The random centers of `invariants.test.ts`, each with a concurrency slowdown on every
 * non-voice channel its groups handle (factors drawn between 0.5 and 3, so some levels even speed
 * up). The InvariantChecker then also checks that every slowed service ends with its work done;
 * results must stay consistent and reproducible.
 */
const RUNS = 25;
const FC_SEED = 20_261_207;

function withSlowdown(model: ModelDefinition, factors: readonly number[]): ModelDefinition {
  let k = 0;
  const agentGroups = model.agentGroups.map((g) => ({
    ...g,
    slowdown: g.concurrency.map((limit, ch) => (ch === VOICE ? [] : Array.from({ length: limit }, () => factors[k++ % factors.length]!))),
  }));
  return { ...model, agentGroups };
}

describe('random scenarios with concurrency slowdown', () => {
  it(`keep every invariant and are reproducible (${RUNS} scenarios)`, () => {
    let slowed = 0;
    fc.assert(
      fc.property(rawScenarioArb, fc.array(fc.double({ min: 0.5, max: 3, noNaN: true }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 1_000_000 }), (raw, factors, seed) => {
        const model = withSlowdown(buildScenario(raw), factors);
        if (model.agentGroups.some((g) => g.concurrency.some((limit, ch) => ch !== VOICE && limit > 0))) slowed++;
        const conservation = new WorkConservationChecker();
        const checked = simulateModel(model, { seed, checkInvariants: true, observers: model.routing.policy === 'fixed-queue-ratio-threshold' ? [] : [conservation] });
        expectConsistentResult(checked, model);
        expect(JSON.stringify(simulateModel(model, { seed })), 'same seed, same result').toBe(JSON.stringify(checked));
      }),
      { seed: FC_SEED, numRuns: RUNS },
    );
    expect(slowed, 'most centers have a slowed channel').toBeGreaterThan(RUNS / 3);
  });
});
