import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src/model/channel';
import type { MessagingSessionDefinition, ModelDefinition } from '../../src/model/definition';
import { deterministic } from '../../src/random/distributions/deterministic';
import { exponential } from '../../src/random/distributions/exponential';
import { uniform } from '../../src/random/distributions/uniform';
import { simulateModel } from '../../src/run/simulate';
import { drainMustFinishEverything } from '../support/drain-contract';
import { buildScenario, rawScenarioArb } from '../support/random-scenario';
import { expectConsistentResult } from '../support/result-checks';
import { WorkConservationChecker } from '../support/work-conservation';

/**
 * The random centers of `invariants.test.ts` with released messaging sessions using the later
 * options, each drawn per scenario: timed stickiness, context loss, reply patience, wrap-up per
 * turn. The InvariantChecker checks that a reply reaches another agent only once its wait ran out
 * and that only a type with reply patience ends on an abandoned reply (with the session checks of
 * `messaging-session-invariants.test.ts`); results stay consistent and reproducible, and a drained
 * run under the drain contract leaves no session unfinished.
 */
const RUNS = 15;
const FC_SEED = 20_261_207;
const MESSAGING = CHANNELS.indexOf('messaging');

const optionsArb = fc.record({
  sticky: fc.boolean(),
  waitFor: fc.option(fc.double({ min: 1, max: 600, noNaN: true }), { nil: null }),
  contextLoss: fc.option(fc.double({ min: 0, max: 120, noNaN: true }), { nil: null }),
  patience: fc.option(fc.double({ min: 1, max: 600, noNaN: true }), { nil: null }),
  wrapUpPerTurn: fc.boolean(),
  gapMean: fc.double({ min: 5, max: 600, noNaN: true }),
});

type OptionsDraw = typeof optionsArb extends fc.Arbitrary<infer T> ? T : never;

function withSessions(model: ModelDefinition, s: OptionsDraw): ModelDefinition {
  const session: MessagingSessionDefinition = {
    exchanges: uniform({ min: 0.5, max: 5.5 }),
    replyGap: exponential({ mean: s.gapMean }),
    slotDuringGap: 'released',
    sticky: s.sticky || s.waitFor !== null,
    timeout: Infinity,
    ...(s.waitFor === null ? {} : { stickyWait: s.waitFor }),
    ...(s.contextLoss === null ? {} : { contextLoss: deterministic({ value: s.contextLoss }) }),
    ...(s.patience === null ? {} : { replyPatience: exponential({ mean: s.patience }) }),
    ...(s.wrapUpPerTurn ? { wrapUpPerTurn: true } : {}),
  };
  return { ...model, contactTypes: model.contactTypes.map((t) => (t.channel === MESSAGING ? { ...t, session } : t)) };
}

describe('random scenarios with messaging session options', () => {
  it(`keep every invariant, finish a drain and are reproducible (${RUNS} scenarios)`, () => {
    let laterTurns = 0;
    let abandoned = 0;
    let drained = 0;
    fc.assert(
      fc.property(rawScenarioArb, optionsArb, fc.integer({ min: 1, max: 1_000_000 }), (raw, s, seed) => {
        const model = withSessions(buildScenario(raw), s);
        const conservation = new WorkConservationChecker();
        const checked = simulateModel(model, { seed, checkInvariants: true, observers: model.routing.policy === 'fixed-queue-ratio-threshold' ? [] : [conservation] });
        expectConsistentResult(checked, model);
        for (const b of checked.messagingSessions ?? []) {
          laterTurns += b.laterTurns ?? 0;
          abandoned += b.abandonedReplies ?? 0;
          expect(b.resolved + b.timedOut + (b.abandonedReplies ?? 0)).toBeLessThanOrEqual(b.sessions);
          expect(b.turnsByAnotherAgent ?? 0).toBeLessThanOrEqual(b.laterTurns ?? 0);
        }
        if (drainMustFinishEverything(model)) {
          drained++;
          expect(checked.overall.unfinished, 'a drain finishes every session').toBe(0);
        }
        expect(JSON.stringify(simulateModel(model, { seed })), 'same seed, same result').toBe(JSON.stringify(checked));
      }),
      { seed: FC_SEED, numRuns: RUNS },
    );
    expect(laterTurns, 'replies were answered').toBeGreaterThan(20);
    expect(abandoned, 'some replies were abandoned').toBeGreaterThan(0);
    expect(drained, 'some drained runs fall under the drain contract').toBeGreaterThan(0);
  });
});
