import { describe, expect, it } from 'vitest';
import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import { simulate } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';

/**
 * Concurrency slowdown with more than one agent and group, and with more contacts in the center
 * than the slowdown's first tables hold (test/model/concurrency-slowdown.test.ts has one agent).
 * Every time is worked out by hand.
 */
function ends(input: Record<string, unknown>): Map<string, number[]> {
  const lines: string[] = [];
  simulate({ name: 'slowdown', horizon: '1h', ...input } as ScenarioInput, {
    seed: 1,
    checkInvariants: true,
    observers: [new ContactTrace((l) => lines.push(l), { format: 'jsonl' })],
  });
  const byType = new Map<string, number[]>();
  for (const r of lines.map((l) => JSON.parse(l) as ContactRecord).sort((a, b) => a.arrival - b.arrival || a.serial - b.serial)) {
    byType.set(r.type, [...(byType.get(r.type) ?? []), r.end]);
  }
  return byType;
}

const deterministic = (value: number) => ({ kind: 'deterministic', value });

describe('ConcurrencySlowdown across agents and groups', () => {
  it('slows only the group with a table, whichever agent number serves it', () => {
    // Agent 0 (group plain, no slowdown) and agent 1 (group slowed, [1, 2]) each take two chats of
    // 100 s arriving at 0 and 50. Plain: 100 and 150. Slowed: 0–50 alone, then both at half speed,
    // the first ends at 150, the second alone from 150 with 50 s of work left: 200.
    const byType = ends({
      skills: ['a', 'b'],
      contactTypes: [
        { name: 'A', channel: 'chat', skills: { a: 1 }, handleTime: deterministic(100), arrivals: { trace: [0, 50] } },
        { name: 'B', channel: 'chat', skills: { b: 1 }, handleTime: deterministic(100), arrivals: { trace: [0, 50] } },
      ],
      agentGroups: [
        { name: 'plain', agents: 1, skills: { a: 1 }, channels: { chat: 2 } },
        { name: 'slowed', agents: 1, skills: { b: 1 }, channels: { chat: 2 }, slowdown: { chat: [1, 2] } },
      ],
    });
    expect(byType.get('A')).toEqual([100, 150]);
    expect(byType.get('B')).toEqual([150, 200]);
  });

  it('keeps the work of each chat when more chats are in the center than its first tables hold', () => {
    // 300 chats of 10 s at 0, one agent taking two at a time, both at half speed: the k-th pair
    // (k = 1..150) ends at 20 k, the last at 3000 (the contacts past the 256th need larger tables).
    const byType = ends({
      skills: ['s'],
      contactTypes: [{ name: 'C', channel: 'chat', skills: { s: 1 }, handleTime: deterministic(10), arrivals: { trace: Array.from({ length: 300 }, () => 0) } }],
      agentGroups: [{ name: 'g', agents: 1, skills: { s: 1 }, channels: { chat: 2 }, slowdown: { chat: [1, 2] } }],
    });
    expect(byType.get('C')).toEqual(Array.from({ length: 300 }, (_, i) => 20 * (Math.floor(i / 2) + 1)));
  });
});
