import { describe, expect, it } from 'vitest';
import type { ModelDefinition } from '../../src/model/definition';
import type { SlotDuringGap } from '../../src/model/messaging-session-definition';
import { center, record, run, type TypeSpec } from '../support/interruption-center';

/**
 * Later turns of messaging sessions under the interruption rule (docs/channels.md
 * "Interruptions"), worked out by hand on one agent: a turn after a reply is work a call may
 * suspend like the first, whether the slot was held or released; a session of a channel the rule
 * does not name is never suspended.
 */

/** A two-turn session at 0: turns of 100 s, the customer replying 30 s after each turn. */
const session = (slot: SlotDuringGap, at: readonly number[] = [0], priority?: number): TypeSpec => ({
  name: 'messages',
  channel: 3,
  at,
  time: 100,
  session: { turns: 2, gap: 30, slot },
  ...(priority === undefined ? {} : { priority }),
});
const calls = (at: readonly number[], time: number, priority?: number): TypeSpec => ({ name: 'calls', channel: 0, at, time, ...(priority === undefined ? {} : { priority }) });

describe('Interruptions: a call during a later turn of a session', () => {
  it('suspends the second turn of a held session with its work left', () => {
    // Turn 1 0–100, held gap to the reply at 130, turn 2 130– (due 230). The call at 180 suspends
    // it with 50 left: call 180–230, turn 2 resumes and ends at 280. Suspended 50 of 280.
    const { records, result } = run(center({ types: [calls([180], 50), session('held')], concurrency: [1, 0, 0, 1], suspends: [3] }));
    expect(record(records, 'calls', 180)).toMatchObject({ serviceStart: 180, end: 230, wait: 0 });
    expect(record(records, 'messages', 0)).toMatchObject({ end: 280, handleTime: 230 });
    expect(result.interruptions![0]).toMatchObject({ name: 'messages', interrupted: 1, interruptions: 1, meanSuspendedTime: 50 });
    expect(result.messagingSessions![0]).toMatchObject({ meanAgentTime: 200, meanSlotTime: 230 });
  });

  it('suspends the second turn of a released session, taken again by its agent at the reply', () => {
    // Turn 1 0–100, the slot released; the reply at 130 goes back to the free agent: turn 2 130–
    // (due 230). The call at 180 suspends it with 50 left: call 180–230, turn 2 ends at 280.
    const { records, result } = run(center({ types: [calls([180], 50), session('released')], concurrency: [1, 0, 0, 1], suspends: [3] }));
    expect(record(records, 'calls', 180)).toMatchObject({ serviceStart: 180, wait: 0 });
    expect(record(records, 'messages', 0)).toMatchObject({ end: 280, handleTime: 200 });
    expect(result.interruptions![0]).toMatchObject({ interrupted: 1, interruptions: 1, meanSuspendedTime: 50 });
  });

  it('never suspends a session whose channel the rule does not name: the call waits for the turn to end', () => {
    // The rule names e-mail only. Turn 2 130–230; the call at 180 waits for the agent: 230–280.
    const { records, result } = run(center({ types: [calls([180], 50), session('held')], concurrency: [1, 0, 1, 1], suspends: [2] }));
    expect(record(records, 'calls', 180)).toMatchObject({ serviceStart: 230, wait: 50 });
    expect(record(records, 'messages', 0)).toMatchObject({ end: 230, handleTime: 230 });
    expect(result.interruptions!.every((t) => t.interruptions === 0)).toBe(true);
  });

  it('lets a call suspend an e-mail while a released session is in its gap (the session is not in hand)', () => {
    // Session turn 1 0–100 and e-mail 0– (due 300) side by side (one slot each). At 100 the session
    // releases its slot: the agent holds only the e-mail. The call at 110 suspends it (190 left):
    // 110–160; the reply at 130 waits (the agent is on a call) and takes it at 160 after the e-mail
    // resumes (160–260); the e-mail ends at 350.
    const email: TypeSpec = { name: 'emails', channel: 2, at: [0], time: 300 };
    const { records, result } = run(center({ types: [calls([110], 50), session('released'), email], concurrency: [1, 0, 1, 1], suspends: [2] }));
    expect(record(records, 'calls', 110)).toMatchObject({ serviceStart: 110, wait: 0 });
    expect(record(records, 'emails', 0)).toMatchObject({ end: 350, handleTime: 300 });
    expect(record(records, 'messages', 0)).toMatchObject({ end: 260, handleTime: 200 });
    expect(result.interruptions!.find((t) => t.name === 'emails')).toMatchObject({ interrupted: 1, meanSuspendedTime: 50 });
  });

  it('lets a waiting call take the agent the moment it takes a reply, before it takes a second reply', () => {
    // Messaging (priority 3) outranks calls (2); two messaging slots. Sessions S1 at 0 (turn 1
    // 0–100) and S2 at 1 (1–101) release their slots; call C1 at 110 finds the agent free: 110–160.
    // The replies (130, 131) queue while it is on the call, and so does call C2 at 140. At 160 the
    // policy gives the agent S1's reply: its turn starts and makes the agent interruptible with C2
    // waiting, so C2 takes it at once (160–210), S1 suspended with its 100 s; S2's reply still
    // waits. At 210 S1 resumes (ends 310) and S2's turn 2 starts, 210–310.
    const { records, result } = run(center({ types: [calls([110, 140], 50, 2), session('released', [0, 1], 3)], concurrency: [1, 0, 0, 2], suspends: [3] }));
    expect(record(records, 'calls', 140)).toMatchObject({ serviceStart: 160, end: 210 });
    expect(record(records, 'messages', 0)).toMatchObject({ end: 310, handleTime: 200 });
    expect(record(records, 'messages', 1)).toMatchObject({ end: 310, handleTime: 200 });
    expect(result.interruptions![0]).toMatchObject({ interrupted: 1, interruptions: 1, meanSuspendedTime: 50 });
    // Response times: S1's reply taken after 30 s, S2's after 79 s.
    expect(result.messagingSessions![0]!.meanResponseTime).toBeCloseTo((30 + 79) / 2, 9);
  });

  it('follows the rule of the group of the agent taking the turn (the second group here)', () => {
    // A chat-only group comes first (no contacts for it); the blended agent is in the second group.
    // As in the held case above: turn 2 130– suspended at 180 with 50 left, ends at 280.
    const model = center({ types: [calls([180], 50), session('held')], concurrency: [1, 0, 0, 1], suspends: [3] });
    const blended = model.agentGroups[0]!;
    const { interruptions: _rule, ...plain } = blended;
    const twoGroups: ModelDefinition = { ...model, agentGroups: [{ ...plain, name: 'chat-desk', concurrency: [0, 1, 0, 0] }, { ...blended, id: 1 }] };
    const { records, result } = run(twoGroups);
    expect(record(records, 'calls', 180)).toMatchObject({ serviceStart: 180, group: blended.name });
    expect(record(records, 'messages', 0)).toMatchObject({ end: 280, handleTime: 230 });
    expect(result.interruptions![0]).toMatchObject({ interrupted: 1, interruptions: 1, meanSuspendedTime: 50 });
  });
});
