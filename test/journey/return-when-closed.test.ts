import { describe, expect, it } from 'vitest';
import type { ContactTypeDefinition, ModelDefinition, ReturnWhenClosed } from '../../src/model/definition';
import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';
import { deterministic } from '../../src/random/distributions/deterministic';
import { simulateModel } from '../../src/run/simulate';
import { journeyModel } from './journey-model';

const HOUR = 3600;
const DAY = 24 * HOUR;
/** One agent on duty 8h–16h every day. */
const dayShift = { kind: 'shifts', shifts: [{ start: 8 * HOUR, end: 16 * HOUR, agents: 1 }], period: DAY } as const;
const never = { probability: 0, byProficiency: [1, 1, 1, 1, 1, 1], withContext: 1 };
const always = { ...never, probability: 1 };
const after = (seconds: number) => ({ probability: 1, delay: deterministic({ value: seconds }), next: [[0, 1]] as const });

/** Arrival and service-start times of every contact, with its attempt number. */
interface Trace {
  arrivals: { at: number; attempt: number }[];
  starts: { at: number; attempt: number }[];
  abandons: number[];
}

function tracer(): { observer: ContactCenterObserver; trace: Trace } {
  const trace: Trace = { arrivals: [], starts: [], abandons: [] };
  let view: ContactCenterView | undefined;
  const observer: ContactCenterObserver = {
    attach: (v) => (view = v),
    onArrival: (c) => trace.arrivals.push({ at: view!.now, attempt: view!.contactAttempt(c) }),
    onServiceStart: (c) => trace.starts.push({ at: view!.now, attempt: view!.contactAttempt(c) }),
    onAbandon: () => trace.abandons.push(view!.now),
  };
  return { observer, trace };
}

/**
 * A first call at 15:00 served for 100 s (ends 15:01:40) and never resolved; the customer calls
 * again 5,300 s later, at 16:30, after the only shift (8h–16h) ended. Patience 10 minutes.
 */
function lateRepeat(returnWhenClosed: ReturnWhenClosed, horizon = 3 * DAY, type: Partial<ContactTypeDefinition> = {}): ModelDefinition {
  const model = journeyModel({
    horizon,
    arrivals: { kind: 'trace', times: [15 * HOUR] },
    journey: { maxContacts: 2, returnWhenClosed },
    type: { resolution: never, repeat: after(5300), patience: deterministic({ value: 600 }), ...type },
  });
  return { ...model, endOfDay: 'cut', agentGroups: model.agentGroups.map((g) => ({ ...g, staffing: dayShift })) };
}

function run(model: ModelDefinition) {
  const { observer, trace } = tracer();
  const result = simulateModel(model, { observers: [observer], checkInvariants: true });
  return { result, trace };
}

