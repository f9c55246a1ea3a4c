import { describe, expect, it } from 'vitest';
import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import { ContactState, type ContactStateValue } from '../../src/model/contact-table';
import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';
import { simulate } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';

/**
 * What the view tells observers of a contact after its service ends while its agent still holds it
 * (docs: `ContactState.wrapUp`): during the agent's wrap-up, and during a warm transfer while the
 * first agent waits and consults. Also: entering wrap-up leaves the other contacts' records alone.
 */
const fixed = (value: number) => ({ kind: 'deterministic', value });

/** Runs `input` (invariants checked) and returns, at each service start, `[now, type of the started contact, state of each earlier started contact]`. */
function statesAtStarts(input: ScenarioInput): [number, number, ContactStateValue[]][] {
  let view!: ContactCenterView;
  const started: number[] = [];
  const log: [number, number, ContactStateValue[]][] = [];
  const observer: ContactCenterObserver = {
    attach: (v) => void (view = v),
    onServiceStart: (c) => {
      log.push([view.now, view.contactType(c), started.map((s) => view.contactState(s))]);
      started.push(c);
    },
  };
  simulate(input, { seed: 1, checkInvariants: true, observers: [observer] });
  return log;
}

describe('the state of a contact its agent still holds after the service', () => {
  it('is wrapUp during the wrap-up', () => {
    // Two chat agents take chats of 100 s at 0 and 15; the voice agent wraps up 20 s: call 1–11,
    // wrap-up 11–31. At 15 the first chat is in service and the call in its wrap-up.
    const input = {
      name: 'wrap-up',
      horizon: '1h',
      skills: ['s'],
      contactTypes: [
        { name: 'calls', skills: { s: 1 }, handleTime: fixed(10), arrivals: { trace: [1] } },
        { name: 'chats', channel: 'chat', skills: { s: 1 }, handleTime: fixed(100), arrivals: { trace: [0, 15] } },
      ],
      agentGroups: [
        { name: 'voice', agents: 1, skills: { s: 1 }, channels: { voice: 1 }, wrapUp: fixed(20) },
        { name: 'chat', agents: 2, skills: { s: 1 }, channels: { chat: 1 } },
      ],
    } as ScenarioInput;
    expect(statesAtStarts(input)).toEqual([
      [0, 1, []],
      [1, 0, [ContactState.inService]],
      [15, 1, [ContactState.inService, ContactState.wrapUp]],
    ]);
  });

  it('is wrapUp while the first agent of a warm transfer holds the customer', () => {
    // Two receptionists (no authority: every call is transferred) and one expert; calls at 0 of
    // 100 s, 200 s with the expert, consult 30 s. The expert takes the first at 100 (its
    // receptionist consults until 130) and the second at 300: its receptionist has held the
    // customer since 100 (until 330).
    const input = {
      name: 'warm transfer',
      horizon: '1h',
      skills: ['front', 'back'],
      contactTypes: [
        { name: 'front', skills: { front: 1 }, handleTime: fixed(100), arrivals: { trace: [0, 0] }, transfer: { to: 'back', warm: { consultTime: fixed(30) } } },
        { name: 'back', skills: { back: 1 }, handleTime: fixed(200) },
      ],
      agentGroups: [
        { name: 'reception', agents: 2, skills: { front: 1 }, authority: false },
        { name: 'experts', agents: 1, skills: { back: 1 } },
      ],
    } as ScenarioInput;
    const last = statesAtStarts(input).at(-1)!;
    // [front #0 (released at 130), front #1 (held), back #0 (released at 300, just before)].
    expect(last).toEqual([300, 1, [ContactState.free, ContactState.wrapUp, ContactState.free]]);
  });
});

describe('entering wrap-up', () => {
  it('keeps the customer of the contact in the slot before', () => {
    // A long call at 0 (slot 0) and a short one at 1 (slot 1) with two agents and wrap-up 5 s: the
    // short one enters wrap-up at 11 while the long one is in service. Customers are numbered
    // from 0 in arrival order, each call being a new customer's.
    const records: ContactRecord[] = [];
    const input = {
      name: 'wrap-up beside a call in service',
      horizon: '1h',
      skills: ['s'],
      contactTypes: [
        { name: 'long', skills: { s: 1 }, handleTime: fixed(100), arrivals: { trace: [0] } },
        { name: 'short', skills: { s: 1 }, handleTime: fixed(10), arrivals: { trace: [1] } },
      ],
      agentGroups: [{ name: 'team', agents: 2, skills: { s: 1 }, wrapUp: fixed(5) }],
    } as ScenarioInput;
    simulate(input, { seed: 1, checkInvariants: true, observers: [new ContactTrace((line) => records.push(JSON.parse(line) as ContactRecord), { format: 'jsonl' })] });
    expect(records.map((r) => [r.type, r.customer, r.end]).sort()).toEqual([
      ['long', 0, 100],
      ['short', 1, 11],
    ]);
  });
});
