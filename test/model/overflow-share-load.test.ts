import { describe, expect, it } from 'vitest';
import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';
import { PolicyRegistry } from '../../src/routing/registry';
import { simulate } from '../../src/run/simulate';
import { firstCapablePolicy } from '../support/first-capable-policy';
import type { ScenarioInput } from '../../src/scenario/schema';

/**
 * The overflow load the service flow keeps per group (contacts taken through an overflow step and
 * still in hand), read by the `maxShare` protection: it counts only overflow services, from their
 * start to their end.
 *
 * Group first (agent 0) is primary for type a (100 s); group second (agents 1 and 2) is primary for
 * type b (50 s) and serves a after 10 s of waiting, with at most half its 2 agents on duty (1
 * contact) on overflow work. The policy takes the first agent (lowest id) that can serve; a freed
 * agent takes the head of its first served queue it can serve.
 */
const center = {
  name: 'overflow share',
  horizon: '1h',
  skills: ['as', 'bs'],
  contactTypes: [
    {
      name: 'a',
      skills: { as: 1 },
      handleTime: { kind: 'deterministic', value: 100 },
      arrivals: { trace: [1, 2, 20, 105] },
      overflow: { primary: ['first'], steps: [{ after: 10, groups: ['second'], protect: { maxShare: 0.5 } }] },
    },
    { name: 'b', skills: { bs: 1 }, handleTime: { kind: 'deterministic', value: 50 }, arrivals: { trace: [0] } },
  ],
  agentGroups: [
    { name: 'first', agents: 1, skills: { as: 1 } },
    { name: 'second', agents: 2, skills: { as: 1, bs: 1 } },
  ],
  routing: { policy: 'first-able' },
};

function starts(): number[][] {
  const policy = firstCapablePolicy();
  const log: number[][] = [];
  let view: ContactCenterView | null = null;
  const observer: ContactCenterObserver = {
    attach: (v) => {
      view = v;
    },
    onServiceStart: (c, agent) => {
      log.push([view!.contactSerial(c), agent, view!.now, view!.contactOverflowStep(c)]);
    },
  };
  const policies = PolicyRegistry.withBuiltIns().register('first-able', () => policy);
  simulate(center as ScenarioInput, { policies, checkInvariants: true, observers: [observer] });
  return log;
}

describe('the overflow load behind maxShare', () => {
  it('counts overflow services only, from their start to their end', () => {
    expect(starts()).toEqual([
      // [serial, agent, time, step]. 0 s: b#0 to agent 1 (primary: no overflow load). 1 s: a#1 to agent 0.
      [0, 1, 0, 0],
      [1, 0, 1, 0],
      // a#2 waits from 2; its step opens at 12 with no overflow work in hand (b#0 does not count):
      // 0 + 1 ≤ 0.5 × 2, agent 2 takes it (to 112).
      [2, 2, 12, 1],
      // a#3 waits from 20; at 30 (its step) and at 50 (agent 1 free, b#0's end frees no overflow
      // load) the group already holds 1 overflow contact: refused. Agent 0 takes it at 101.
      [3, 0, 101, 0],
      // a#4 waits from 105; agent 2's overflow service ended at 112, so at 115 (its step) agent 1 may take it.
      [4, 1, 115, 1],
    ]);
  });
});
