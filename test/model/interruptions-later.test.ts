import { describe, expect, it } from 'vitest';
import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import { simulate } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';
import { center, record, run } from '../support/interruption-center';

/** Calls overflowing after 60 s from a front desk to a blended agent who may be interrupted for them. */
function overflowing(): ScenarioInput {
  const fixed = (value: number) => ({ kind: 'deterministic', value });
  return {
    name: 'overflow to a blended agent',
    horizon: '1h',
    endOfDay: 'drain',
    skills: ['service'],
    contactTypes: [
      { name: 'calls', channel: 'voice', priority: 2, skills: { service: 1 }, handleTime: fixed(200), arrivals: { trace: [0, 10] }, overflow: { primary: ['front'], steps: [{ after: '60s', groups: ['blended'] }] } },
      { name: 'chats', channel: 'chat', skills: { service: 1 }, handleTime: fixed(30), arrivals: { trace: [0] } },
      { name: 'emails', channel: 'email', skills: { service: 1 }, handleTime: fixed(100), arrivals: { trace: [5] } },
    ],
    agentGroups: [
      { name: 'front', agents: 1, skills: { service: 1 }, channels: { voice: 1 } },
      { name: 'blended', agents: 1, skills: { service: 1 }, channels: { voice: 1, chat: 1, email: 1 }, interruptions: { voice: ['email'] } },
    ],
  } as ScenarioInput;
}

const call = (at: number[], time: number, priority = 1, name = 'calls') => ({ name, channel: 0, at, time, priority });

describe('Interruptions: a waiting call takes an agent the moment it becomes interruptible', () => {
  it('takes the agent when an e-mail wrap-up ends while another e-mail is in service (worked out by hand)', () => {
    // Short e-mail 0–20, wrap-up 20–30; long e-mail 5– (due 105). The call at 25 finds the agent
    // with an e-mail in wrap-up: it waits. At 30 the wrap-up ends: the call takes the agent (wait 5),
    // suspending the long e-mail with 75 left; call 30–80, wrap-up 80–90; the e-mail resumes at 90
    // and ends at 165.
    const types = [call([25], 50), { name: 'email-long', channel: 2, at: [5], time: 100 }, { name: 'email-short', channel: 2, at: [0], time: 20 }];
    const { records, result } = run(center({ types, concurrency: [1, 0, 2, 0], suspends: [2], wrapUp: 10 }));
    expect([record(records, 'calls', 25).serviceStart, record(records, 'calls', 25).wait]).toEqual([30, 5]);
    expect(record(records, 'email-long', 5)).toMatchObject({ serviceStart: 5, end: 165, handleTime: 100 });
    expect(result.interruptions!.find((b) => b.name === 'email-long')).toMatchObject({ interrupted: 1, interruptions: 1, meanSuspendedTime: 60 });
    // Without the rule the call waits for the long e-mail and its wrap-up: 105 + 10.
    const without = run(center({ types, concurrency: [1, 0, 2, 0], wrapUp: 10 })).records;
    expect(record(without, 'calls', 25).serviceStart).toBe(115);
  });

  it('takes the agent when its chat (not suspendable) ends and only e-mail is left in hand', () => {
    // Chat 0–40, e-mail 5– (due 105); the call at 10 waits (a chat in hand). At 40 the chat ends:
    // the call takes the agent (wait 30), the e-mail is suspended with 65 left, resumes at 90: ends 155.
    const types = [call([10], 50), { name: 'chats', channel: 1, at: [0], time: 40 }, { name: 'emails', channel: 2, at: [5], time: 100 }];
    const { records } = run(center({ types, concurrency: [1, 1, 1, 0], suspends: [2] }));
    expect([record(records, 'calls', 10).serviceStart, record(records, 'calls', 10).wait]).toEqual([40, 30]);
    expect(record(records, 'emails', 5)).toMatchObject({ end: 155, handleTime: 100 });
  });

  it('chooses among waiting calls by type priority, then the oldest', () => {
    // As above, with two waiting calls: at 40 the higher priority (arrived at 15) goes first, 40–90;
    // then the policy gives the other, 90–140; the e-mail resumes at 140 with 65 left: ends 205.
    const chat = { name: 'chats', channel: 1, at: [0], time: 40 };
    const email = { name: 'emails', channel: 2, at: [5], time: 100 };
    const byPriority = run(center({ types: [call([10], 50, 1, 'calls-a'), call([15], 50, 2, 'calls-b'), chat, email], concurrency: [1, 1, 1, 0], suspends: [2] })).records;
    expect([record(byPriority, 'calls-b', 15).serviceStart, record(byPriority, 'calls-a', 10).serviceStart, record(byPriority, 'emails', 5).end]).toEqual([40, 90, 205]);
    // Same priority: the one waiting longest.
    const byAge = run(center({ types: [call([10], 50, 1, 'calls-a'), call([15], 50, 1, 'calls-b'), chat, email], concurrency: [1, 1, 1, 0], suspends: [2] })).records;
    expect([record(byAge, 'calls-a', 10).serviceStart, record(byAge, 'calls-b', 15).serviceStart]).toEqual([40, 90]);
  });

  it('gives a waiting call the agent at the end of a call before the suspended e-mail resumes, whatever the policy chooses', () => {
    // E-mails outrank calls for the policy (priority 2). E-mail E1 0– (due 100); call C1 at 10
    // interrupts it (90 left), 10–60. Call C2 (20) and e-mail E2 (30) wait. At 60 the policy gives
    // E2, but C2 could interrupt the agent once E1 resumes: C2 takes it, 60–110. At 110 nothing may
    // interrupt: E1 resumes, ends 200; then E2 200–300.
    const types = [call([10, 20], 50), { name: 'emails', channel: 2, at: [0, 30], time: 100, priority: 2 }];
    const { records, result } = run(center({ types, concurrency: [1, 0, 1, 0], suspends: [2] }));
    expect(record(records, 'calls', 20).serviceStart).toBe(60);
    expect(record(records, 'emails', 0)).toMatchObject({ end: 200, handleTime: 100 });
    expect(record(records, 'emails', 30)).toMatchObject({ serviceStart: 200, end: 300 });
    expect(result.interruptions![0]).toMatchObject({ served: 2, interrupted: 1, interruptions: 1, meanSuspendedTime: 100 });
  });

  it('respects overflow steps: an agent that becomes interruptible before the step opens is taken only when it opens', () => {
    // Call C0 0–200 at the front desk. The blended agent takes a chat (0–30) and an e-mail (5–, due
    // 105). Call C1 at 10 waits: the blended group is its overflow step, open after 60 s. At 30 the
    // chat ends (the agent becomes interruptible) but the step is closed; at 70 it opens: C1
    // interrupts the e-mail (35 left), 70–270; the e-mail resumes and ends at 305.
    const lines: string[] = [];
    simulate(overflowing(), { checkInvariants: true, observers: [new ContactTrace((l) => lines.push(l), { format: 'jsonl' })] });
    const records = lines.map((l) => JSON.parse(l) as ContactRecord);
    expect(record(records, 'calls', 10)).toMatchObject({ serviceStart: 70, group: 'blended' });
    expect(record(records, 'emails', 5)).toMatchObject({ end: 305, handleTime: 100 });
  });
});
