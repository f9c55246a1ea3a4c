import { describe, expect, it } from 'vitest';
import { CenterState } from '../../src/model/center-state';
import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';
import { PolicyRegistry } from '../../src/routing/registry';
import { simulate } from '../../src/run/simulate';
import { firstCapablePolicy } from '../support/first-capable-policy';
import { resolveScenario } from '../../src/scenario/resolve';
import type { ScenarioInput } from '../../src/scenario/schema';

/**
 * What the engine's view (`CenterState`) says about the features test/model/center-state-view.test.ts
 * leaves out: individual agents, overflow steps, warm transfers, concurrency slowdown, and the
 * static tables of groups that lack a channel or a skill. Each center is worked out by hand.
 *
 * The policy `recording` takes the first agent (lowest id) that can serve a contact and, for a free
 * agent, the head of its first served queue it can serve; `look` is called at every decision.
 */
function run(input: Record<string, unknown>, look: { route?: (v: ContactCenterView, c: number) => void; free?: (v: ContactCenterView, agent: number) => void }) {
  const policy = firstCapablePolicy(look);
  const policies = PolicyRegistry.withBuiltIns().register('recording', () => policy);
  return simulate({ name: 'features', horizon: '1h', routing: { policy: 'recording' }, ...input } as ScenarioInput, { seed: 1, policies, checkInvariants: true });
}

const deterministic = (value: number) => ({ kind: 'deterministic', value });

describe('CenterState with individual agents', () => {
  /**
   * Type a (skill s ≥ 1, 100 s, resolution 0.5 with factors 0.8 at level 2 and 1.5 at 4), calls at
   * 10, 20, 30 and 40. Group team (s at 2, handle-time factors 2 at level 2, 1.25 at 4) has individuals:
   * ann (agent 0: s at 4, her own factors 0.5 and 1.2, 7 contacts of experience) and team#1 (agent
   * 1, the group's values). Group plain (agent 2: s at 4, u at 1, factor 3 at level 4) has none.
   */
  const center = {
    skills: ['s', 'u'],
    contactTypes: [
      { name: 'a', skills: { s: 1 }, handleTime: deterministic(100), arrivals: { trace: [10, 20, 30, 40] }, resolution: { probability: 0.5, byProficiency: { 2: 0.8, 4: 1.5 } } },
    ],
    agentGroups: [
      {
        name: 'team',
        agents: 2,
        skills: { s: 2 },
        handleTimeFactor: { 2: 2, 4: 1.25 },
        individuals: { agents: [{ name: 'ann', skills: { s: 4 }, handleTimeFactor: 0.5, resolutionFactor: 1.2, experience: 7 }] },
      },
      { name: 'plain', agents: 1, skills: { s: 4, u: 1 }, handleTimeFactor: { 4: 3 } },
    ],
  };

  it("answers with each individual agent's own proficiency and factors, and the group's for the others", () => {
    const looks: unknown[] = [];
    const result = run(center, {
      route: (v) =>
        looks.push({
          now: v.now,
          proficiency: [0, 1, 2].map((a) => [v.agentProficiency(a, 0), v.agentProficiency(a, 1)]),
          handleFactor: [0, 1, 2].map((a) => v.agentHandleTimeFactor(a, 0)),
          resolutionFactor: [0, 1, 2].map((a) => v.agentResolutionFactor(a, 0)),
          experience: [0, 1, 2].map((a) => v.agentExperience(a, 0)),
        }),
    });
    const fixed = {
      // ann: her own 4 in s; team#1: the group's 2; plain: its 4 in s and 1 in u.
      proficiency: [
        [4, 0],
        [2, 0],
        [4, 1],
      ],
      // ann: the group's 1.25 at her level 4 × her 0.5; team#1: the group's 2 at level 2; plain: 3 at level 4.
      handleFactor: [0.625, 2, 3],
      // ann: byProficiency 1.5 at level 4 × her 1.2; team#1: 0.8 at level 2; plain: 1.5 at level 4.
      resolutionFactor: [1.5 * 1.2, 0.8, 1.5],
    };
    expect(looks).toEqual([
      // 10 s: ann (first able agent) takes the first call; her experience is the 7 she came with.
      { now: 10, ...fixed, experience: [7, 0, 0] },
      // 20 s: ann's first call counts: 8. Her call lasts 62.5 s (to 72.5), so team#1 takes this one.
      { now: 20, ...fixed, experience: [8, 0, 0] },
      // 30 s: team#1's call counts; plain takes this one (to 330).
      { now: 30, ...fixed, experience: [8, 1, 0] },
      // 40 s: everyone busy; plain's call counts for nobody (its group has no individuals). Ann takes
      // this call when she is free at 72.5.
      { now: 40, ...fixed, experience: [8, 1, 0] },
    ]);
    // The services took what the view announced: 100 s × 0.625 for ann, × 2 for team#1, × 3 for plain.
    expect(result.byAgent?.map((a) => [a.name, a.served, a.meanHandleTime])).toEqual([
      ['ann', 2, 62.5],
      ['team#1', 1, 200],
      ['plain#0', 1, 300],
    ]);
  });
});

