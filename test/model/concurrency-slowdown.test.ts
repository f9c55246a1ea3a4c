import { describe, expect, it } from 'vitest';
import type { ContactTypeDefinition, ModelDefinition } from '../../src/model/definition';
import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import { deterministic } from '../../src/random/distributions/deterministic';
import { simulateModel } from '../../src/run/simulate';
import { singleQueueModel } from '../support/models';

/** One agent holding up to `concurrency` chats of `handle` seconds each, arriving at `times`. */
function chats(times: number[], handle: number, concurrency: number, slowdown: number[] | null, wrapUp = 0): ModelDefinition {
  const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: handle }), agents: 1, horizon: 10_000, endOfDay: 'drain' });
  const chat: ContactTypeDefinition = { ...base.contactTypes[0]!, channel: 1, arrivals: { kind: 'trace', times } };
  const group = base.agentGroups[0]!;
  return {
    ...base,
    contactTypes: [chat],
    agentGroups: [
      {
        ...group,
        concurrency: [0, concurrency, 0, 0],
        wrapUp: wrapUp > 0 ? deterministic({ value: wrapUp }) : null,
        ...(slowdown === null ? {} : { slowdown: [[], slowdown, [], []] }),
      },
    ],
  };
}

function records(model: ModelDefinition): ContactRecord[] {
  const lines: string[] = [];
  simulateModel(model, { checkInvariants: true, observers: [new ContactTrace((l) => lines.push(l), { format: 'jsonl' })] });
  return lines.map((l) => JSON.parse(l) as ContactRecord).sort((a, b) => a.arrival - b.arrival);
}

describe('ConcurrencySlowdown', () => {
  it('stretches two overlapping chats by the factor of two held (worked out by hand)', () => {
    // 0–50: A alone at full speed (50 of 100 s done). 50–150: both at half speed, A finishes its
    // last 50 s of work at 150 while B does 50. 150–200: B alone finishes its last 50.
    const r = records(chats([0, 50], 100, 2, [1, 2]));
    expect(r.map((c) => c.end)).toEqual([150, 200]);
    expect(r.map((c) => c.handleTime)).toEqual([150, 150]);
  });

  it('reschedules every chat in hand whenever the agent takes or puts one down', () => {
    // Work 60 s each, factors 1, 1.5, 2; arrivals 0, 10, 20.
    // 0–10 A alone: A 50 left. 10–20 two at 2/3: A 130/3, B 160/3 left.
    // From 20 three at 1/2: A done after 2·130/3 → ends 320/3; B 30/3 and C 50/3 left.
    // Then two at 2/3: B ends 1.5·10 later, 365/3; C 20/3 left; C alone ends 385/3.
    const r = records(chats([0, 10, 20], 60, 3, [1, 1.5, 2]));
    const ends = r.map((c) => c.end);
    expect(ends[0]).toBeCloseTo(320 / 3, 9);
    expect(ends[1]).toBeCloseTo(365 / 3, 9);
    expect(ends[2]).toBeCloseTo(385 / 3, 9);
  });

  it('counts a chat in wrap-up as held: the other chat stays slowed until the wrap-up ends', () => {
    // Work 100 each. 0–50 A alone; from 50 both at half speed: A ends at 150 and wraps up for
    // 30 s, still held, so B stays at half speed until 180 (65 of 100 done), then alone: ends at 215.
    const r = records(chats([0, 50], 100, 2, [1, 2], 30));
    expect(r.map((c) => c.end)).toEqual([150, 215]);
  });

  it('with a table of ones gives exactly the times of a model without slowdown', () => {
    const times = [0, 3, 7, 8, 20, 21, 22, 60];
    const plain = records(chats(times, 25, 3, null));
    const ones = records(chats(times, 25, 3, [1, 1, 1]));
    expect(ones.map((c) => [c.serviceStart, c.end])).toEqual(plain.map((c) => [c.serviceStart, c.end]));
  });

  it('lengthens the measured handle time and raises occupancy and utilization', () => {
    const times = Array.from({ length: 40 }, (_, i) => i * 20);
    const plain = simulateModel(chats(times, 60, 3, null), { checkInvariants: true });
    const slowed = simulateModel(chats(times, 60, 3, [1, 1.2, 1.5]), { checkInvariants: true });
    expect(plain.overall.meanHandleTime).toBe(60);
    // Three chats overlap at every moment after the start: each runs at 1/1.5 of full speed.
    expect(slowed.overall.meanHandleTime!).toBeGreaterThan(80);
    expect(slowed.agents.utilization!).toBeGreaterThan(plain.agents.utilization!);
  });
});
