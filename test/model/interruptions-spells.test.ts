import { describe, expect, it } from 'vitest';
import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import { simulate, type SimulationResult } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';
import { center, record, run as runModel } from '../support/interruption-center';

/**
 * When an agent becomes (or stops being) interruptible (docs/channels.md "Interruptions"), each
 * case worked out by hand on one blended agent: voice, chat and e-mail, calls may suspend e-mail.
 */

const fixed = (value: number) => ({ kind: 'deterministic', value });
const calls = (at: number[], time = 50, priority = 2) => ({ name: 'calls', channel: 'voice', priority, skills: { service: 1 }, handleTime: fixed(time), arrivals: { trace: at } });
const emails = (at: number[], time = 100, priority = 3) => ({ name: 'emails', channel: 'email', priority, skills: { service: 1 }, handleTime: fixed(time), arrivals: { trace: at } });

function blended(contactTypes: unknown[], agents: unknown, email = 1): ScenarioInput {
  return {
    name: 'interruption spells',
    horizon: '1h',
    endOfDay: 'drain',
    skills: ['service'],
    contactTypes,
    agentGroups: [{ name: 'blended', agents, skills: { service: 1 }, channels: { voice: 1, chat: 1, email }, interruptions: { voice: ['email'] } }],
  } as ScenarioInput;
}

function run(scenario: ScenarioInput): { records: ContactRecord[]; result: SimulationResult } {
  const lines: string[] = [];
  const result = simulate(scenario, { seed: 1, checkInvariants: true, observers: [new ContactTrace((l) => lines.push(l), { format: 'jsonl' })] });
  return { records: lines.map((l) => JSON.parse(l) as ContactRecord), result };
}

const fromHundred = { shifts: [{ start: '100s', end: '1h', agents: 1 }] };

describe('Interruptions: the agent becomes interruptible as it takes work', () => {
  it('is interrupted after its first e-mail at log-on, before the policy gives it a second', () => {
    // E-mails (priority 3) outrank calls; two e-mail slots. E1 at 0, E2 at 5 and the call at 50 wait
    // for the log-on at 100. The policy gives E1: the agent, now interruptible, takes the call at
    // once (100–150), E1 suspended with its 100 s. At 150 E1 resumes (ends 250) and E2 starts
    // (150–250).
    const { records, result } = run(blended([calls([50]), emails([0, 5])], fromHundred, 2));
    expect(record(records, 'calls', 50)).toMatchObject({ serviceStart: 100, end: 150 });
    expect(record(records, 'emails', 0)).toMatchObject({ serviceStart: 100, end: 250, handleTime: 100 });
    expect(record(records, 'emails', 5)).toMatchObject({ serviceStart: 150, end: 250, wait: 145 });
    expect(result.interruptions![0]).toMatchObject({ interrupted: 1, interruptions: 1 });
  });

  it('takes the call in the first contact slot that waits at log-on', () => {
    // The call arrives first (at 0), the e-mail at 10; both wait for the log-on at 100. The policy
    // gives the e-mail (priority 3), the call takes the agent at once: 100–150; the e-mail ends 250.
    const { records } = run(blended([calls([0]), emails([10])], fromHundred));
    expect(record(records, 'calls', 0)).toMatchObject({ serviceStart: 100, end: 150, wait: 100 });
    expect(record(records, 'emails', 10)).toMatchObject({ serviceStart: 100, end: 250 });
  });

  it('is not interruptible while it still holds a chat when its e-mail ends', () => {
    // Chat 0–100 and e-mail 0–40 side by side; the call at 10 waits. At 40 the e-mail ends, the chat
    // is still in hand: the call waits on to 100 (100–150).
    const chats = { name: 'chats', channel: 'chat', priority: 1, skills: { service: 1 }, handleTime: fixed(100), arrivals: { trace: [0] } };
    const { records, result } = run(blended([calls([10]), chats, emails([0], 40)], 1));
    expect(record(records, 'calls', 10)).toMatchObject({ serviceStart: 100, wait: 90 });
    expect(record(records, 'emails', 0)).toMatchObject({ end: 40, handleTime: 40 });
    expect(result.interruptions![0]).toMatchObject({ interrupted: 0 });
  });
});

describe('Interruptions: an agent whose shift ended during the call', () => {
  it('resumes its suspended e-mail and takes no waiting call before it logs off', () => {
    // Shift 0–100, then 500–1h. E-mail 0– (due 200); call C1 at 50 suspends it (150 left), 50–150;
    // call C2 at 60 waits. The shift ends at 100 while the agent is on C1: it is leaving. At 150 it
    // resumes the e-mail (ends 300) and logs off; C2 waits for the next shift: 500–550.
    const shifts = { shifts: [{ start: '0s', end: '100s', agents: 1 }, { start: '500s', end: '1h', agents: 1 }] };
    const { records, result } = run(blended([calls([50, 60], 100, 2), emails([0], 200, 1)], shifts));
    expect(record(records, 'calls', 50)).toMatchObject({ serviceStart: 50, end: 150 });
    expect(record(records, 'emails', 0)).toMatchObject({ end: 300, handleTime: 200 });
    expect(record(records, 'calls', 60)).toMatchObject({ serviceStart: 500, wait: 440 });
    expect(result.interruptions![0]).toMatchObject({ interrupted: 1, meanSuspendedTime: 100 });
  });
});

describe('Interruptions: a rule that names voice', () => {
  it('still never lets a call suspend a call', () => {
    // Calls may suspend "voice and e-mail": the call at 10 waits for the call in service, 0–100.
    const types = [{ name: 'calls', channel: 0, at: [0, 10], time: 100 }];
    const { records } = runModel(center({ types, concurrency: [1, 0, 1, 0], suspends: [0, 2] }));
    expect(record(records, 'calls', 0)).toMatchObject({ serviceStart: 0, end: 100 });
    expect(record(records, 'calls', 10)).toMatchObject({ serviceStart: 100, end: 200 });
  });
});

describe('Interruptions: a callback the policy gives an agent whose call ends with e-mail suspended', () => {
  it('is taken before the e-mail resumes, whatever its contact slot', () => {
    // As in interruptions-edges ("skips the callback at the head of the voice queue") with the chat
    // and the e-mail arriving before the calls, so the callback C1 is not in the first slot. C1 at 0
    // accepts a virtual-hold callback; at 300 the agent logs on, takes the chat (300–340) and the
    // e-mail (300–, due 400); C2 at 310 waits; at 340 C2 interrupts the e-mail (60 left), 340–400.
    // At 400 the policy gives the agent C1, a waiting call: 400–460; the e-mail ends at 520.
    const chat = { name: 'chats', channel: 'chat', priority: 4, skills: { service: 1 }, handleTime: fixed(40), arrivals: { trace: [0] } };
    const withCallback = { ...calls([0, 310], 60, 2), callback: { mode: 'virtual-hold', offerWhenWaitAbove: '150s', acceptance: 1 } };
    const { records, result } = run(blended([chat, emails([0], 100, 3), withCallback], { shifts: [{ start: '300s', end: '1h', agents: 1 }] }));
    expect(result.callbacks[0]).toMatchObject({ offered: 1, accepted: 1, completed: 1 });
    expect(record(records, 'calls', 310)).toMatchObject({ serviceStart: 340, end: 400 });
    expect(record(records, 'calls', 0)).toMatchObject({ serviceStart: 400, end: 460 });
    expect(record(records, 'emails', 0)).toMatchObject({ serviceStart: 300, end: 520, handleTime: 100 });
  });
});
