import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src/model/channel';
import type { MessagingSessionDefinition, ModelDefinition } from '../../src/model/definition';
import { exponential } from '../../src/random/distributions/exponential';
import { uniform } from '../../src/random/distributions/uniform';
import { simulateModel } from '../../src/run/simulate';
import { drainMustFinishEverything } from '../support/drain-contract';
import { buildScenario, rawScenarioArb } from '../support/random-scenario';
import { expectConsistentResult } from '../support/result-checks';
import { WorkConservationChecker } from '../support/work-conservation';

/**
 * The random centers of `invariants.test.ts` with a messaging session on every messaging type:
 * 1 to 5 turns, exponential reply gaps, the slot held or released, sticky or not, a timeout or
 * none (drawn per scenario). The InvariantChecker checks that gaps and turns alternate, that a held
 * slot stays taken and a released one is given back, and that every contact ends once; results
 * must stay consistent and reproducible, and a drained run where the drain contract holds leaves no
 * session unfinished, even those in a reply gap at the horizon.
 */
const RUNS = 25;
const FC_SEED = 20_261_218;
const MESSAGING = CHANNELS.indexOf('messaging');

const sessionArb = fc.record({
  held: fc.boolean(),
  sticky: fc.boolean(),
  gapMean: fc.double({ min: 5, max: 600, noNaN: true }),
  timeout: fc.option(fc.double({ min: 10, max: 900, noNaN: true }), { nil: null }),
});

type SessionDraw = typeof sessionArb extends fc.Arbitrary<infer T> ? T : never;

function withSessions(model: ModelDefinition, s: SessionDraw): ModelDefinition {
  const session: MessagingSessionDefinition = {
    exchanges: uniform({ min: 0.5, max: 5.5 }),
    replyGap: exponential({ mean: s.gapMean }),
    slotDuringGap: s.held ? 'held' : 'released',
    sticky: s.sticky,
    timeout: s.timeout ?? Infinity,
  };
  return { ...model, contactTypes: model.contactTypes.map((t) => (t.channel === MESSAGING ? { ...t, session } : t)) };
}

describe('random scenarios with messaging sessions', () => {
  it(`keep every invariant, finish a drain and are reproducible (${RUNS} scenarios)`, () => {
    let sessions = 0;
    let turns = 0;
    let drained = 0;
    fc.assert(
      fc.property(rawScenarioArb, sessionArb, fc.integer({ min: 1, max: 1_000_000 }), (raw, s, seed) => {
        const model = withSessions(buildScenario(raw), s);
        const conservation = new WorkConservationChecker();
        const checked = simulateModel(model, { seed, checkInvariants: true, observers: model.routing.policy === 'fixed-queue-ratio-threshold' ? [] : [conservation] });
        expectConsistentResult(checked, model);
        for (const b of checked.messagingSessions ?? []) {
          sessions += b.sessions;
          turns += b.sessions * (b.meanTurns ?? 0);
          expect(b.resolved + b.timedOut).toBeLessThanOrEqual(b.sessions);
        }
        if (drainMustFinishEverything(model)) {
          drained++;
          expect(checked.overall.unfinished, 'a drain finishes every session').toBe(0);
        }
        expect(JSON.stringify(simulateModel(model, { seed })), 'same seed, same result').toBe(JSON.stringify(checked));
      }),
      { seed: FC_SEED, numRuns: RUNS },
    );
    expect(sessions, 'sessions happened').toBeGreaterThan(20);
    expect(turns, 'sessions of several turns happened').toBeGreaterThan(sessions * 1.5);
    expect(drained, 'some drained runs fall under the drain contract').toBeGreaterThan(0);
  });
});
