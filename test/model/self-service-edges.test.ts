import { describe, expect, it } from 'vitest';
import type { ModelDefinition, SelfServiceDefinition } from '../../src/model/definition';
import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import { deterministic } from '../../src/random/distributions/deterministic';
import { simulateModel, type SimulationResult } from '../../src/run/simulate';
import { singleQueueModel } from '../support/models';

/** `agents` voice agents, handle time 100 s, calls arriving at `times`, each first spending time in `stage`. */
function botCenter(times: number[], stage: Partial<SelfServiceDefinition>, agents = 1): ModelDefinition {
  const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 100 }), agents, horizon: 10_000, endOfDay: 'drain' });
  const selfService: SelfServiceDefinition = { time: deterministic({ value: 60 }), containment: 0, optOut: 0, optOutTime: null, context: true, ...stage };
  return { ...base, contactTypes: [{ ...base.contactTypes[0]!, arrivals: { kind: 'trace', times }, selfService }] };
}

function run(model: ModelDefinition): { result: SimulationResult; records: ContactRecord[] } {
  const lines: string[] = [];
  const result = simulateModel(model, { checkInvariants: true, observers: [new ContactTrace((l) => lines.push(l), { format: 'jsonl' })] });
  return { result, records: lines.map((l) => JSON.parse(l) as ContactRecord).sort((a, b) => a.arrival - b.arrival) };
}

describe('self-service at the edges', () => {
  it('keeps every session apart when more than 64 are in the stage at once', () => {
    // 100 callers at 10, none contained: each reaches the queue at 70 and one of 100 agents serves it at once.
    const { result, records } = run(botCenter(Array.from({ length: 100 }, () => 10), {}, 100));
    expect(records.length).toBe(100);
    expect(records.every((c) => c.arrival === 70 && c.serviceStart === 70)).toBe(true);
    expect(result.selfService![0]).toMatchObject({ sessions: 100, contained: 0, escalated: 100, meanTime: 60 });
    expect(result.journey.overall.meanCustomerTimePerIssue).toBe(160);
  });

  it('sends an opted-out customer on at once when no optOutTime is given', () => {
    const { records, result } = run(botCenter([5], { optOut: 1, optOutTime: null }));
    expect(records.map((c) => [c.arrival, c.serviceStart, c.handleTime])).toEqual([[5, 5, 100]]);
    expect(result.selfService![0]).toMatchObject({ sessions: 1, optedOut: 1, meanTime: 0 });
  });
});

describe('self-service beside a type without a stage', () => {
  it('keeps the session of an issue opened past the first 128 slots', () => {
    // 130 `plain` callers at 0 (no stage) hold issue slots 0–129; the `bot` caller at 1 opens slot
    // 130 and spends 60 s in the stage, not contained: it reaches the queue at 61.
    const base = botCenter([1], {});
    const bot = base.contactTypes[0]!;
    const { selfService: _stage, ...withoutStage } = bot;
    const plain = { ...withoutStage, id: 1, name: 'plain', arrivals: { kind: 'trace' as const, times: Array.from({ length: 130 }, () => 0) } };
    const { result, records } = run({ ...base, contactTypes: [bot, plain] });
    expect(result.selfService![0]).toMatchObject({ name: 'calls', sessions: 1, contained: 0, escalated: 1 });
    expect(records.filter((c) => c.type === 'calls').map((c) => c.arrival)).toEqual([61]);
  });
});