describe('CenterState with overflow steps', () => {
  /**
   * Type a (100 s, calls at 0 and 10) has group first as its primary and group second after 30 s
   * of waiting. Agent 0 (first) takes the call at 0; the call at 10 waits, agent 1 (second) may take
   * it only from 40, when the engine offers it again.
   */
  const center = {
    skills: ['s'],
    contactTypes: [
      { name: 'a', skills: { s: 1 }, handleTime: deterministic(100), arrivals: { trace: [0, 10] }, overflow: { primary: ['first'], steps: [{ after: 30, groups: ['second'] }] } },
    ],
    agentGroups: [
      { name: 'first', agents: 1, skills: { s: 1 } },
      { name: 'second', agents: 1, skills: { s: 1 } },
    ],
  };

  it('opens the overflow group to a contact only once its wait reaches the step', () => {
    const looks: unknown[] = [];
    run(
      center,
      {
        route: (v, c) =>
          looks.push({
            now: v.now,
            c,
            eligible: [0, 1].map((a) => v.isEligible(a, c)),
            mayServe: [0, 1].map((g) => v.groupMayServe(g, c)),
            canServe: [0, 1].map((a) => v.canServe(a, c)),
            steps: [v.overflowStep(0, 0), v.overflowStep(0, 1)],
          }),
      },
    );
    expect(looks).toEqual([
      { now: 0, c: 0, eligible: [true, true], mayServe: [true, false], canServe: [true, false], steps: [0, 1] },
      // Agent 0 is busy; group second is eligible, but its step opens at 10 + 30.
      { now: 10, c: 1, eligible: [true, true], mayServe: [true, false], canServe: [false, false], steps: [0, 1] },
      { now: 40, c: 1, eligible: [true, true], mayServe: [true, true], canServe: [false, true], steps: [0, 1] },
    ]);
  });

  it('records the step through which each contact was taken', () => {
    const steps: number[][] = [];
    let view: ContactCenterView | null = null;
    const observer: ContactCenterObserver = {
      attach: (v) => {
        view = v;
      },
      onServiceStart: (c, agent) => {
        steps.push([c, agent, view!.contactOverflowStep(c)]);
      },
    };
    simulate({ name: 'steps', horizon: '1h', ...center } as ScenarioInput, { observers: [observer] });
    // The call at 0 through the primary group (step 0), the call at 10 through step 1 at 40.
    expect(steps).toEqual([
      [0, 0, 0],
      [1, 1, 1],
    ]);
  });
});

describe('CenterState with warm transfers', () => {
  /**
   * Reception (agents 0 and 1, no authority: every call is transferred) hands calls warm (consult
   * 30 s) to one expert (agent 2). Two calls at 0 take 100 s at reception: at 100 the first is
   * transferred and answered by the expert at once, its receptionist holding the customer meanwhile;
   * the second transferred call waits for the expert until 300, held by agent 1.
   */
  const center = {
    skills: ['front', 'back'],
    contactTypes: [
      { name: 'front', skills: { front: 1 }, handleTime: deterministic(100), arrivals: { trace: [0, 0] }, transfer: { to: 'back', warm: { consultTime: deterministic(30) } } },
      { name: 'back', skills: { back: 1 }, handleTime: deterministic(200) },
    ],
    agentGroups: [
      { name: 'reception', agents: 2, skills: { front: 1 }, authority: false },
      { name: 'experts', agents: 1, skills: { back: 1 } },
    ],
  };

  it('names the agent holding the customer of a waiting warm transfer', () => {
    const routes: unknown[] = [];
    const frees: unknown[] = [];
    run(center, {
      route: (v, c) => routes.push({ now: v.now, type: v.contactType(c), heldBy: v.contactHeldBy(c) }),
      free: (v, agent) => {
        const head = v.queueHead(v.queueOf(1, 0));
        if (head >= 0) frees.push({ now: v.now, agent, heldBy: v.contactHeldBy(head) });
      },
    });
    expect(routes).toEqual([
      { now: 0, type: 0, heldBy: -1 },
      { now: 0, type: 0, heldBy: -1 },
      // The first call (contact slot 0) ends in a transfer: agent 0 holds it while it is routed.
      { now: 100, type: 1, heldBy: 0 },
      { now: 100, type: 1, heldBy: 1 },
    ]);
    // Agent 0 is free after its consult at 130: the second transfer waits, held by agent 1; the
    // expert, free at 300, finds it still held.
    expect(frees).toEqual([
      { now: 130, agent: 0, heldBy: 1 },
      { now: 300, agent: 2, heldBy: 1 },
    ]);
  });
});