describe('journey.returnWhenClosed', () => {
  it("'arrive': the repeat arrives at 16:30 with nobody on duty and abandons (existing behaviour)", () => {
    const { result, trace } = run(lateRepeat('arrive'));
    expect(trace.arrivals).toEqual([
      { at: 15 * HOUR, attempt: 1 },
      { at: 16.5 * HOUR, attempt: 2 },
    ]);
    expect(trace.abandons).toEqual([16.5 * HOUR + 600]);
    expect(result.overall.abandoned).toBe(1);
    expect(result.journey.overall.gaveUp).toBe(1);
  });

  it("'next-opening': the repeat arrives when the shift starts the next day (8h) and is served", () => {
    const { result, trace } = run(lateRepeat('next-opening'));
    expect(trace.arrivals).toEqual([
      { at: 15 * HOUR, attempt: 1 },
      { at: DAY + 8 * HOUR, attempt: 2 },
    ]);
    expect(trace.starts).toEqual([
      { at: 15 * HOUR, attempt: 1 },
      { at: DAY + 8 * HOUR, attempt: 2 },
    ]);
    expect(trace.abandons).toEqual([]);
    expect(result.overall.served).toBe(2);
    expect(result.journey.overall.repeatContacts).toBe(1);
    // Unresolved twice with maxContacts 2: the customer gives up after the second contact.
    expect(result.journey.overall.gaveUp).toBe(1);
  });

  it("'next-opening': a return while open is not moved", () => {
    // Repeat 1,000 s after the first call ended at 9:01:40: 9:18:20, within the shift.
    const model = lateRepeat('next-opening', 3 * DAY, { arrivals: { kind: 'trace', times: [9 * HOUR] }, repeat: after(1000) });
    const { trace } = run(model);
    expect(trace.arrivals.map((a) => a.at)).toEqual([9 * HOUR, 9 * HOUR + 100 + 1000]);
  });

  it("'next-opening': with no opening before the horizon the customer does not come back; the issue stays open", () => {
    // The horizon ends at 7h the next day, before the shift starts again.
    const { result, trace } = run(lateRepeat('next-opening', DAY + 7 * HOUR));
    expect(trace.arrivals.map((a) => a.at)).toEqual([15 * HOUR]);
    expect(result.journey.overall.openAtEnd).toBe(1);
    expect(result.journey.overall.gaveUp).toBe(0);
    expect(result.overall.abandoned).toBe(0);
  });

  it("'next-opening': an abandoned customer's retrial after closing waits for the next opening too", () => {
    // 15:50 a call holds the agent 1,000 s (resolved); 15:55 a second call waits, abandons after
    // 60 s and retries 10 minutes later (16:06), after the shift ended.
    const model = lateRepeat('next-opening', 3 * DAY, {
      arrivals: { kind: 'trace', times: [15 * HOUR + 50 * 60, 15 * HOUR + 55 * 60] },
      handleTime: deterministic({ value: 1000 }),
      patience: deterministic({ value: 60 }),
      resolution: always,
      repeat: null,
      retrial: after(600),
    });
    const { result, trace } = run(model);
    expect(trace.abandons).toEqual([15 * HOUR + 56 * 60]);
    expect(trace.arrivals.map((a) => a.at)).toEqual([15 * HOUR + 50 * 60, 15 * HOUR + 55 * 60, DAY + 8 * HOUR]);
    expect(trace.starts.map((s) => s.at)).toEqual([15 * HOUR + 50 * 60, DAY + 8 * HOUR]);
    expect(result.journey.overall.resolved).toBe(2);
  });

  it("'next-opening': e-mail returns are not moved (they wait in the backlog)", () => {
    const base = lateRepeat('next-opening');
    const model: ModelDefinition = {
      ...base,
      contactTypes: base.contactTypes.map((t) => ({ ...t, channel: 2, patience: null })),
      agentGroups: base.agentGroups.map((g) => ({ ...g, concurrency: [0, 0, 1, 0] })),
    };
    const { trace } = run(model);
    expect(trace.arrivals.map((a) => a.at)).toEqual([15 * HOUR, 16.5 * HOUR]);
    // The e-mail waits for the next shift.
    expect(trace.starts.map((s) => s.at)).toEqual([15 * HOUR, DAY + 8 * HOUR]);
  });

  it("'next-opening': looks at the opening hours of the returning contact type (repeat via another type)", () => {
    // Calls are answered 8h–16h; the customer comes back as a chat, answered 8h–20h by a second group.
    const base = lateRepeat('next-opening');
    const calls = base.contactTypes[0]!;
    const chat: ContactTypeDefinition = { ...calls, id: 1, name: 'chat', channel: 1, arrivals: { kind: 'trace', times: [] }, repeat: null };
    const chatGroup = {
      ...base.agentGroups[0]!,
      id: 1,
      name: 'chat agents',
      concurrency: [0, 1, 0, 0],
      staffing: { kind: 'shifts', shifts: [{ start: 8 * HOUR, end: 20 * HOUR, agents: 1 }], period: DAY },
    } as const;
    const model: ModelDefinition = {
      ...base,
      contactTypes: [{ ...calls, repeat: { ...after(5300), next: [[1, 1]] } }, chat],
      agentGroups: [base.agentGroups[0]!, chatGroup],
    };
    const { trace } = run(model);
    expect(trace.arrivals.map((a) => a.at)).toEqual([15 * HOUR, 16.5 * HOUR]);
    expect(trace.starts.map((s) => s.at)).toEqual([15 * HOUR, 16.5 * HOUR]);
  });
});
