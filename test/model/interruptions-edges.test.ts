import { describe, expect, it } from 'vitest';
import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import { simulate, type SimulationResult } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';
import { record } from '../support/interruption-center';

/**
 * Edges of the interruption rule (docs/channels.md "Interruptions"), each worked out by hand:
 * callback attempts never interrupt, an agent logging on, and a free agent the policy gives an
 * e-mail while a call waits (the zero-length spell).
 */

const fixed = (value: number) => ({ kind: 'deterministic', value });

/** One blended agent (voice, chat, e-mail; calls may suspend e-mail) and these contact types. */
function blended(contactTypes: unknown[], agents: unknown = 1): ScenarioInput {
  return {
    name: 'interruption edges',
    horizon: '1h',
    endOfDay: 'drain',
    skills: ['service'],
    contactTypes,
    agentGroups: [{ name: 'blended', agents, skills: { service: 1 }, channels: { voice: 1, chat: 1, email: 1 }, interruptions: { voice: ['email'] } }],
  } as ScenarioInput;
}

function run(scenario: ScenarioInput): { records: ContactRecord[]; result: SimulationResult } {
  const lines: string[] = [];
  const result = simulate(scenario, { seed: 1, checkInvariants: true, observers: [new ContactTrace((l) => lines.push(l), { format: 'jsonl' })] });
  return { records: lines.map((l) => JSON.parse(l) as ContactRecord), result };
}

/**
 * Calls of 60 s offered a virtual-hold callback (always accepted) when the predicted wait is above
 * 150 s. The agent logs on at 300 s. Queue-position prediction: before the log-on, the time to it
 * plus (calls waiting + 1) × 60 s; after it, (calls waiting + 1) × 60 s / 1 agent. So a call at 0
 * (300 + 60 = 360 s predicted) takes a callback, and a call after the log-on with one call in line
 * (120 s) is not offered one: it waits as a real call, behind the callback in the same queue.
 */
const callsWithCallback = (at: number[]) => ({
  name: 'calls',
  channel: 'voice',
  priority: 2,
  skills: { service: 1 },
  handleTime: fixed(60),
  arrivals: { trace: at },
  callback: { mode: 'virtual-hold', offerWhenWaitAbove: '150s', acceptance: 1 },
});
/** Chats and e-mails outrank calls, so at the log-on the agent takes a chat and an e-mail, not the callback. */
const chat = { name: 'chats', channel: 'chat', priority: 4, skills: { service: 1 }, handleTime: fixed(40), arrivals: { trace: [0] } };
const email = (at: number[], priority = 1) => ({ name: 'emails', channel: 'email', priority, skills: { service: 1 }, handleTime: fixed(100), arrivals: { trace: at } });
const fromFiveMinutes = { shifts: [{ start: '300s', end: '1h', agents: 1 }] };

describe('Interruptions: a callback attempt never interrupts', () => {
  it('skips the callback at the head of the voice queue and takes the real call behind it', () => {
    // Call C1 at 0 accepts a virtual-hold callback (360 s predicted) and keeps its place. At 300 the
    // agent logs on and takes the chat (300–340) and the e-mail (300–, due 400): holding a chat, it
    // cannot be interrupted. Call C2 at 310: 120 s predicted, no offer; it waits behind C1. At 340
    // the chat ends, only the e-mail (60 left) is in hand: the search skips the callback C1 and C2
    // takes the agent, 340–400. At 400 the policy gives the agent the waiting callback C1 (a waiting
    // call goes before the suspended e-mail), 400–460. At 460 the e-mail resumes: ends 520.
    const { records, result } = run(blended([callsWithCallback([0, 310]), chat, email([0], 3)], fromFiveMinutes));
    expect(result.callbacks[0]).toMatchObject({ offered: 1, accepted: 1, attempts: 1, completed: 1 });
    expect(record(records, 'calls', 310)).toMatchObject({ serviceStart: 340, end: 400 });
    expect(record(records, 'calls', 0)).toMatchObject({ serviceStart: 400, end: 460 });
    expect(record(records, 'emails', 0)).toMatchObject({ serviceStart: 300, end: 520, handleTime: 100 });
    expect(result.interruptions![0]).toMatchObject({ name: 'emails', interrupted: 1, interruptions: 1, meanSuspendedTime: 120 });
  });

  it('interrupts for nobody when only a callback waits: the e-mail ends first', () => {
    // As above without C2: at 340 the only waiting call is the callback C1, so the agent keeps its
    // e-mail to 400; then the policy gives it C1, 400–460.
    const { records, result } = run(blended([callsWithCallback([0]), chat, email([0], 3)], fromFiveMinutes));
    expect(result.callbacks[0]).toMatchObject({ offered: 1, accepted: 1, completed: 1 });
    expect(record(records, 'emails', 0)).toMatchObject({ end: 400, handleTime: 100 });
    expect(record(records, 'calls', 0)).toMatchObject({ serviceStart: 400, end: 460 });
    expect(result.interruptions![0]).toMatchObject({ interrupted: 0, interruptions: 0 });
  });

  it('does not let a due scheduled callback interrupt an agent holding only e-mail', () => {
    // Agent on duty from 0. Chat 0–40, e-mail 5– (due 105). Call C1 at 10 waits (chat in hand, 60 s
    // predicted), accepts a scheduled callback promised 60 s later: due at 70, when the agent holds
    // only the e-mail (since 40). A real call arriving then would interrupt it; the due callback
    // does not: it waits until the e-mail ends at 105, then 105–165.
    const scheduled = { ...callsWithCallback([10]), callback: { mode: 'scheduled', promise: '60s', offerWhenWaitAbove: '0s', acceptance: 1 } };
    const { records, result } = run(blended([scheduled, { ...chat, priority: 0 }, email([5])]));
    expect(result.callbacks[0]).toMatchObject({ offered: 1, accepted: 1, completed: 1 });
    expect(record(records, 'emails', 5)).toMatchObject({ end: 105, handleTime: 100 });
    expect(record(records, 'calls', 10)).toMatchObject({ serviceStart: 105, end: 165 });
  });
});

