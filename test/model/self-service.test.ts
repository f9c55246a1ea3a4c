import { describe, expect, it } from 'vitest';
import type { ModelDefinition, SelfServiceDefinition } from '../../src/model/definition';
import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import { deterministic } from '../../src/random/distributions/deterministic';
import { simulateModel, type SimulationResult } from '../../src/run/simulate';
import { singleQueueModel } from '../support/models';

/** One voice agent, handle time 100 s, calls arriving at `times`, each first spending time in `stage`. */
function botCenter(times: number[], stage: Partial<SelfServiceDefinition>, journey: ModelDefinition['journey'] = null): ModelDefinition {
  const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 100 }), agents: 1, horizon: 10_000, endOfDay: 'drain' });
  const selfService: SelfServiceDefinition = { time: deterministic({ value: 60 }), containment: 0, optOut: 0, optOutTime: null, context: true, ...stage };
  return { ...base, journey, contactTypes: [{ ...base.contactTypes[0]!, arrivals: { kind: 'trace', times }, selfService }] };
}

function run(model: ModelDefinition): { result: SimulationResult; records: ContactRecord[] } {
  const lines: string[] = [];
  const result = simulateModel(model, { checkInvariants: true, observers: [new ContactTrace((l) => lines.push(l), { format: 'jsonl' })] });
  return { result, records: lines.map((l) => JSON.parse(l) as ContactRecord).sort((a, b) => a.arrival - b.arrival) };
}

const JOURNEY = { context: 'none', contextHandleFactor: 0.5, repeatHandleFactor: 1.5, maxContacts: 10 } as const;

describe('SelfServiceFlow', () => {
  it('with containment 0 is a pure delay: contacts reach the queue after the time in the stage', () => {
    const { result, records } = run(botCenter([0, 10], {}));
    // Queue arrivals at 60 and 70; the first is served 60–160, the second waits 90 s, 160–260.
    expect(records.map((c) => [c.arrival, c.serviceStart, c.end])).toEqual([
      [60, 60, 160],
      [70, 160, 260],
    ]);
    // Customer time per issue: 60 in the stage + 100, and 60 + 90 + 100.
    expect(result.journey.overall.meanCustomerTimePerIssue).toBe(205);
    expect(result.selfService).toEqual([{ name: 'calls', sessions: 2, contained: 0, escalated: 2, optedOut: 0, containmentRate: 0, meanTime: 60 }]);
  });

  it('with containment 1 resolves every issue in the stage: no contact, FCR 1', () => {
    const { result, records } = run(botCenter([0, 10, 20], { containment: 1 }));
    expect(records).toEqual([]);
    expect(result.overall.offered).toBe(0);
    const j = result.journey.overall;
    expect([j.issues, j.resolved, j.resolvedAtFirstContact, j.fcr, j.contactsPerResolvedIssue]).toEqual([3, 3, 3, 1, 0]);
    expect(j.meanCustomerTimePerIssue).toBe(60);
    expect(result.selfService![0]!.contained).toBe(3);
  });

  it('passes the story on: with context the agent is quicker, without it the customer repeats it', () => {
    // contextHandleFactor 0.5, repeatHandleFactor 1.5: 100 s become 50 or 150.
    const withContext = run(botCenter([0], { context: true }, JOURNEY));
    expect(withContext.records[0]!.handleTime).toBe(50);
    expect(withContext.result.journey.overall.repeatedInformation).toBe(0);
    const without = run(botCenter([0], { context: false }, JOURNEY));
    expect(without.records[0]!.handleTime).toBe(150);
    expect(without.result.journey.overall.repeatedInformation).toBe(1);
  });

  it('sends a customer who opts out on after optOutTime, with nothing told: plain handle time', () => {
    const { result, records } = run(botCenter([0], { optOut: 1, optOutTime: deterministic({ value: 15 }), containment: 1 }, JOURNEY));
    expect(records.map((c) => [c.arrival, c.handleTime])).toEqual([[15, 100]]);
    expect(result.selfService![0]).toMatchObject({ sessions: 1, optedOut: 1, contained: 0, meanTime: 15 });
  });

  it('leaves results without a stage untouched: no selfService block', () => {
    const base = singleQueueModel({ arrivalRate: 1 / 60, handleTime: deterministic({ value: 50 }), agents: 1, horizon: 3_600 });
    expect('selfService' in simulateModel(base)).toBe(false);
  });
});
