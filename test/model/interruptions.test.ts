import { describe, expect, it } from 'vitest';
import type { ContactTypeDefinition, ModelDefinition } from '../../src/model/definition';
import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import { deterministic } from '../../src/random/distributions/deterministic';
import { simulateModel } from '../../src/run/simulate';
import { singleQueueModel } from '../support/models';

interface Blend {
  readonly calls: number[];
  readonly emails: number[];
  readonly callTime: number;
  readonly emailTime: number;
  readonly agents?: number;
  readonly emailConcurrency?: number;
  readonly overhead?: number;
  readonly wrapUp?: number;
  /** false: no interruption rule (the model as before). */
  readonly interrupts?: boolean;
  readonly endOfDay?: 'drain' | 'cut';
  readonly horizon?: number;
}

/** Agents taking calls (priority 1) and e-mails (priority 0) that arrive at fixed times, with fixed handle times. */
function blended(b: Blend): ModelDefinition {
  const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 1 }), agents: b.agents ?? 1, horizon: b.horizon ?? 10_000, endOfDay: b.endOfDay ?? 'drain' });
  const template = base.contactTypes[0]!;
  const call: ContactTypeDefinition = { ...template, priority: 1, handleTime: deterministic({ value: b.callTime }), arrivals: { kind: 'trace', times: b.calls } };
  const email: ContactTypeDefinition = {
    ...template,
    id: 1,
    name: 'emails',
    channel: 2,
    handleTime: deterministic({ value: b.emailTime }),
    arrivals: { kind: 'trace', times: b.emails },
    serviceLevel: { threshold: 3600, target: 0.8 },
  };
  const group = base.agentGroups[0]!;
  return {
    ...base,
    contactTypes: [call, email],
    agentGroups: [
      {
        ...group,
        concurrency: [1, 0, b.emailConcurrency ?? 1, 0],
        wrapUp: (b.wrapUp ?? 0) > 0 ? deterministic({ value: b.wrapUp! }) : null,
        ...(b.interrupts === false ? {} : { interruptions: { suspends: [2], resumeOverhead: b.overhead ?? 0 } }),
      },
    ],
  };
}

function records(model: ModelDefinition): ContactRecord[] {
  const lines: string[] = [];
  simulateModel(model, { checkInvariants: true, observers: [new ContactTrace((l) => lines.push(l), { format: 'jsonl' })] });
  return lines.map((l) => JSON.parse(l) as ContactRecord).sort((a, b) => a.arrival - b.arrival || a.type.localeCompare(b.type));
}

describe('Interruptions', () => {
  it('suspends an e-mail for a call and resumes it after the call with its work left (worked out by hand)', () => {
    // E-mail 0–30 (30 of 100 done); call 30–80; e-mail resumes at 80 with 70 left: ends at 150.
    const r = records(blended({ calls: [30], emails: [0], callTime: 50, emailTime: 100 }));
    const call = r.find((c) => c.type === 'calls')!;
    const email = r.find((c) => c.type === 'emails')!;
    expect([call.serviceStart, call.end, call.wait]).toEqual([30, 80, 0]);
    expect([email.serviceStart, email.end]).toEqual([0, 150]);
    // Handle time counts the work done, not the 50 s suspended.
    expect(email.handleTime).toBe(100);
  });

  it('adds the resume overhead to each resumption', () => {
    // Two calls at 10 and 100: e-mail 0–10 (10 done), call 10–40, resumes 40 with 90 + 15 left
    // (due 145); call at 100 suspends it with 45 left; call 100–130; resumes with 45 + 15: ends 190.
    const r = records(blended({ calls: [10, 100], emails: [0], callTime: 30, emailTime: 100, overhead: 15 }));
    const email = r.find((c) => c.type === 'emails')!;
    expect(email.end).toBe(190);
    expect(email.handleTime).toBe(130);
    const result = simulateModel(blended({ calls: [10, 100], emails: [0], callTime: 30, emailTime: 100, overhead: 15 }), { checkInvariants: true });
    expect(result.interruptions).toEqual([
      { name: 'emails', served: 1, interrupted: 1, interruptions: 2, interruptionsPerContact: 2, meanSuspendedTime: 60, meanHandleTime: 130 },
    ]);
  });

  it('gives a waiting call the agent before the suspended e-mail resumes (priority discipline)', () => {
    // E-mail 0–; call A at 10 (10–60) suspends it; call B at 20 waits; at 60 B goes first (60–110);
    // the e-mail resumes at 110 with 90 left: ends 200.
    const r = records(blended({ calls: [10, 20], emails: [0], callTime: 50, emailTime: 100 }));
    expect(r.map((c) => [c.type, c.serviceStart, c.end])).toEqual([
      ['emails', 0, 200],
      ['calls', 10, 60],
      ['calls', 60, 110],
    ]);
  });

  it('suspends every e-mail in hand, and resumes them in suspension order', () => {
    // Two e-mails in hand (concurrency 2): 0–100 and 5–105; call 20–40 suspends both (80 and 85
    // left); both resume at 40: end 120 and 125.
    const r = records(blended({ calls: [20], emails: [0, 5], callTime: 20, emailTime: 100, emailConcurrency: 2 }));
    const emails = r.filter((c) => c.type === 'emails');
    expect(emails.map((c) => c.end)).toEqual([120, 125]);
    expect(emails.map((c) => c.handleTime)).toEqual([100, 100]);
  });

  it('never interrupts an e-mail in wrap-up: the call waits for the agent', () => {
    // E-mail 0–20, wrap-up 20–30; the call at 25 waits until 30 (wait 5).
    const r = records(blended({ calls: [25], emails: [0], callTime: 10, emailTime: 20, wrapUp: 10 }));
    const call = r.find((c) => c.type === 'calls')!;
    expect([call.serviceStart, call.wait]).toEqual([30, 5]);
  });

  it('prefers a free agent to an interruption, then interrupts the agent busy longest', () => {
    // Two agents. E-mails at 0 and 5 take agents 0 and 1. Call at 10 interrupts agent 0 (busy since 0).
    const r = records(blended({ calls: [10], emails: [0, 5], callTime: 10, emailTime: 100, agents: 2 }));
    const call = r.find((c) => c.type === 'calls')!;
    const first = r.find((c) => c.type === 'emails' && c.arrival === 0)!;
    expect(call.agent).toBe(first.agent);
    expect(first.end).toBe(110);
    // With a free agent, nobody is interrupted.
    const free = records(blended({ calls: [10], emails: [0], callTime: 10, emailTime: 100, agents: 2 }));
    expect(free.find((c) => c.type === 'emails')!.end).toBe(100);
  });

  it('ends a suspended e-mail as unfinished at a cut, and finishes it in a drain', () => {
    const cut = records(blended({ calls: [50], emails: [0], callTime: 100, emailTime: 100, endOfDay: 'cut', horizon: 100 }));
    expect(cut.find((c) => c.type === 'emails')!.outcome).toBe('unfinished');
    const drained = records(blended({ calls: [50], emails: [0], callTime: 100, emailTime: 100, horizon: 100 }));
    expect(drained.find((c) => c.type === 'emails')!).toMatchObject({ outcome: 'served', end: 200, handleTime: 100 });
  });

  it('changes nothing without a rule: the call waits for the e-mail', () => {
    const r = records(blended({ calls: [30], emails: [0], callTime: 50, emailTime: 100, interrupts: false }));
    expect(r.find((c) => c.type === 'calls')!.serviceStart).toBe(100);
    expect(simulateModel(blended({ calls: [30], emails: [0], callTime: 50, emailTime: 100, interrupts: false })).interruptions).toBeUndefined();
  });
});
