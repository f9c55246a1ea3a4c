import { describe, expect, it } from 'vitest';
import { ContactState } from '../../src/model/contact-table';
import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';
import { PolicyRegistry } from '../../src/routing/registry';
import { simulate } from '../../src/run/simulate';
import { firstCapablePolicy } from '../support/first-capable-policy';
import type { ScenarioInput } from '../../src/scenario/schema';

/**
 * The overflow load (behind `maxShare`) of released messaging sessions: a turn taken through an
 * overflow step counts from its start to the end of that turn, the reply gap not included.
 *
 * Sessions of 2 turns of 100 s, the customer replying 50 s after a turn, released slots, not
 * sticky. Group first (agent 0) is primary; group second (agents 1 and 2) serves after 10 s of
 * waiting, with at most half its 2 agents on duty (1 contact) on overflow work. The policy takes
 * the first agent (lowest id) that can serve; a freed agent takes the head of the queue if it can.
 */
const center = {
  name: 'overflow sessions',
  horizon: '1h',
  endOfDay: 'drain',
  skills: ['care'],
  contactTypes: [
    {
      name: 'chat',
      channel: 'messaging',
      skills: { care: 1 },
      handleTime: { kind: 'deterministic', value: 100 },
      arrivals: { trace: [0, 1, 2, 3, 195] },
      session: { exchanges: 2, replyGap: { kind: 'deterministic', value: 50 }, slotDuringGap: 'released', sticky: false },
      overflow: { primary: ['first'], steps: [{ after: 10, groups: ['second'], protect: { maxShare: 0.5 } }] },
    },
  ],
  agentGroups: [
    { name: 'first', agents: 1, skills: { care: 1 }, channels: { messaging: 1 } },
    { name: 'second', agents: 2, skills: { care: 1 }, channels: { messaging: 1 } },
  ],
  routing: { policy: 'first-able' },
};

/**
 * As `center`, with a second session type b for which group second is primary (its turns count
 * no overflow load): b at 0; a at 1, 2 and 90.
 */
const shared = {
  ...center,
  skills: ['care', 'sales'],
  contactTypes: [
    { ...center.contactTypes[0]!, arrivals: { trace: [1, 2, 90] } },
    { ...center.contactTypes[0]!, name: 'sales chat', skills: { sales: 1 }, arrivals: { trace: [0] }, overflow: undefined },
  ],
  agentGroups: [center.agentGroups[0]!, { ...center.agentGroups[1]!, skills: { care: 1, sales: 1 } }],
};

/** The states of the contacts the policy was asked to place (new contacts and routed replies). */
const asked = new Set<number>();

/** [serial, agent, time, step] of every turn's start (first turns and later ones). */
function turns(scenario: object): number[][] {
  asked.clear();
  const policy = firstCapablePolicy({ route: (v, c) => asked.add(v.contactState(c)) });
  const log: number[][] = [];
  let view: ContactCenterView | null = null;
  const started = (c: number, agent: number): void => {
    log.push([view!.contactSerial(c), agent, view!.now, view!.contactOverflowStep(c)]);
  };
  const observer: ContactCenterObserver = {
    attach: (v) => {
      view = v;
    },
    onServiceStart: started,
    onSessionTurn: started,
  };
  const policies = PolicyRegistry.withBuiltIns().register('first-able', () => policy);
  simulate(scenario as ScenarioInput, { policies, checkInvariants: true, observers: [observer] });
  return log;
}

describe('released messaging sessions and the overflow load', () => {
  it('count an overflow turn from its start to the end of that turn', () => {
    expect(turns(center)).toEqual([
      // 0: #0 to agent 0 (0–100). #1, #2, #3 queue; at 11 #1's step opens: agent 1 (11–111, load 1);
      // at 12 and 13 the steps of #2 and #3 are refused (1 + 1 > 0.5 × 2).
      [0, 0, 0, 0],
      [1, 1, 11, 1],
      // 100: agent 0 puts #0 down (its reply comes at 150) and takes #2 (100–200).
      [2, 0, 100, 0],
      // 111: #1's turn ends: its overflow load ends with it, so agent 1 takes #3 (111–211, load 1).
      [3, 1, 111, 1],
      // 150 and 161: the replies of #0 and #1 queue (steps refused at 160 and 171); #4 (195) too,
      // refused at 205. 200: agent 0 takes #0's reply (200–300).
      [0, 0, 200, 0],
      // 211: #3's turn ends (load 0): agent 1 takes #1's reply through the step (211–311, load 1).
      [1, 1, 211, 1],
      // 250: #2's reply queues, refused at 260 (the resumed turn counts); 261: #3's, refused at 271.
      // 300: #0 ends; agent 0 takes #4 (300–400).
      [4, 0, 300, 0],
      // 311: #1 ends (load 0): agent 1 takes #2's reply (311–411).
      [2, 1, 311, 1],
      // 400: agent 0 puts #4 down and takes #3's reply (400–500).
      [3, 0, 400, 0],
      // 450: #4's reply queues; at 460 its step opens with no overflow work in hand: agent 1 (460–560).
      [4, 1, 460, 1],
    ]);
    // A routed reply is waiting when the policy is asked about it, as a new contact is.
    expect([...asked]).toEqual([ContactState.waiting]);
  });

  it('count no load for the turns of a type the group serves as primary', () => {
    expect(turns(shared)).toEqual([
      // 0: b#0 to agent 1 (primary, 0–100, reply 150). 1: a#1 to agent 0 (1–101). a#2 (2) waits;
      // at 12 its step opens: agent 2 (12–112, load 1).
      [0, 1, 0, 0],
      [1, 0, 1, 0],
      [2, 2, 12, 1],
      // a#3 (90) waits; at 100 agent 1 puts b#0 down and its step opens, refused (1 + 1 > 0.5 × 2):
      // b#0's turn counted no load, so its end frees none. 101: agent 0 takes a#3 (101–201).
      [3, 0, 101, 0],
      // 112: a#2's turn ends (load 0). 150: b#0's reply goes to agent 1 (primary, no load).
      [0, 1, 150, 0],
      // 151: a#1's reply waits; at 161 its step opens with no overflow load: agent 2 (161–261).
      [1, 2, 161, 1],
      // 162: a#2's reply waits; 201: agent 0 takes it (201–301).
      [2, 0, 201, 0],
      // 251: a#3's reply waits; 261: agent 2 ends a#1 (load 0) and takes it through the step.
      [3, 2, 261, 1],
    ]);
  });
});
