import { describe, expect, it } from 'vitest';
import { AgentTime } from '../../src/metrics/agent-time';
import type { ContactCenterView } from '../../src/model/view';

/** A stub view of agents whose load per channel (voice, chat, email, messaging) and availability the test sets. */
function stubAgents(groupOf: number[], concurrency: number[][]) {
  const load = groupOf.map(() => [0, 0, 0, 0]);
  const available = groupOf.map(() => false);
  const view = {
    agentCount: groupOf.length,
    model: { agentGroups: concurrency.map((c) => ({ concurrency: c })) },
    agentGroup: (a: number) => groupOf[a]!,
    agentAvailable: (a: number) => available[a]!,
    agentLoad: (a: number, ch?: number) => (ch === undefined ? load[a]!.reduce((x, y) => x + y, 0) : load[a]![ch]!),
  };
  return { load, available, asView: view as unknown as ContactCenterView };
}

describe('AgentTime', () => {
  it('integrates time logged on, occupied and capacity used between state changes, by hand', () => {
    // agent 0: a voice agent; agent 1: 3 chats or 2 e-mails at once (no voice)
    const { load, available, asView } = stubAgents([0, 1], [[1], [0, 3, 2]]);
    const time = new AgentTime(asView);
    available[0] = true;
    time.change(0, 10); // logs on at 10
    expect([time.staffedCount, time.busyCount]).toEqual([1, 0]);
    load[0]![0] = 1;
    available[0] = false;
    time.change(0, 30); // a call from 30: busy, fully used (still on duty: holding a contact)
    expect([time.staffedCount, time.busyCount]).toEqual([1, 1]);
    load[0]![0] = 0;
    available[0] = true;
    time.change(0, 70); // idle again at 70
    expect([time.staffedCount, time.busyCount]).toEqual([1, 0]);
    available[1] = true;
    time.change(1, 0); // agent 1 on from 0
    load[1]![1] = 1;
    time.change(1, 20); // one chat of three: a third used
    load[1]![2] = 1;
    time.change(1, 50); // + one e-mail of two: 1/3 + 1/2 = 5/6
    load[1]![1] = 3;
    time.change(1, 80); // three chats and an e-mail: capped at 1
    load[1]![1] = 0;
    load[1]![2] = 0;
    available[1] = false;
    time.change(1, 90); // logs off at 90
    expect([time.staffedCount, time.busyCount]).toEqual([1, 0]);
    time.close(100);
    // agent 0: on 10..100 = 90; busy 30..70 = 40, used 40
    expect([time.staffed(0), time.occupied(0), time.used(0)]).toEqual([90, 40, 40]);
    // agent 1: on 0..90; busy 20..90 = 70; used 30/3 + 30 × 5/6 + 10 × 1 = 45
    expect(time.staffed(1)).toBe(90);
    expect(time.occupied(1)).toBe(70);
    expect(time.used(1)).toBeCloseTo(45, 12);
  });

  it('forgets the time before restart() and counts from it on, for agents whose state did not change since', () => {
    const { load, available, asView } = stubAgents([0, 0], [[2]]);
    const time = new AgentTime(asView);
    available[0] = true;
    time.change(0, 0);
    load[1]![0] = 1; // agent 1 on one of its two voice lines: voice takes the whole agent
    time.change(1, 5);
    time.restart(50);
    expect([time.staffed(0), time.staffed(1), time.occupied(1), time.used(1)]).toEqual([0, 0, 0, 0]);
    time.close(80);
    expect([time.staffed(0), time.occupied(0), time.staffed(1), time.occupied(1), time.used(1)]).toEqual([30, 0, 30, 30, 30]);
    // a change at the restart time or before it adds nothing
    const late = stubAgents([0], [[1]]);
    const t2 = new AgentTime(late.asView);
    late.available[0] = true;
    t2.change(0, 0);
    t2.restart(100);
    t2.change(0, 60); // a stale time before the restart: no negative time
    t2.close(100);
    expect(t2.staffed(0)).toBe(0);
    t2.close(130);
    expect(t2.staffed(0)).toBe(30);
  });
});
