import { describe, expect, it } from 'vitest';
import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import { simulate } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';
import { center, record, run as runModel, type TypeSpec } from '../support/interruption-center';

/**
 * The two candidate searches of the interruption rule (InterruptionCandidates, docs/channels.md
 * "Interruptions"), each case worked out by hand: which waiting call takes an agent that has just
 * become interruptible (type priority, then earlier queue entry, then smaller serial, across the
 * voice queues of its group), and which agent a call interrupts (the one busy longest, then the
 * lower id; never one leaving).
 */

const fixed = (value: number) => ({ kind: 'deterministic', value });
const voice = (name: string, at: number[], priority: number) => ({ name, channel: 'voice', priority, skills: { service: 1 }, handleTime: fixed(50), arrivals: { trace: at } });
const emails = (at: number[], time = 100, priority = 3) => ({ name: 'emails', channel: 'email', priority, skills: { service: 1 }, handleTime: fixed(time), arrivals: { trace: at } });
const group = (name: string, agents: unknown) => ({ name, agents, skills: { service: 1 }, channels: { voice: 1, email: 1 }, interruptions: { voice: ['email'] } });

function run(contactTypes: unknown[], groups: unknown[], routing?: unknown): ContactRecord[] {
  const scenario = { name: 'candidates', horizon: '1h', endOfDay: 'drain', skills: ['service'], contactTypes, agentGroups: groups, ...(routing === undefined ? {} : { routing }) } as ScenarioInput;
  const lines: string[] = [];
  simulate(scenario, { seed: 1, checkInvariants: true, observers: [new ContactTrace((l) => lines.push(l), { format: 'jsonl' })] });
  return lines.map((l) => JSON.parse(l) as ContactRecord);
}

const fromHundred = { shifts: [{ start: '100s', end: '1h', agents: 1 }] };

describe('InterruptionCandidates.callFor: the waiting call that takes an agent', () => {
  it('takes the higher type priority first, even in the earlier queue and against an older call', () => {
    // Calls A (priority 2, at 0) and B (priority 1, at 5, its own queue after A's) and an e-mail
    // (priority 3, at 10) wait for the log-on at 100. The policy gives the e-mail; A takes the agent
    // (100–150), then B (150–200); the e-mail resumes and ends at 300.
    const r = run([voice('calls-a', [0], 2), voice('calls-b', [5], 1), emails([10])], [group('blended', fromHundred)]);
    expect(record(r, 'calls-a', 0)).toMatchObject({ serviceStart: 100, end: 150 });
    expect(record(r, 'calls-b', 5)).toMatchObject({ serviceStart: 150, end: 200 });
    expect(record(r, 'emails', 10)).toMatchObject({ serviceStart: 100, end: 300 });
  });

  it('at equal priority takes the call that entered its queue first, whichever queue', () => {
    // As above with equal priorities: B (at 5, the later queue) waited longer than A (at 15).
    const r = run([voice('calls-a', [15], 2), voice('calls-b', [5], 2), emails([10])], [group('blended', fromHundred)]);
    expect(record(r, 'calls-b', 5)).toMatchObject({ serviceStart: 100 });
    expect(record(r, 'calls-a', 15)).toMatchObject({ serviceStart: 150 });
  });

  it('at equal priority takes the call that entered its queue first, though it arrived later', () => {
    // A arrives at 0 but spends 30 s in a self-service stage (it queues at 30); B arrives and queues
    // at 10. The agent logs on at 100; the policy gives the e-mail (priority 3, at 20), then B, in
    // its queue since 10, takes the agent (100–150) before A (150–200).
    const stage = { time: fixed(30), containment: 0 };
    const r = run([{ ...voice('calls-a', [0], 2), selfService: stage }, voice('calls-b', [10], 2), emails([20])], [group('blended', fromHundred)]);
    expect(record(r, 'calls-b', 10)).toMatchObject({ serviceStart: 100 });
    expect(record(r, 'calls-a', 30)).toMatchObject({ serviceStart: 150 });
  });

  // One agent on duty from 0. The first call (0–50) holds it while the two calls of 10 wait; the
  // e-mail (priority 3) at 20 waits too. At 50 the policy gives the e-mail, which makes the agent
  // interruptible: one of the calls of 10 takes it (50–100), the other follows (100–150); the
  // e-mail resumes at 150 and ends at 250.
  const types = (a: number[], b: number[], first: TypeSpec[]): TypeSpec[] => [
    ...first,
    { name: 'calls-a', channel: 0, at: a, time: 50, priority: 2 },
    { name: 'calls-b', channel: 0, at: b, time: 50, priority: 2 },
    { name: 'emails', channel: 2, at: [20], time: 100, priority: 3 },
  ];

  it('at equal priority and queue time takes the smaller serial: the call of the earlier queue', () => {
    // Both calls' arrivals at 10 were scheduled at the start, A's first: A has the smaller serial.
    const { records } = runModel(center({ types: types([10], [10], [{ name: 'calls-0', channel: 0, at: [0], time: 50, priority: 2 }]), concurrency: [1, 0, 1, 0], suspends: [2] }));
    expect(record(records, 'calls-a', 10)).toMatchObject({ serviceStart: 50 });
    expect(record(records, 'calls-b', 10)).toMatchObject({ serviceStart: 100 });
    expect(record(records, 'emails', 20)).toMatchObject({ serviceStart: 50, end: 250 });
  });

  it('at equal priority and queue time takes the smaller serial: the call of the later queue', () => {
    // A's call at 10 is scheduled when its call at 0 arrives, after B's (scheduled at the start):
    // B's arrives first and has the smaller serial.
    const { records } = runModel(center({ types: types([0, 10], [10], []), concurrency: [1, 0, 1, 0], suspends: [2] }));
    expect(record(records, 'calls-a', 0)).toMatchObject({ serviceStart: 0, end: 50 });
    expect(record(records, 'calls-b', 10)).toMatchObject({ serviceStart: 50 });
    expect(record(records, 'calls-a', 10)).toMatchObject({ serviceStart: 100 });
  });
});

