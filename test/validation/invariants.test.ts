import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateModel } from '../../src/run/simulate';
import { PolicyRegistry } from '../../src/routing/registry';
import { buildScenario, rawScenarioArb } from '../support/random-scenario';
import { expectConsistentResult } from '../support/result-checks';
import { WorkConservationChecker } from '../support/work-conservation';

/**
 * Property tests over many small random contact centers (see `random-scenario.ts`): every
 * built-in policy, every channel, staffing with gaps, patience, waiting rooms, warm-up, drain
 * and cut. Each scenario runs with the engine's InvariantChecker (it throws on a contact ending
 * twice, more ends than arrivals, over-concurrency, a voice call sharing the agent, service
 * without the skill or proficiency, a negative wait, the clock going backwards) and a
 * {@link WorkConservationChecker} (no contact waits while a free agent could serve it); its result
 * must pass `expectConsistentResult`; the same seed must reproduce the result exactly (also
 * without the checker: observers never change the run), a different seed must change it.
 * Deterministic: fast-check runs from a fixed seed.
 */
const RUNS = 200;
/** Policies that keep agents idle on purpose (FQR-T shares only over a threshold), exempt from the work-conservation check. */
const IDLING_BY_DESIGN = new Set(['fixed-queue-ratio-threshold']);
const FC_SEED = 20_240_611;

describe('random scenarios', () => {
  it(`keep every invariant and are reproducible (${RUNS} scenarios)`, () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(rawScenarioArb, fc.integer({ min: 1, max: 1_000_000 }), (raw, seed) => {
        const model = buildScenario(raw);
        seen.add(model.routing.policy);
        const conservation = new WorkConservationChecker();
        const idles = IDLING_BY_DESIGN.has(model.routing.policy);
        const checked = simulateModel(model, { seed, checkInvariants: true, observers: idles ? [] : [conservation] });
        if (!idles) expect(conservation.checks, 'checked at every arrival').toBeGreaterThanOrEqual(checked.overall.offered);
        expectConsistentResult(checked, model);
        const again = simulateModel(model, { seed });
        expect(JSON.stringify(again), 'same seed, same result').toBe(JSON.stringify(checked));
        if (checked.events > 20) {
          const other = simulateModel(model, { seed: seed + 1 });
          expect(JSON.stringify(other), 'another seed, another result').not.toBe(JSON.stringify(checked));
        }
      }),
      { seed: FC_SEED, numRuns: RUNS },
    );
    expect([...seen].sort(), 'every built-in policy was exercised').toEqual(PolicyRegistry.withBuiltIns().names());
  });
});
