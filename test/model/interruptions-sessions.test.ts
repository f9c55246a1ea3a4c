import { describe, expect, it } from 'vitest';
import type { SlotDuringGap } from '../../src/model/messaging-session-definition';
import { center, record, run } from '../support/interruption-center';

/** One agent taking calls and two-turn messaging sessions (100 s a turn, the customer replying after 30 s); calls may suspend messaging. */
function sessions(o: { calls: number[]; callTime: number; slot: SlotDuringGap; timeout?: number; rule?: boolean }) {
  const session = { turns: 2, gap: 30, slot: o.slot, ...(o.timeout === undefined ? {} : { timeout: o.timeout }) };
  return run(
    center({
      types: [
        { name: 'calls', channel: 0, at: o.calls, time: o.callTime },
        { name: 'messages', channel: 3, at: [0], time: 100, session },
      ],
      concurrency: [1, 0, 0, 1],
      ...(o.rule === false ? {} : { suspends: [3] }),
    }),
  );
}

describe('Interruptions of messaging sessions', () => {
  it('suspends a turn in service with its work left, and the session goes on with the same agent (held)', () => {
    // Turn 1 0– (due 100); the call at 50 suspends it (50 left), 50–90; turn 1 ends 140; the reply
    // at 170 starts turn 2 at once: 170–270. Agent time 200; slot time 270 − 40 suspended.
    const { records, result } = sessions({ calls: [50], callTime: 40, slot: 'held' });
    expect(record(records, 'calls', 50)).toMatchObject({ serviceStart: 50, wait: 0 });
    expect(record(records, 'messages', 0)).toMatchObject({ end: 270, handleTime: 230 });
    expect(result.messagingSessions![0]).toMatchObject({ meanResponseTime: 0, meanAgentTime: 200, meanSlotTime: 230 });
    expect(result.interruptions![0]).toMatchObject({ name: 'messages', interrupted: 1, interruptions: 1, meanSuspendedTime: 40 });
  });

  it('suspends a held session in its reply gap: the reply waits for the resume and the response time grows', () => {
    // Turn 1 0–100, held gap from 100; the call at 110 suspends the session, 110–160. The reply at
    // 130 waits: turn 2 160–260 (response time 30). Slot time 260 − 50 suspended; agent time 200.
    const { records, result } = sessions({ calls: [110], callTime: 50, slot: 'held' });
    expect(record(records, 'calls', 110)).toMatchObject({ serviceStart: 110, wait: 0 });
    expect(record(records, 'messages', 0)).toMatchObject({ end: 260, handleTime: 210 });
    expect(result.messagingSessions![0]).toMatchObject({ meanResponseTime: 30, meanAgentTime: 200, meanSlotTime: 210 });
    expect(result.interruptions![0]).toMatchObject({ interruptions: 1, meanSuspendedTime: 50 });
    // Without the rule the call waits for the whole session: 0–100, gap, 130–230.
    expect(record(sessions({ calls: [110], callTime: 50, slot: 'held', rule: false }).records, 'calls', 110).serviceStart).toBe(230);
  });

  it('resumes a held session into its gap when the reply has not come yet', () => {
    // Call 105–115 during the gap; the session is back in its gap at 115; the reply at 130 starts turn 2 at once.
    const { records, result } = sessions({ calls: [105], callTime: 10, slot: 'held' });
    expect(record(records, 'messages', 0)).toMatchObject({ end: 230, handleTime: 220 });
    expect(result.messagingSessions![0]).toMatchObject({ meanResponseTime: 0 });
  });

  it('ends a held session whose customer stops replying while it is suspended at the resume, unresolved', () => {
    // Timeout 20 s < gap 30 s: the customer stops at 120, while the call (110–160) holds the agent; the session ends at 160.
    const { records, result } = sessions({ calls: [110], callTime: 50, slot: 'held', timeout: 20 });
    expect(record(records, 'messages', 0)).toMatchObject({ end: 160, outcome: 'served', handleTime: 110 });
    expect(result.messagingSessions![0]).toMatchObject({ timedOut: 1, meanTurns: 1, meanAgentTime: 100 });
  });

  it('with released slots suspends a turn in service, but a session in its gap has nothing with the agent', () => {
    // A turn: as with held, 0–140, then the reply at 170 goes back to the agent at once: 170–270.
    const inTurn = sessions({ calls: [50], callTime: 40, slot: 'released' });
    expect(record(inTurn.records, 'messages', 0)).toMatchObject({ end: 270, handleTime: 200 });
    expect(inTurn.result.interruptions![0]).toMatchObject({ interruptions: 1 });
    // In the gap the agent is free: the call at 110 takes it without an interruption (110–160); the
    // reply at 130 finds it on the call and waits in the queue; turn 2 160–260.
    const inGap = sessions({ calls: [110], callTime: 50, slot: 'released' });
    expect(record(inGap.records, 'messages', 0)).toMatchObject({ end: 260, handleTime: 200 });
    expect(inGap.result.interruptions![0]).toMatchObject({ interruptions: 0 });
    expect(inGap.result.messagingSessions![0]).toMatchObject({ meanResponseTime: 30 });
  });
});
