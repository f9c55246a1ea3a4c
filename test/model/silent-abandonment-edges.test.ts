import { describe, expect, it } from 'vitest';
import type { ModelDefinition } from '../../src/model/definition';
import { deterministic } from '../../src/random/distributions/deterministic';
import { simulateModel } from '../../src/run/simulate';
import { singleQueueModel } from '../support/models';

/** One chat agent holding one chat of 100 s (the run drains after `horizon`); every customer leaves silently after 30 s in queue; discovery 10 s. */
function chatCenter(times: number[], horizon: number): ModelDefinition {
  const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 100 }), agents: 1, horizon, endOfDay: 'drain' });
  return {
    ...base,
    contactTypes: [
      {
        ...base.contactTypes[0]!,
        channel: 1,
        arrivals: { kind: 'trace', times },
        patience: null,
        silentAbandonment: { probability: 1, after: deterministic({ value: 30 }), discoveryTime: deterministic({ value: 10 }) },
      },
    ],
    agentGroups: [{ ...base.agentGroups[0]!, concurrency: [0, 1, 0, 0] }],
  };
}

describe('silent abandonment at the edges', () => {
  it('finds the customer gone when the wait is exactly the time after which it leaves', () => {
    // B arrives at 70 and is answered at 100: 30 s in queue, the customer has just left.
    const r = simulateModel(chatCenter([0, 70], 80), { checkInvariants: true });
    expect(r.silentAbandonment![0]!.silentAbandoned).toBe(1);
    expect(r.endTime).toBe(110);
  });

  it('keeps each contact’s draws when more than 256 contacts are in the center at once', () => {
    // 300 chats at 0: the first is served 0–100, each of the 299 others has waited ≥ 100 s when
    // answered, so every one of them is found gone (10 s each).
    const times = Array.from({ length: 300 }, () => 0);
    const r = simulateModel(chatCenter(times, 1), { checkInvariants: true });
    expect(r.silentAbandonment![0]!.silentAbandoned).toBe(299);
    expect(r.endTime).toBe(100 + 299 * 10);
  });
});

describe('silent abandonment beside a type without it', () => {
  it('never finds gone a contact of the other type that reuses a silent leaver’s slot', () => {
    // Type a (chat, everyone leaves after 30 s in queue; discovery 50 s), type b without it.
    // a#0 is served 0–100 in slot 0; a#1 (at 5) is found gone at 100: 100–150. b#2 arrives at 101,
    // takes slot 0 back and waits 49 s: its customer is still there, served in full 150–250.
    const base = chatCenter([0, 5], 200);
    const a = { ...base.contactTypes[0]!, silentAbandonment: { probability: 1, after: deterministic({ value: 30 }), discoveryTime: deterministic({ value: 50 }) } };
    const { silentAbandonment: _none, ...plain } = a;
    const b = { ...plain, id: 1, name: 'b', arrivals: { kind: 'trace' as const, times: [101] } };
    const r = simulateModel({ ...base, contactTypes: [a, b] }, { checkInvariants: true });
    expect(r.silentAbandonment!.map((t) => [t.name, t.silentAbandoned])).toEqual([['calls', 1]]);
    expect(r.endTime).toBe(250);
  });
});