describe('Interruptions: an agent logging on', () => {
  const calls = (at: number[], priority = 2) => ({ name: 'calls', channel: 'voice', priority, skills: { service: 1 }, handleTime: fixed(50), arrivals: { trace: at } });
  const shift = { shifts: [{ start: '100s', end: '1h', agents: 1 }] };

  it('takes e-mails at log-on with no call waiting; a call arriving later interrupts', () => {
    // Nobody on duty before 100. E-mails at 0 and 10 wait. At 100 the agent logs on and takes E1
    // (e-mail concurrency 1), due 200; no call waits, so nothing interrupts. Call at 130: no free
    // agent, the agent is interruptible: E1 suspended with 70 left, call 130–180 (wait 0). At 180 E1
    // resumes: ends 250; E2 250–350.
    const { records, result } = run(blended([calls([130]), email([0, 10])], shift));
    expect(record(records, 'calls', 130)).toMatchObject({ serviceStart: 130, end: 180, wait: 0 });
    expect(record(records, 'emails', 0)).toMatchObject({ serviceStart: 100, end: 250, handleTime: 100 });
    expect(record(records, 'emails', 10)).toMatchObject({ serviceStart: 250, end: 350 });
    expect(result.interruptions![0]).toMatchObject({ interrupted: 1, interruptions: 1, meanSuspendedTime: 50 });
  });

  it('gives a call waiting at log-on the agent at once, even when the policy ranks e-mail first', () => {
    // E-mails (priority 3) outrank calls (priority 2). E-mail at 0 and call at 50 wait for the log-on
    // at 100. The policy gives the agent the e-mail first, which makes it interruptible with a call
    // waiting: the call takes it at once, 100–150 (wait 50), the e-mail suspended at 100 with all
    // its 100 s of work left. At 150 it resumes: ends 250, handle time 100 (nothing for the
    // zero-length spell at 100).
    const { records, result } = run(blended([calls([50]), email([0], 3)], shift));
    expect(record(records, 'calls', 50)).toMatchObject({ serviceStart: 100, end: 150, wait: 50 });
    expect(record(records, 'emails', 0)).toMatchObject({ serviceStart: 100, end: 250, handleTime: 100 });
    expect(result.interruptions![0]).toMatchObject({ interrupted: 1, interruptions: 1, meanSuspendedTime: 50, meanHandleTime: 100 });
    // The calls-first policy order gives the same agent timeline without the zero-length spell.
    const callsFirst = run(blended([calls([50]), email([0], 1)], shift));
    expect(record(callsFirst.records, 'calls', 50)).toMatchObject({ serviceStart: 100, end: 150 });
    expect(record(callsFirst.records, 'emails', 0)).toMatchObject({ serviceStart: 150, end: 250, handleTime: 100 });
    expect(callsFirst.result.interruptions![0]).toMatchObject({ interrupted: 0 });
  });
});

describe('Interruptions: a free agent the policy gives an e-mail while a call waits (zero-length spell)', () => {
  it('starts the e-mail and suspends it at the same instant with its full work left', () => {
    // E-mails (priority 3) outrank calls (priority 2). Call C1 0–50. Call C2 at 10 and e-mail E at
    // 20 wait. At 50 C1 ends and the agent is free: the policy gives it E (serviceStart 50, wait 30),
    // which makes it interruptible while C2 waits: C2 takes it at once, 50–100, E suspended at 50
    // with all its 100 s left. At 100 E resumes: ends 200, handle time 100, suspended 50.
    const calls = { name: 'calls', channel: 'voice', priority: 2, skills: { service: 1 }, handleTime: fixed(50), arrivals: { trace: [0, 10] } };
    const { records, result } = run(blended([calls, email([20], 3)]));
    expect(record(records, 'calls', 10)).toMatchObject({ serviceStart: 50, end: 100, wait: 40 });
    expect(record(records, 'emails', 20)).toMatchObject({ serviceStart: 50, wait: 30, end: 200, handleTime: 100 });
    expect(result.interruptions![0]).toMatchObject({ served: 1, interrupted: 1, interruptions: 1, meanSuspendedTime: 50, meanHandleTime: 100 });
    expect(result.byContactType.find((t) => t.name === 'emails')!.meanHandleTime).toBe(100);
  });
});
