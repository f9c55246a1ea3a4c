import { describe, expect, it } from 'vitest';
import type { ModelDefinition, SilentAbandonmentDefinition } from '../../src/model/definition';
import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import { deterministic } from '../../src/random/distributions/deterministic';
import { simulateModel, type SimulationResult } from '../../src/run/simulate';
import { singleQueueModel } from '../support/models';

/** One chat agent holding one chat of 100 s; chats arrive at `times`; customers leave silently after 30 s in queue. */
function chatCenter(times: number[], probability: number, patience: number | null = null): ModelDefinition {
  const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 100 }), agents: 1, horizon: 10_000, endOfDay: 'drain' });
  const silentAbandonment: SilentAbandonmentDefinition = { probability, after: deterministic({ value: 30 }), discoveryTime: deterministic({ value: 10 }) };
  return {
    ...base,
    contactTypes: [
      { ...base.contactTypes[0]!, channel: 1, arrivals: { kind: 'trace', times }, patience: patience === null ? null : deterministic({ value: patience }), silentAbandonment },
    ],
    agentGroups: [{ ...base.agentGroups[0]!, concurrency: [0, 1, 0, 0] }],
  };
}

function run(model: ModelDefinition): { result: SimulationResult; records: ContactRecord[] } {
  const lines: string[] = [];
  const result = simulateModel(model, { checkInvariants: true, observers: [new ContactTrace((l) => lines.push(l), { format: 'jsonl' })] });
  return { result, records: lines.map((l) => JSON.parse(l) as ContactRecord).sort((a, b) => a.arrival - b.arrival) };
}

describe('SilentAbandonment', () => {
  it('gives a chat served at once its full handle time, however late in the day it comes (its wait is 0)', () => {
    // Served at 50 s on arrival: 0 s in queue < 30 s, so the customer is still there: 50–150.
    const { records, result } = run(chatCenter([50], 1));
    expect(records.map((c) => [c.outcome, c.serviceStart, c.handleTime])).toEqual([['served', 50, 100]]);
    expect(result.silentAbandonment![0]!.silentAbandoned).toBe(0);
  });

  it('serves a chat whose customer left silently for the discovery time only, and counts it', () => {
    // A is served 0–100. B waited 95 s ≥ 30: its customer is gone; the agent spends 10 s, 100–110.
    const { result, records } = run(chatCenter([0, 5], 1));
    expect(records.map((c) => [c.outcome, c.serviceStart, c.handleTime])).toEqual([
      ['served', 0, 100],
      ['served', 100, 10],
    ]);
    expect(result.silentAbandonment).toEqual([{ name: 'calls', served: 2, silentAbandoned: 1, silentAbandonedShare: 0.5, meanDiscoveryTime: 10 }]);
    // B's issue is not resolved: its customer left after 30 s in queue.
    const j = result.journey.overall;
    expect([j.resolved, j.gaveUp, j.resolvedAtFirstContact]).toEqual([1, 1, 1]);
    expect(j.meanCustomerTimePerIssue).toBe((100 + 30) / 2);
  });

  it('a silent leaver never abandons visibly; the others keep their patience', () => {
    // Patience 20 s: with probability 1 B stays in queue (silently gone after 30 s) and is served at 100.
    const silent = run(chatCenter([0, 5], 1, 20));
    expect(silent.result.overall.abandoned).toBe(0);
    expect(silent.result.silentAbandonment![0]!.silentAbandoned).toBe(1);
    // With probability 0, B abandons visibly at 25 s.
    const visible = run(chatCenter([0, 5], 0, 20));
    expect(visible.records.map((c) => [c.outcome, c.end])).toEqual([
      ['served', 100],
      ['abandoned', 25],
    ]);
    expect(visible.result.silentAbandonment![0]!.silentAbandoned).toBe(0);
  });

  it('a customer answered before leaving is served as usual', () => {
    // B waits 95 s; leaving after 30 s needs the wait to reach it: here A takes 20 s only.
    const model = chatCenter([0, 5], 1);
    const quick = { ...model, contactTypes: [{ ...model.contactTypes[0]!, handleTime: deterministic({ value: 20 }) }] };
    const { records, result } = run(quick);
    expect(records.map((c) => c.handleTime)).toEqual([20, 20]);
    expect(result.silentAbandonment![0]!.silentAbandoned).toBe(0);
  });
});
