import { describe, expect, it } from 'vitest';
import { AgentTable } from '../../src/model/agent-table';
import { CHANNEL_COUNT } from '../../src/model/channel';
import { deterministic } from '../../src/random/distributions/deterministic';
import { singleQueueModel } from '../support/models';

const VOICE = 0;
const CHAT = 1;

/**
 * Group 0: agents 0, 1, 2 taking one call or two chats; group 1: agent 3 taking one chat (no voice).
 * Nobody is on duty at first.
 */
function table(): AgentTable {
  const g = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 1 }), agents: 1, horizon: 10 }).agentGroups[0]!;
  return new AgentTable(
    [
      { ...g, id: 0, concurrency: [1, 2, 0, 0] },
      { ...g, id: 1, concurrency: [0, 1, 0, 0] },
    ],
    [3, 1],
  );
}

/** The agents of a (group, channel) pool, head first. */
function pool(t: AgentTable, group: number, channel: number): number[] {
  const list: number[] = [];
  for (let a = t.poolFirst(group, channel); a >= 0; a = t.poolAfter(a, channel)) list.push(a);
  return list;
}

/** An agent takes (+1) or puts down (-1) a contact of `channel` at `now`. */
function load(t: AgentTable, agent: number, channel: number, delta: number, now: number): void {
  t.load[agent * CHANNEL_COUNT + channel]! += delta;
  t.totalLoad[agent]! += delta;
  t.refresh(agent, now);
}

/** Group 0's pools, their head's idle time and sizes, and the channels' pool sizes over all groups. */
function snapshot(t: AgentTable) {
  return {
    voice: pool(t, 0, VOICE),
    chat: pool(t, 0, CHAT),
    sizes: [t.poolCount(0, VOICE), t.poolCount(0, CHAT), t.poolCount(1, VOICE), t.poolCount(1, CHAT)],
    channels: [t.channelPoolCount(VOICE), t.channelPoolCount(CHAT)],
  };
}

describe('AgentTable free pools', () => {
  it('files agents by the time their load last changed, and takes them out when they cannot take a contact', () => {
    const t = table();
    expect(t.members.map((m) => Array.from(m))).toEqual([[0, 1, 2], [3]]);
    expect(Array.from(t.group)).toEqual([0, 0, 0, 1]);
    expect(snapshot(t)).toEqual({ voice: [], chat: [], sizes: [0, 0, 0, 0], channels: [0, 0] });
    // Log on at 0, 1, 2, 3.
    for (let a = 0; a < 4; a++) {
      t.onDuty[a] = 1;
      t.refresh(a, a);
    }
    expect(snapshot(t)).toEqual({ voice: [0, 1, 2], chat: [0, 1, 2], sizes: [3, 3, 0, 1], channels: [3, 4] });
    expect([t.poolFirstIdleSince(0, VOICE), t.poolFirstIdleSince(1, CHAT)]).toEqual([0, 3]);

    // 5 s: agent 1 (middle of both pools) takes a chat: no call now (a call is exclusive); one more
    // chat, so it goes to the end of the chat pool.
    load(t, 1, CHAT, 1, 5);
    expect(snapshot(t)).toEqual({ voice: [0, 2], chat: [0, 2, 1], sizes: [2, 3, 0, 1], channels: [2, 4] });

    // 6 s: agent 0 (the heads) takes a call: out of both pools; agent 2 heads them, idle since 2.
    load(t, 0, VOICE, 1, 6);
    expect(snapshot(t)).toEqual({ voice: [2], chat: [2, 1], sizes: [1, 2, 0, 1], channels: [1, 3] });
    expect([t.poolFirstIdleSince(0, VOICE), t.poolFirstIdleSince(0, CHAT)]).toEqual([2, 2]);

    // 7 s: agent 2 (the voice pool's head and tail) takes a call: the voice pool is empty; agent 1
    // heads the chat pool, idle since 5.
    load(t, 2, VOICE, 1, 7);
    expect(snapshot(t)).toEqual({ voice: [], chat: [1], sizes: [0, 1, 0, 1], channels: [0, 2] });
    expect(t.poolFirstIdleSince(0, CHAT)).toBe(5);

    // 8 s: agent 1's second chat fills it.
    load(t, 1, CHAT, 1, 8);
    expect(snapshot(t)).toEqual({ voice: [], chat: [], sizes: [0, 0, 0, 1], channels: [0, 1] });

    // 9 s: agent 0 ends its call. 10 s: agent 2 is to log off; 11 s: it ends its call and stays out.
    load(t, 0, VOICE, -1, 9);
    t.leaving[2] = 1;
    load(t, 2, VOICE, -1, 11);
    expect(snapshot(t)).toEqual({ voice: [0], chat: [0], sizes: [1, 1, 0, 1], channels: [1, 2] });
    expect(t.poolFirstIdleSince(0, VOICE)).toBe(9);

    // 12 s: agent 1 puts one chat down: behind agent 0 in the chat pool, still no call.
    load(t, 1, CHAT, -1, 12);
    expect(snapshot(t)).toEqual({ voice: [0], chat: [0, 1], sizes: [1, 2, 0, 1], channels: [1, 3] });
    expect(t.idleSince[1]).toBe(12);
  });

  it('gives no next agent after an agent outside the pool: never filed, or taken out', () => {
    const t = table();
    // Nobody on duty: agent 0 was never filed.
    expect([t.poolAfter(0, VOICE), t.poolAfter(0, CHAT)]).toEqual([-1, -1]);
    for (let a = 0; a < 3; a++) {
      t.onDuty[a] = 1;
      t.refresh(a, a);
    }
    expect(t.poolAfter(0, VOICE)).toBe(1);
    // Agent 0 takes a call: out of both pools, and no longer followed by agent 1.
    load(t, 0, VOICE, 1, 5);
    expect([t.poolAfter(0, VOICE), t.poolAfter(0, CHAT)]).toEqual([-1, -1]);
    expect(pool(t, 0, VOICE)).toEqual([1, 2]);
  });

  it('lets an agent take a contact only on duty, not leaving, below its capacity and never beside a call', () => {
    const t = table();
    // Off duty: nothing.
    expect([t.canTake(0, VOICE), t.canTake(0, CHAT)]).toEqual([false, false]);
    for (let a = 0; a < 4; a++) t.onDuty[a] = 1;
    // Agent 3's group takes no calls.
    expect([t.canTake(3, VOICE), t.canTake(3, CHAT)]).toEqual([false, true]);
    // One chat in hand: a second chat, no call.
    t.load[1 * CHANNEL_COUNT + CHAT] = 1;
    t.totalLoad[1] = 1;
    expect([t.canTake(1, VOICE), t.canTake(1, CHAT)]).toEqual([false, true]);
    // Two chats: full.
    t.load[1 * CHANNEL_COUNT + CHAT] = 2;
    t.totalLoad[1] = 2;
    expect(t.canTake(1, CHAT)).toBe(false);
    // On a call: no chat.
    t.load[0 * CHANNEL_COUNT + VOICE] = 1;
    t.totalLoad[0] = 1;
    expect([t.canTake(0, VOICE), t.canTake(0, CHAT)]).toEqual([false, false]);
    // Leaving: nothing.
    t.leaving[2] = 1;
    expect([t.canTake(2, VOICE), t.canTake(2, CHAT)]).toEqual([false, false]);
    expect([t.capacity[0 * CHANNEL_COUNT + CHAT], t.capacity[1 * CHANNEL_COUNT + VOICE]]).toEqual([2, 0]);
  });
});