describe('CenterState with concurrency slowdown', () => {
  it('gives the work left of a chat in service at the speed of its agent’s load', () => {
    // One agent holding up to 2 chats of 100 s, slowed down 2× with two in hand; chats at 0 and 50.
    // At 50 the first chat has run alone at full speed: 50 s of work left; the second has not started.
    const looks: number[][] = [];
    run(
      {
        skills: ['s'],
        contactTypes: [{ name: 'c', channel: 'chat', skills: { s: 1 }, handleTime: deterministic(100), arrivals: { trace: [0, 50] } }],
        agentGroups: [{ name: 'g', agents: 1, skills: { s: 1 }, channels: { chat: 2 }, slowdown: { chat: [1, 2] } }],
      },
      { route: (v, c) => looks.push([v.now, c, v.contactWorkLeft(0), v.contactWorkLeft(1)]) },
    );
    expect(looks).toEqual([
      [0, 0, 0, 0],
      [50, 1, 50, 0],
    ]);
  });

  it('gives the work left of a chat served by another agent than the first', () => {
    // The same chats, served by agent 1 (group g); agent 0 (group other) lacks the skill.
    const looks: number[][] = [];
    run(
      {
        skills: ['s', 'u'],
        contactTypes: [{ name: 'c', channel: 'chat', skills: { s: 1 }, handleTime: deterministic(100), arrivals: { trace: [0, 50] } }],
        agentGroups: [
          { name: 'other', agents: 1, skills: { u: 1 }, channels: { chat: 2 } },
          { name: 'g', agents: 1, skills: { s: 1 }, channels: { chat: 2 }, slowdown: { chat: [1, 2] } },
        ],
      },
      { route: (v, c) => looks.push([v.now, c, v.contactWorkLeft(0), v.contactWorkLeft(1)]) },
    );
    expect(looks).toEqual([
      [0, 0, 0, 0],
      [50, 1, 50, 0],
    ]);
  });
});

describe('CenterState built from a model', () => {
  /**
   * Type a (voice, s ≥ 1), type talk (chat, u ≥ 1), type any (voice, no skill). Group phones: s at
   * 2 (factor 1.5 at level 2), voice only. Group chats: s at 4 (factor 0.5 at level 4) and u at 1,
   * chat only: it has the skill for type a but not the channel.
   */
  const model = () =>
    resolveScenario({
      name: 'tables',
      horizon: '1h',
      skills: ['s', 'u'],
      contactTypes: [
        { name: 'a', skills: { s: 1 }, handleTime: deterministic(100), arrivals: { trace: [0] } },
        { name: 'talk', channel: 'chat', skills: { u: 1 }, handleTime: deterministic(100), arrivals: { trace: [0] } },
        { name: 'any', skills: {}, handleTime: deterministic(100), arrivals: { trace: [0] } },
      ],
      agentGroups: [
        { name: 'phones', agents: 1, skills: { s: 2 }, handleTimeFactor: { 2: 1.5 } },
        { name: 'chats', agents: 1, skills: { s: 4, u: 1 }, channels: { chat: 1 }, handleTimeFactor: { 4: 0.5 } },
      ],
    });

  it('makes a group eligible only with the skills and the channel, and lists groups and queues in id order', () => {
    const state = new CenterState(model(), [1, 1], { now: 0 });
    expect([0, 1, 2].map((t) => state.eligibleGroups(t))).toEqual([[0], [1], [0]]);
    // One segment: queue id = type id.
    expect([0, 1].map((g) => state.servedQueues(g))).toEqual([[0, 2], [1]]);
    expect([0, 1, 2].map((t) => [state.overflowStep(t, 0), state.overflowStep(t, 1)])).toEqual([
      [0, -1],
      [-1, 0],
      [0, -1],
    ]);
    // Ids off the model's lists: no group, no queue.
    expect(state.eligibleGroups(3)).toEqual([]);
    expect(state.servedQueues(2)).toEqual([]);
  });

  it("gives every agent and type the group's handle-time factor at its level in the type's primary skill", () => {
    const state = new CenterState(model(), [1, 1], { now: 0 });
    // Agent 0 (phones, s at 2): 1.5 for a; talk needs u, which it lacks (level 0): 1; any has no skill: 1.
    // Agent 1 (chats, s at 4): 0.5 for a although it cannot take a call; talk at u 1: 1; any: 1.
    expect([0, 1].map((a) => [0, 1, 2].map((t) => state.agentHandleTimeFactor(a, t)))).toEqual([
      [1.5, 1, 1],
      [0.5, 1, 1],
    ]);
    // A type without a skill (any) or without a resolution model: factor 1 on the resolution probability.
    expect([state.agentResolutionFactor(0, 2), state.agentResolutionFactor(1, 0)]).toEqual([1, 1]);
    // Without individual agents: no experience, the group's proficiency.
    expect([state.agentExperience(0, 0), state.agentProficiency(1, 0), state.agentProficiency(1, 1)]).toEqual([0, 4, 1]);
  });

  it('says no contact is held before the engine gives it its warm transfers', () => {
    const state = new CenterState(model(), [1, 1], { now: 0 });
    expect(state.warm).toBeNull();
    expect(state.contactHeldBy(0)).toBe(-1);
  });
});
