import { describe, expect, it } from 'vitest';
import { deterministic } from '../../src/random/distributions/deterministic';
import { simulateModel } from '../../src/run/simulate';
import { journeyModel } from './journey-model';

const repeatNextDay = { probability: 1, delay: deterministic({ value: 86_400 }), next: [[0, 1]] as const };
const resolution = (probability: number, withContext = 1) => ({ probability, byProficiency: [1, 1, 1, 1, 1, 1], withContext });

describe('customer journey: resolution and repeat contacts', () => {
  it('gives no repeats when every service resolves (resolution probability 1)', () => {
    const model = journeyModel({
      arrivals: { kind: 'poisson', rate: 1 / 600 },
      horizon: 86_400,
      type: { resolution: resolution(1), repeat: repeatNextDay },
    });
    const r = simulateModel(model, { seed: 3, checkInvariants: true });
    expect(r.journey.overall.issues).toBeGreaterThan(100);
    expect(r.journey.overall.repeatContacts).toBe(0);
    expect(r.journey.overall.fcr).toBe(1);
    expect(r.journey.overall.contactsPerResolvedIssue).toBe(1);
    expect(r.overall.offered).toBe(r.journey.overall.issues);
  });

  it('brings an unresolved customer back until maxContacts, then counts the issue as given up', () => {
    const model = journeyModel({ journey: { maxContacts: 3 }, type: { resolution: resolution(0), repeat: repeatNextDay } });
    const r = simulateModel(model, { checkInvariants: true });
    const j = r.journey.overall;
    expect(r.overall.offered).toBe(3);
    expect(j.issues).toBe(1);
    expect(j.repeatContacts).toBe(2);
    expect(j.repeatContactRate).toBeCloseTo(2 / 3, 12);
    expect(j.fcr).toBe(0);
    expect(j.gaveUp).toBe(1);
    expect(j.resolved).toBe(0);
    expect(j.contactsPerResolvedIssue).toBeNull();
    // The first repeat came exactly one day after the first contact ended.
    expect(j.repeatWithin).toEqual({ day1: 1, day7: 1, day30: 1 });
    // Three services of 100 s, no waiting.
    expect(j.meanCustomerTimePerIssue).toBe(300);
    expect(r.journey.byDay[0]!.issues).toBe(1);
  });

  it('makes the customer repeat the information without context, with longer handling, and counts it', () => {
    const model = journeyModel({
      agents: 2,
      journey: { maxContacts: 2, repeatHandleFactor: 1.5, context: 'none' },
      // Two agents; the second contact goes to the other (longest-idle) agent, who has no context.
      type: { resolution: resolution(0), repeat: repeatNextDay },
    });
    const r = simulateModel(model, { checkInvariants: true });
    expect(r.journey.overall.repeatedInformation).toBe(1);
    expect(r.overall.meanHandleTime).toBe((100 + 150) / 2);
  });

  it('gives the agent context with omnichannel carry-over: shorter handling, nothing repeated', () => {
    const model = journeyModel({
      agents: 2,
      journey: { maxContacts: 2, contextHandleFactor: 0.5, repeatHandleFactor: 1.5, context: 'omnichannel' },
      type: { resolution: resolution(0), repeat: repeatNextDay },
    });
    const r = simulateModel(model, { checkInvariants: true });
    expect(r.journey.overall.repeatedInformation).toBe(0);
    expect(r.overall.meanHandleTime).toBe((100 + 50) / 2);
  });

  it('lets the agent who served the customer last keep the context even without carry-over', () => {
    const model = journeyModel({
      agents: 1,
      journey: { maxContacts: 2, contextHandleFactor: 0.5, context: 'none' },
      type: { resolution: resolution(0), repeat: repeatNextDay },
    });
    const r = simulateModel(model, { checkInvariants: true });
    expect(r.journey.overall.repeatedInformation).toBe(0);
    expect(r.overall.meanHandleTime).toBe(75);
  });

  it('lets abandoned customers retry and counts the retry as a repeat contact', () => {
    const model = journeyModel({
      arrivals: { kind: 'trace', times: [0, 1] },
      journey: { maxContacts: 2 },
      type: {
        patience: deterministic({ value: 10 }),
        retrial: { probability: 1, delay: deterministic({ value: 3600 }), next: [[0, 1]] },
      },
    });
    const r = simulateModel(model, { checkInvariants: true });
    // #0 served 0–100; #1 abandons at 11, retries at 3611 and is served (resolution null: resolved).
    expect(r.overall.abandoned).toBe(1);
    expect(r.overall.served).toBe(2);
    const j = r.journey.overall;
    expect(j.issues).toBe(2);
    expect(j.resolved).toBe(2);
    expect(j.fcr).toBe(0.5);
    expect(j.repeatContacts).toBe(1);
    expect(j.contactsPerResolvedIssue).toBe(1.5);
    expect(j.repeatWithin.day1).toBe(0.5);
  });

  it('does not let a return scheduled after the horizon happen; the issue stays open', () => {
    const model = journeyModel({ horizon: 3600, type: { resolution: resolution(0), repeat: repeatNextDay } });
    const r = simulateModel(model, { checkInvariants: true });
    expect(r.journey.overall.openAtEnd).toBe(1);
    expect(r.journey.overall.gaveUp).toBe(0);
  });
});
