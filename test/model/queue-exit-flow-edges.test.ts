import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../src/scenario/schema';
import { tracedRun, outcomes } from './traced-run';

const fixed = (value: number) => ({ kind: 'deterministic', value });

/**
 * One agent (on duty from `onDutyAt`), handle time 10 s, calls arriving at `times`; `extra` goes
 * into the calls' type. A first type without contacts makes the calls type 1, so that a record
 * written into another field or slot cannot pass for the calls' own.
 */
function scenario(times: number[], extra: Record<string, unknown> = {}, onDutyAt = 0): ScenarioInput {
  return {
    name: 'queue exits',
    horizon: 100,
    interval: 100,
    skills: ['s'],
    contactTypes: [
      { name: 'sales', skills: { s: 1 }, handleTime: fixed(30), arrivals: { trace: [] } },
      { name: 'calls', skills: { s: 1 }, handleTime: fixed(10), arrivals: { trace: times }, ...extra },
    ],
    agentGroups: [{ name: 'agents', skills: { s: 1 }, agents: onDutyAt === 0 ? 1 : { shifts: [{ start: onDutyAt, end: 100, agents: 1 }] } }],
  } as ScenarioInput;
}

describe('a customer sent to voicemail', () => {
  it('tries again as after an abandonment (retrial)', () => {
    // #0 served 0–10; #1 waits 5 s: voicemail at 6, tries again at 56 and is served 56–66.
    const { records } = tracedRun(scenario([0, 1], { maxWait: { after: 5, then: 'voicemail' }, retrial: { probability: 1, delay: fixed(50) } }));
    expect(outcomes(records)).toEqual(['#0 served at 10', '#1 voicemail at 6', '#2 served at 66']);
    expect(records[2]).toMatchObject({ customer: records[1]!.customer, arrival: 56 });
  });
});

describe('a maximum-wait timer', () => {
  it('that never fires leaves the waiting contact as it was (served after its wait)', () => {
    // The agent comes on duty at 5: the first call waits 0–5, well within its maximum wait.
    const plain = tracedRun(scenario([0, 1], {}, 5)).records;
    const timed = tracedRun(scenario([0, 1], { maxWait: { after: 50, then: 'voicemail' } }, 5)).records;
    expect(outcomes(plain)).toEqual(['#0 served at 15', '#1 served at 25']);
    expect(timed).toEqual(plain);
  });

  it('that fires reports the contact of its own type and segment', () => {
    // Nobody on duty until 50: the calls at 0 and 1 go to voicemail at 5 and 6.
    const { records } = tracedRun(scenario([0, 1], { maxWait: { after: 5, then: 'voicemail' } }, 50));
    const plain = tracedRun(scenario([0, 1], {}, 50)).records;
    expect(outcomes(records)).toEqual(['#0 voicemail at 5', '#1 voicemail at 6']);
    expect(records.map((r) => [r.type, r.segment, r.customer])).toEqual(plain.map((r) => [r.type, r.segment, r.customer]));
  });
});

describe('a call turned into a callback at its maximum wait', () => {
  it('keeps its type and its place; the call in service keeps its customer', () => {
    // #0 served 0–10; #1 becomes a callback at 6 and is served 10–20.
    const { records } = tracedRun(scenario([0, 1], { maxWait: { after: 5, then: 'callback' } }));
    expect(outcomes(records)).toEqual(['#0 served at 10', '#1 served at 20']);
    expect(records.map((r) => [r.type, r.customer, r.handleTime])).toEqual([
      ['calls', 0, 10],
      ['calls', 1, 10],
    ]);
  });

  it('is served as a call when the agent comes on duty', () => {
    // Nobody on duty until 50: the call at 0 becomes a callback at 5 and is served 50–60.
    const { records } = tracedRun(scenario([0], { maxWait: { after: 5, then: 'callback' } }, 50));
    expect(records.map((r) => [r.type, r.outcome, r.serviceStart, r.end])).toEqual([['calls', 'served', 50, 60]]);
  });
});

describe('closing a queue that clears', () => {
  it('lets a later contact of a type that keeps its queue join it', () => {
    // Horizon 15; one agent without authority. The call to the front desk at 0 is served 0–20 and
    // transferred to the back office; the sales call at 1 (waiting for the agent) is cleared at 15,
    // as sales clear their queue at closing. The transferred contact joins the back office's queue
    // at 20, after closing (that type keeps its queue), and is served 20–30.
    const input = {
      name: 'closing',
      horizon: 15,
      interval: 15,
      skills: ['s'],
      contactTypes: [
        { name: 'front', skills: { s: 1 }, handleTime: fixed(20), arrivals: { trace: [0] }, transfer: { to: 'back' } },
        { name: 'sales', skills: { s: 1 }, handleTime: fixed(10), arrivals: { trace: [1] }, closing: 'clear-queue' },
        { name: 'back', skills: { s: 1 }, handleTime: fixed(10) },
      ],
      agentGroups: [{ name: 'agents', skills: { s: 1 }, agents: 1, authority: false }],
    } as ScenarioInput;
    expect(outcomes(tracedRun(input).records)).toEqual(['#0 served at 20', '#1 cleared at 15', '#2 served at 30']);
  });
});
