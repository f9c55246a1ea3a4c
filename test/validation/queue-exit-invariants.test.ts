import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelDefinition } from '../../src/model/definition';
import type { MaxWaitAction, QueueExitDefinition } from '../../src/model/queue-exit-definition';
import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import { simulateModel } from '../../src/run/simulate';
import { durationArb, scenarioArb } from '../support/random-scenario';
import { expectConsistentResult } from '../support/result-checks';
import { WorkConservationChecker } from '../support/work-conservation';

/**
 * Random centers (the invariant suite's `scenarioArb`) with random queue exits on their contact
 * types: maximum waits (voicemail, callback, re-route to the next type), clearing at closing,
 * balking in its three forms, announcements and handle time / patience by interval. Each run keeps
 * the engine's invariants (InvariantChecker: every contact ends exactly once, in the state its exit
 * names, no balk after arrival, no clearing before the horizon), conserves work, accounts for every
 * offered contact (offered = served + abandoned + blocked + unfinished + exits, per type and channel),
 * agrees with its per-contact trace, and is reproducible.
 */
const RUNS = 40;

const PREDICTORS = ['queue-position', 'last-wait', 'moving-average'] as const;

const exitArb = (types: number, channel: number, self: number): fc.Arbitrary<QueueExitDefinition> =>
  fc.record({
    maxWait: fc.option(
      fc.record({
        after: fc.integer({ min: 5, max: 900 }),
        then: fc.constantFrom<MaxWaitAction[]>(
          { kind: 'voicemail' },
          ...(channel <= 1 ? [{ kind: 'callback' } as const] : []),
          ...(types > 1 ? [{ kind: 'reroute', to: (self + 1) % types } as const] : []),
        ),
      }),
      { nil: null },
    ),
    clearAtClosing: fc.boolean(),
    announcement: fc.option(
      fc.record({
        predictor: fc.constantFrom(...PREDICTORS),
        patienceFactor: fc.option(fc.record({ base: fc.double({ min: 0, max: 3, noNaN: true }), perMinute: fc.double({ min: -1, max: 1, noNaN: true }) }), { nil: null }),
      }),
      { nil: null },
    ),
    balkingKind: fc.integer({ min: 0, max: 3 }),
    p: fc.double({ min: 0, max: 1, noNaN: true }),
    list: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
    handle: fc.option(fc.array(durationArb(10, 600), { minLength: 1, maxLength: 4 }), { nil: null }),
    patience: fc.option(fc.array(durationArb(10, 600), { minLength: 1, maxLength: 4 }), { nil: null }),
  }).map(({ maxWait, clearAtClosing, announcement, balkingKind, p, list, handle, patience }) => {
    const balking: QueueExitDefinition['balking'] =
      balkingKind === 1
        ? { kind: 'probability', probability: p }
        : balkingKind === 2
          ? { kind: 'queue-length', byQueueLength: list }
          : balkingKind === 3 && announcement !== null
            ? { kind: 'announced-wait', steps: list.map((q, k) => ({ above: 30 * (k + 1), probability: q })) }
            : null;
    const online = channel <= 1;
    return {
      maxWait,
      clearAtClosing,
      balking,
      announcement,
      byInterval: handle === null && (patience === null || !online) ? null : { intervalLength: 1800, period: 86_400, handleTime: handle, patience: online ? patience : null },
    };
  });

const withExitsArb: fc.Arbitrary<ModelDefinition> = scenarioArb.chain((model) =>
  fc
    .tuple(...model.contactTypes.map((t) => fc.option(exitArb(model.contactTypes.length, t.channel, t.id), { nil: null })))
    .map((exits) => ({
      ...model,
      contactTypes: model.contactTypes.map((t, i) => (exits[i] === null || exits[i] === undefined ? t : { ...t, queueExits: exits[i]! })),
    })),
);

describe('random scenarios with queue exits', () => {
  it(`keep every invariant, account for every contact and are reproducible (${RUNS} scenarios)`, () => {
    let exited = 0;
    fc.assert(
      fc.property(withExitsArb, fc.integer({ min: 1, max: 1_000_000 }), (model, seed) => {
        const conservation = new WorkConservationChecker();
        const records: ContactRecord[] = [];
        const trace = new ContactTrace((line) => records.push(JSON.parse(line) as ContactRecord), { format: 'jsonl' });
        const idles = model.routing.policy === 'fixed-queue-ratio-threshold';
        const result = simulateModel(model, { seed, checkInvariants: true, observers: idles ? [trace] : [conservation, trace] });
        expectConsistentResult(result, model);
        for (const m of result.queueExits ?? []) {
          for (const key of ['balked', 'voicemail', 'rerouted', 'cleared'] as const) {
            const inTrace = records.filter((r) => r.type === m.name && r.outcome === key && r.arrival >= model.warmup).length;
            expect(inTrace, `${m.name}.${key}: trace and metrics`).toBe(m[key]);
            exited += m[key];
          }
        }
        expect(JSON.stringify(simulateModel(model, { seed })), 'same seed, same result').toBe(JSON.stringify(result));
      }),
      { seed: 20_261_207, numRuns: RUNS },
    );
    expect(exited, 'some contacts left through queue exits').toBeGreaterThan(0);
  });
});
