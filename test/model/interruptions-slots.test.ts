import { describe, expect, it } from 'vitest';
import type { ContactRecord } from '../../src/metrics/contact-trace';
import type { ContactCenterView } from '../../src/model/view';
import { simulateModel } from '../../src/run/simulate';
import { center, record, run, type TypeSpec } from '../support/interruption-center';

/**
 * Interruptions of contacts that do not sit in the contact table's first slot (docs/channels.md
 * "Interruptions"): a short call at 0 (0–5) takes slot 0, so the contact arriving at 1 takes
 * slot 1 and starts at 5. Each case worked out by hand on one agent.
 */

const calls = (at: readonly number[], time: number): TypeSpec => ({ name: 'calls', channel: 0, at, time });
const firstCall = { name: 'first-call', channel: 0, at: [0], time: 5 };

/** Customers are numbered from 0 and never shared: a contact's record keeps its own. */
function expectOwnCustomers(records: readonly ContactRecord[]): void {
  const customers = records.map((r) => r.customer);
  expect(customers.every((c) => c >= 0)).toBe(true);
  expect(new Set(customers).size).toBe(records.length);
}

describe('Interruptions beyond the first contact slot', () => {
  it('suspends an e-mail twice and resumes it twice with its work left', () => {
    // E-mail 5– (due 105). Call at 15 suspends it (90 left): 15–45; it resumes due 135. Call at 100
    // suspends it again (35 left): 100–130; it ends at 165. Suspended 30 + 30 = 60.
    const email: TypeSpec = { name: 'emails', channel: 2, at: [1], time: 100 };
    const { records, result } = run(center({ types: [firstCall, calls([15, 100], 30), email], concurrency: [1, 0, 1, 0], suspends: [2] }));
    expect(record(records, 'emails', 1)).toMatchObject({ serviceStart: 5, end: 165, handleTime: 100 });
    expect(record(records, 'calls', 15)).toMatchObject({ serviceStart: 15, end: 45 });
    expect(record(records, 'calls', 100)).toMatchObject({ serviceStart: 100, end: 130 });
    expect(result.interruptions!.find((t) => t.name === 'emails')).toMatchObject({ interrupted: 1, interruptions: 2, meanSuspendedTime: 60 });
    expectOwnCustomers(records);
  });

  it('keeps the reply of a held session suspended in its gap for the resume', () => {
    // Session turn 1 5–105, held gap; the call at 115 suspends it (115–165); the reply at 135 waits
    // for the resume: turn 2 165–265 (response time 30).
    const session: TypeSpec = { name: 'messages', channel: 3, at: [1], time: 100, session: { turns: 2, gap: 30, slot: 'held' } };
    const { records, result } = run(center({ types: [firstCall, calls([115], 50), session], concurrency: [1, 0, 0, 1], suspends: [3] }));
    expect(record(records, 'messages', 1)).toMatchObject({ serviceStart: 5, end: 265, handleTime: 210 });
    expect(result.messagingSessions![0]).toMatchObject({ meanResponseTime: 30, meanAgentTime: 200 });
    expectOwnCustomers(records);
  });

  it('takes the reply of a held session resumed into its gap at once', () => {
    // Session turn 1 5–105, held gap; the call at 110 suspends it for 10 s; back in its gap at 120,
    // the reply at 135 starts turn 2 at once: 135–235.
    const session: TypeSpec = { name: 'messages', channel: 3, at: [1], time: 100, session: { turns: 2, gap: 30, slot: 'held' } };
    const { records, result } = run(center({ types: [firstCall, calls([110], 10), session], concurrency: [1, 0, 0, 1], suspends: [3] }));
    expect(record(records, 'messages', 1)).toMatchObject({ end: 235, handleTime: 220 });
    expect(result.messagingSessions![0]).toMatchObject({ meanResponseTime: 0 });
  });
});

describe('Interruption figures of a contact before its service', () => {
  it('are 0 for a contact that has not started, whatever its slot', () => {
    // 300 e-mails at 0 for one agent: slots 0–299 wait; none but the first has been suspended.
    const seen: number[] = [];
    const types: TypeSpec[] = [{ name: 'emails', channel: 2, at: Array.from({ length: 300 }, () => 0), time: 10 }];
    let view: ContactCenterView | null = null;
    simulateModel(center({ types, concurrency: [1, 0, 1, 0], suspends: [2], horizon: 20, endOfDay: 'cut' }), {
      observers: [
        {
          attach: (v: ContactCenterView) => void (view = v),
          onArrival: (c: number) => void seen.push(view!.contactInterruptions(c), view!.contactSuspendedTime(c)),
        },
      ],
    });
    expect(seen.length).toBe(600);
    expect(seen.every((x) => x === 0)).toBe(true);
  });
});