describe('InterruptionCandidates.agentFor: the agent a call interrupts', () => {
  it('at equal busy time interrupts the lower agent id (of the first group)', () => {
    // Two groups of one agent each. E-mails at 0 go to agent 0 (group g0), then agent 1 (g1): both
    // interruptible since 0. The call at 10 interrupts agent 0.
    const r = run([voice('calls', [10], 2), emails([0, 0])], [group('g0', 1), group('g1', 1)]);
    expect(record(r, 'calls', 10)).toMatchObject({ serviceStart: 10, group: 'g0' });
    const interrupted = r.filter((c) => c.type === 'emails' && c.end === 150);
    expect(interrupted.map((c) => c.group)).toEqual(['g0']);
  });

  it('orders agents by their current busy spell, not by one that ended', () => {
    // Two agents, one e-mail each at a time. Short e-mail 0–40 on one agent; e-mail E2 at 20 on the
    // other (due 120); E3 at 30 waits and restarts the first agent's spell at 40 (due 140). The call
    // at 60 interrupts the agent busy since 20: E2 (60 left), call 60–110, E2 ends 170; E3 ends 140.
    const types: TypeSpec[] = [
      { name: 'calls', channel: 0, at: [60], time: 50 },
      { name: 'short', channel: 2, at: [0], time: 40 },
      { name: 'emails', channel: 2, at: [20, 30], time: 100 },
    ];
    const { records } = runModel(center({ types, concurrency: [1, 0, 1, 0], suspends: [2], agents: 2 }));
    const e2 = record(records, 'emails', 20);
    expect(e2).toMatchObject({ serviceStart: 20, end: 170, handleTime: 100 });
    expect(record(records, 'emails', 30)).toMatchObject({ serviceStart: 40, end: 140 });
    expect(record(records, 'calls', 60)).toMatchObject({ serviceStart: 60, agent: e2.agent });
  });

  it('never lets a call interrupt an agent whose shift has ended (it is leaving)', () => {
    // Two e-mail slots; shift 0–100, then 500–1h. E1 0– (due 200), E2 10–110; the shift ends at 100
    // while the agent holds both: it is leaving. The call at 105 waits; at 110 E2 ends and the agent
    // holds only E1, work a call may suspend, but a leaving agent is not interruptible: it finishes
    // E1 at 200 and logs off; the call waits for the next shift, 500–550.
    const shifts = { shifts: [{ start: '0s', end: '100s', agents: 1 }, { start: '500s', end: '1h', agents: 1 }] };
    const twoSlots = { ...group('blended', shifts), channels: { voice: 1, email: 2 } };
    const r = run([voice('calls', [105], 2), emails([0], 200), { ...emails([10]), name: 'short' }], [twoSlots]);
    expect(record(r, 'emails', 0)).toMatchObject({ serviceStart: 0, end: 200, handleTime: 200 });
    expect(record(r, 'short', 10)).toMatchObject({ serviceStart: 10, end: 110 });
    expect(record(r, 'calls', 105)).toMatchObject({ serviceStart: 500 });
  });

  it('lets an agent whose shift ended during a call resume its e-mail, not take the next call', () => {
    // Shift 0–50, then 500–1h. E-mail 0– (200 s); call C1 at 10 suspends it (10 s done) and runs
    // 10–60; the shift ends at 50. Call C2 waits from 20. At 60 the leaving agent resumes the e-mail
    // (190 s left, 60–250) and logs off; C2 waits for the next shift, 500–550.
    const shifts = { shifts: [{ start: '0s', end: '50s', agents: 1 }, { start: '500s', end: '1h', agents: 1 }] };
    const r = run([voice('calls', [10, 20], 2), emails([0], 200)], [group('blended', shifts)]);
    expect(record(r, 'emails', 0)).toMatchObject({ serviceStart: 0, end: 250 });
    expect(record(r, 'calls', 10)).toMatchObject({ serviceStart: 10, end: 60 });
    expect(record(r, 'calls', 20)).toMatchObject({ serviceStart: 500, end: 550 });
  });

  it('never makes an agent of a group that takes no calls interruptible', () => {
    // A rule on an e-mail-only group: its e-mails (0–100, then 100–200) run as without it.
    const types: TypeSpec[] = [{ name: 'emails', channel: 2, at: [0, 10], time: 100 }];
    const { records, result } = runModel(center({ types, concurrency: [0, 0, 1, 0], suspends: [2] }));
    expect(records.map((c) => [c.serviceStart, c.end])).toEqual([
      [0, 100],
      [100, 200],
    ]);
    expect(result.interruptions![0]).toMatchObject({ served: 2, interrupted: 0 });
  });

  it('never makes a free agent interruptible, even one the policy keeps free while a call waits', () => {
    // fixed-queue-ratio-threshold: calls are home to the front desk; the blended group helps only
    // past 5 waiting. Call L (0–100) takes the front desk; the blended agent's e-mail runs 0–10,
    // then it is free. Call C at 20 waits for the front desk (the policy keeps the blended agent
    // free, and a free agent holds nothing to suspend): 100–200.
    const front = { name: 'front', agents: 1, skills: { service: 1 }, channels: { voice: 1 } };
    const routing = { policy: 'fixed-queue-ratio-threshold', options: { homeGroups: { calls: ['front'] }, thresholds: { calls: 5 } } };
    const r = run([{ ...voice('calls', [0, 20], 2), handleTime: fixed(100) }, emails([0], 10)], [front, group('blended', 1)], routing);
    expect(record(r, 'emails', 0)).toMatchObject({ group: 'blended', end: 10 });
    expect(record(r, 'calls', 0)).toMatchObject({ group: 'front', serviceStart: 0 });
    expect(record(r, 'calls', 20)).toMatchObject({ group: 'front', serviceStart: 100 });
  });
});

