import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContactTypeDefinition, ModelDefinition } from '../../src/model/definition';
import { exponential } from '../../src/random/distributions/exponential';
import { simulateModel } from '../../src/run/simulate';
import { buildScenario, rawScenarioArb } from '../support/random-scenario';
import { expectConsistentResult, nonFiniteNumbers } from '../support/result-checks';
import type { JourneyMetrics } from '../../src/metrics/journey-tally';

/**
 * Property tests of the customer journey and overflow over random centers: the random scenarios
 * of the invariant suite, with random resolution, repeats, retrials, transfers (cold or warm), context modes and
 * overflow steps with protection layered on top. Each run keeps the engine's invariants
 * (InvariantChecker) and its journey metrics must add up.
 */
const journeyArb = fc.record({
  context: fc.constantFrom('none' as const, 'same-channel' as const, 'omnichannel' as const),
  maxContacts: fc.integer({ min: 1, max: 4 }),
  resolution: fc.double({ min: 0, max: 1, noNaN: true }),
  withContext: fc.double({ min: 0.5, max: 2, noNaN: true }),
  repeat: fc.double({ min: 0, max: 1, noNaN: true }),
  retrial: fc.double({ min: 0, max: 1, noNaN: true }),
  delayMinutes: fc.double({ min: 1, max: 120, noNaN: true }),
  transfer: fc.boolean(),
  noAuthorityGroup: fc.integer({ min: 0, max: 3 }),
  overflowAfter: fc.integer({ min: 0, max: 600 }),
  reserve: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
  maxShare: fc.option(fc.double({ min: 0.1, max: 1, noNaN: true }), { nil: undefined }),
  callbackMode: fc.constantFrom(null, 'virtual-hold' as const, 'scheduled' as const),
  predictor: fc.constantFrom('queue-position' as const, 'last-wait' as const, 'moving-average' as const),
  noAnswer: fc.double({ min: 0, max: 0.8, noNaN: true }),
  returnWhenClosed: fc.constantFrom('arrive' as const, 'next-opening' as const),
});

function withJourney(model: ModelDefinition, j: fc.RandomType extends never ? never : typeof journeyArb extends fc.Arbitrary<infer T> ? T : never): ModelDefinition {
  const types = model.contactTypes;
  const delay = exponential({ mean: j.delayMinutes * 60 });
  const contactTypes: ContactTypeDefinition[] = types.map((t) => {
    const groups = model.agentGroups.filter(
      (g) => (g.concurrency[t.channel] ?? 0) > 0 && t.requirements.every((r) => (g.proficiency[r.skill] ?? 0) >= r.minProficiency),
    );
    const [first, ...rest] = groups.map((g) => g.id);
    const protection = { ...(j.reserve === undefined ? {} : { reserveAgents: j.reserve }), ...(j.maxShare === undefined ? {} : { maxShare: j.maxShare }) };
    const target = (t.id + 1) % types.length;
    return {
      ...t,
      resolution: { probability: j.resolution, byProficiency: [1, 0.8, 0.9, 1, 1.1, 1.2], withContext: j.withContext },
      repeat: { probability: j.repeat, delay, next: [[t.id, 0.5], [target, 0.5]] },
      retrial: { probability: j.retrial, delay, next: [[t.id, 1]] },
      transfer:
        j.transfer && target !== t.id
          ? // warm on about half the centers, decided from a drawn field so that the draws of the arbitraries stay as they were
            { to: target, probability: 0.5, ...(j.delayMinutes > 60 ? { warm: { consultTime: exponential({ mean: 60 }) } } : {}) }
          : null,
      callback:
        j.callbackMode === null || t.channel > 1
          ? null
          : {
              mode: j.callbackMode,
              offerAbove: 30,
              predictor: j.predictor,
              acceptance: { base: 0.2, perMinute: 0.1 },
              promiseAfter: 600,
              window: 300,
              noAnswer: j.noAnswer,
              attemptTime: 20,
              retryDelay: 300,
              maxAttempts: 3,
            },
      overflow:
        first === undefined || rest.length === 0
          ? null
          : [
              { after: 0, groups: [first], protection: {} },
              { after: j.overflowAfter || 1, groups: rest, protection },
            ],
    };
  });
  return {
    ...model,
    contactTypes,
    agentGroups: model.agentGroups.map((g) => (g.id === j.noAuthorityGroup ? { ...g, authority: false } : g)),
    journey: {
      context: j.context,
      contextHandleFactor: 0.8,
      repeatHandleFactor: 1.3,
      maxContacts: j.maxContacts,
      returnWhenClosed: j.returnWhenClosed,
    },
  };
}

function expectJourneyAddsUp(m: JourneyMetrics, where: string): void {
  expect(m.resolved + m.gaveUp + m.openAtEnd, `${where}: issues close exactly once`).toBe(m.issues);
  expect(m.resolvedAtFirstContact, where).toBeLessThanOrEqual(m.firstContactsServed);
  expect(m.firstContactsServed, where).toBeLessThanOrEqual(m.firstContactsEnded);
  expect(m.firstContactsEnded, where).toBeLessThanOrEqual(m.issues);
  for (const r of [m.fcr, m.fcrOfServed, m.repeatContactRate, m.repeatWithin.day1, m.repeatWithin.day7, m.repeatWithin.day30]) {
    if (r !== null) {
      expect(r, where).toBeGreaterThanOrEqual(0);
      expect(r, where).toBeLessThanOrEqual(1);
    }
  }
  const { day1, day7, day30 } = m.repeatWithin;
  if (day1 !== null && day7 !== null && day30 !== null) expect(day1 <= day7 && day7 <= day30, where).toBe(true);
}

describe('random centers with the customer journey, overflow and callbacks', () => {
  it('keep every invariant, add up, and reproduce (120 scenarios)', () => {
    fc.assert(
      fc.property(rawScenarioArb, journeyArb, fc.integer({ min: 1, max: 1_000_000 }), (raw, j, seed) => {
        const model = withJourney(buildScenario(raw), j);
        const result = simulateModel(model, { seed, checkInvariants: true });
        expectConsistentResult(result, model);
        expect(nonFiniteNumbers(result.journey)).toEqual([]);
        expectJourneyAddsUp(result.journey.overall, 'overall');
        for (const t of result.journey.byContactType) expectJourneyAddsUp(t, t.name);
        const sum = result.journey.byContactType.reduce((s, t) => s + t.issues, 0);
        expect(sum).toBe(result.journey.overall.issues);
        expect(JSON.stringify(simulateModel(model, { seed }))).toBe(JSON.stringify(result));
      }),
      { seed: 77, numRuns: 120 },
    );
  });
});
