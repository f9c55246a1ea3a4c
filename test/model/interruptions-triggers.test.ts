import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate';
import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import type { ScenarioInput } from '../../src/scenario/schema';
import { center, record, run } from '../support/interruption-center';

/**
 * What starts an interruption (docs/channels.md "Interruptions"), worked out by hand: only a call
 * suspends work, and a call on its group's primary overflow step (step 0) may interrupt an agent
 * and take it at the end of the call before.
 */
describe('interruptions: what suspends work', () => {
  it('leaves a chat in service when the agent takes a second chat, although calls may suspend chats', () => {
    // Chats of 100 s at 0 and 10 s, the agent holding two at once: both run through, 0–100 and 10–110.
    const { records, result } = run(center({ types: [{ name: 'chats', channel: 1, at: [0, 10], time: 100 }], concurrency: [1, 2, 0, 0], suspends: [1] }));
    expect([record(records, 'chats', 0).end, record(records, 'chats', 10).end]).toEqual([100, 110]);
    expect(result.interruptions![0]).toMatchObject({ interrupted: 0 });
  });
});

/** Calls whose overflow starts at the blended group (step 0) and reaches a back office only after 10 min. */
function primaryStepCalls(): ContactRecord[] {
  const fixed = (value: number) => ({ kind: 'deterministic', value });
  const records: ContactRecord[] = [];
  simulate(
    {
      name: 'calls with overflow steps, interrupting at step 0',
      horizon: '1h',
      endOfDay: 'drain',
      skills: ['service'],
      contactTypes: [
        { name: 'calls', channel: 'voice', priority: 2, skills: { service: 1 }, handleTime: fixed(50), arrivals: { trace: [10, 20] }, overflow: { primary: ['blended'], steps: [{ after: '600s', groups: ['back'] }] } },
        { name: 'emails', channel: 'email', skills: { service: 1 }, handleTime: fixed(100), arrivals: { trace: [0] } },
      ],
      agentGroups: [
        { name: 'blended', agents: 1, skills: { service: 1 }, channels: { voice: 1, email: 1 }, interruptions: { voice: ['email'] } },
        { name: 'back', skills: { service: 1 }, channels: { voice: 1 }, agents: { shifts: [{ start: 3000, end: 3600, agents: 1 }] } },
      ],
    } as ScenarioInput,
    { seed: 1, checkInvariants: true, observers: [new ContactTrace((line) => records.push(JSON.parse(line) as ContactRecord), { format: 'jsonl' })] },
  );
  return records;
}

describe('interruptions: calls on their primary overflow step', () => {
  it('interrupt the blended agent at once and take it when the call before ends', () => {
    // E-mail 0– (due 100). The call at 10 interrupts it (90 left): 10–60. The call at 20 waits and
    // takes the agent as the first call ends: 60–110. The e-mail resumes at 110 and ends at 200.
    const records = primaryStepCalls();
    expect([record(records, 'calls', 10).serviceStart, record(records, 'calls', 20).serviceStart]).toEqual([10, 60]);
    expect(record(records, 'emails', 0).end).toBe(200);
  });
});
