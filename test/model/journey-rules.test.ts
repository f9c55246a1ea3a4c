import { describe, expect, it } from 'vitest';
import { CenterState } from '../../src/model/center-state';
import { ContactInt, ContactReal, ServiceOutcome } from '../../src/model/contact-table';
import type { ContactTypeDefinition, JourneyDefinition, ModelDefinition, RepeatDefinition } from '../../src/model/definition';
import { IssueInt } from '../../src/model/issue-table';
import { JourneyRules } from '../../src/model/journey';
import { SELF_SERVICE_AGENT } from '../../src/model/self-service-flow';
import { deterministic } from '../../src/random/distributions/deterministic';
import { FixedUniformSource } from '../../src/random/fixed-uniform-source';
import type { RandomStreams } from '../../src/random/streams';
import { singleQueueModel } from '../support/models';

/**
 * JourneyRules on a center built by hand: the contact and issue records are written directly, the
 * random streams are fixed lists (per stream name), so each rule is checked on exact values.
 * Types: 0 `calls` (voice, skill 0 at level 1 or more) and 1 `mails` (e-mail, no skill needed);
 * group 0 (agents 0, 1; proficiency 3, with authority) and group 1 (agents 2, 3; proficiency 2,
 * without authority).
 */
function center(type: Partial<ContactTypeDefinition> = {}, journey: Partial<JourneyDefinition> = {}): ModelDefinition {
  const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 100 }), agents: 2, horizon: 1000 });
  const calls = { ...base.contactTypes[0]!, ...type };
  const mails = { ...base.contactTypes[0]!, id: 1, name: 'mails', channel: 2, requirements: [], ...type };
  const group = base.agentGroups[0]!;
  return {
    ...base,
    contactTypes: [calls, mails],
    agentGroups: [
      { ...group, concurrency: [1, 0, 1, 0] },
      { ...group, id: 1, name: 'back', proficiency: [2], concurrency: [1, 0, 1, 0], authority: false },
    ],
    journey: { context: 'none', contextHandleFactor: 0.5, repeatHandleFactor: 1.5, maxContacts: 3, returnWhenClosed: 'arrive', ...journey },
  };
}

interface Setup {
  readonly rules: JourneyRules;
  readonly state: CenterState;
  /** How many draws each stream gave. */
  readonly draws: Map<string, FixedUniformSource>;
  /** A new contact of `type` about a new issue (or `issue`), with its issue's fields set. */
  contact(type: number, o?: { issue?: number; informed?: boolean; lastAgent?: number; lastChannel?: number; contacts?: number; resolutionDraw?: number; context?: boolean }): number;
}

function setup(model: ModelDefinition, uniforms: Readonly<Record<string, readonly number[]>> = {}): Setup {
  const state = new CenterState(model, [2, 2], { now: 0 });
  const draws = new Map<string, FixedUniformSource>();
  const streams = {
    stream: (name: string) => {
      const source = new FixedUniformSource(uniforms[name] ?? [0.5]);
      draws.set(name, source);
      return source;
    },
  } as unknown as RandomStreams;
  const rules = new JourneyRules(model, state, state.issues, streams);
  // Slot 0 holds an issue unlike every test's (informed, served by agent 1, at maxContacts), so a
  // rule reading another issue's record than its contact's shows.
  const other = state.issues.allocate() * IssueInt.stride;
  state.issues.ints[other + IssueInt.informed] = 1;
  state.issues.ints[other + IssueInt.lastAgent] = 1;
  state.issues.ints[other + IssueInt.contacts] = 3;
  return {
    rules,
    state,
    draws,
    contact(type, o = {}) {
      const issues = state.issues;
      const issue = o.issue ?? issues.allocate();
      const at = issue * IssueInt.stride;
      issues.ints[at + IssueInt.informed] = o.informed === true ? 1 : 0;
      issues.ints[at + IssueInt.lastAgent] = o.lastAgent ?? -1;
      issues.ints[at + IssueInt.lastChannel] = o.lastChannel ?? -1;
      issues.ints[at + IssueInt.contacts] = o.contacts ?? 1;
      const contacts = state.contacts;
      const c = contacts.allocate();
      contacts.ints[c * ContactInt.stride + ContactInt.type] = type;
      contacts.ints[c * ContactInt.stride + ContactInt.issue] = issue;
      contacts.ints[c * ContactInt.stride + ContactInt.context] = o.context === true ? 1 : 0;
      contacts.reals[c * ContactReal.stride + ContactReal.resolutionDraw] = o.resolutionDraw ?? 0.5;
      return c;
    },
  };
}

/** The number of draws the stream `name` gave so far. */
function drawn(s: Setup, name: string): number {
  return s.draws.get(name)!.draws;
}

describe('JourneyRules.hasContext()', () => {
  it('gives no context on an issue nobody heard yet, even to the agent named last', () => {
    const s = setup(center({}, { context: 'omnichannel' }));
    expect(s.rules.hasContext(s.contact(0, { lastAgent: 1 }), 1)).toBe(false);
  });

  it('gives the agent who served last the context without carry-over, and nobody else', () => {
    const s = setup(center());
    const c = s.contact(0, { informed: true, lastAgent: 1, lastChannel: 0 });
    expect(s.rules.hasContext(c, 1)).toBe(true);
    expect(s.rules.hasContext(c, 0)).toBe(false);
  });

  it('gives every agent the context with omnichannel carry-over, and with same-channel only on the last channel', () => {
    const omni = setup(center({}, { context: 'omnichannel' }));
    expect(omni.rules.hasContext(omni.contact(0, { informed: true, lastAgent: 1, lastChannel: 2 }), 0)).toBe(true);
    const same = setup(center({}, { context: 'same-channel' }));
    expect(same.rules.hasContext(same.contact(0, { informed: true, lastAgent: 1, lastChannel: 0 }), 0)).toBe(true);
    expect(same.rules.hasContext(same.contact(0, { informed: true, lastAgent: 1, lastChannel: 2 }), 0)).toBe(false);
    expect(same.rules.hasContext(same.contact(1, { informed: true, lastAgent: 1, lastChannel: 2 }), 0)).toBe(true);
  });

  it('after a self-service stage alone, gives the context exactly when the stage passed it on, whatever the carry-over', () => {
    for (const context of ['none', 'omnichannel'] as const) {
      const s = setup(center({}, { context }));
      expect(s.rules.hasContext(s.contact(0, { informed: true, lastAgent: SELF_SERVICE_AGENT.withContext }), 0)).toBe(true);
      expect(s.rules.hasContext(s.contact(0, { informed: true, lastAgent: SELF_SERVICE_AGENT.withoutContext }), 0)).toBe(false);
    }
  });
});

describe('JourneyRules handle-time factors', () => {
  it('uses contextHandleFactor with context, repeatHandleFactor on an informed issue without, 1 on a first contact', () => {
    const s = setup(center());
    const informed = s.contact(0, { informed: true, lastAgent: 1 });
    const fresh = s.contact(0);
    expect(s.rules.handleFactor(informed, true)).toBe(0.5);
    expect(s.rules.handleFactor(informed, false)).toBe(1.5);
    expect(s.rules.handleFactor(fresh, false)).toBe(1);
    expect(s.rules.repeatsInformation(informed, false)).toBe(true);
    expect(s.rules.repeatsInformation(informed, true)).toBe(false);
    expect(s.rules.repeatsInformation(fresh, false)).toBe(false);
  });
});

describe('JourneyRules.outcome()', () => {
  const transfer = { to: 1, probability: 0.4 };
  const resolution = (probability: number, withContext = 1) => ({ probability, byProficiency: [0.1, 0.9, 0.5, 0.25, 1, 1], withContext });

  it('transfers a service by a group without authority when its transfer draw falls below the probability', () => {
    const s = setup(center({ transfer }), { 'transfer:calls': [0.3, 0.5, 0.4] });
    expect(s.rules.outcome(s.contact(0), 2)).toBe(ServiceOutcome.transferred);
    // 0.5 and 0.4 are not below 0.4: no transfer; no resolution rule: resolved.
    expect(s.rules.outcome(s.contact(0), 2)).toBe(ServiceOutcome.resolved);
    expect(s.rules.outcome(s.contact(0), 2)).toBe(ServiceOutcome.resolved);
    expect(drawn(s, 'transfer:calls')).toBe(3);
  });

  it('draws no transfer for a group with authority', () => {
    const s = setup(center({ transfer }), { 'transfer:calls': [0.3] });
    expect(s.rules.outcome(s.contact(0), 0)).toBe(ServiceOutcome.resolved);
    expect(drawn(s, 'transfer:calls')).toBe(0);
  });

  it('ends a transfer that would exceed maxContacts unresolved', () => {
    const s = setup(center({ transfer }), { 'transfer:calls': [0.3] });
    expect(s.rules.outcome(s.contact(0, { contacts: 2 }), 2)).toBe(ServiceOutcome.transferred);
    expect(s.rules.outcome(s.contact(0, { contacts: 3 }), 2)).toBe(ServiceOutcome.unresolved);
  });

  it('resolves when the draw is below probability × byProficiency(level) × withContext', () => {
    // Group 0 (level 3): p = 0.8 × 0.25 = 0.2, with context × 2 = 0.4; group 1 (level 2): 0.8 × 0.5 = 0.4.
    const s = setup(center({ resolution: resolution(0.8, 2) }));
    const at = (draw: number, agent: number, context = false) => s.rules.outcome(s.contact(0, { resolutionDraw: draw, context }), agent);
    expect(at(0.19, 0)).toBe(ServiceOutcome.resolved);
    expect(at(0.2, 0)).toBe(ServiceOutcome.unresolved);
    expect(at(0.21, 0)).toBe(ServiceOutcome.unresolved);
    expect(at(0.39, 0, true)).toBe(ServiceOutcome.resolved);
    expect(at(0.41, 0, true)).toBe(ServiceOutcome.unresolved);
    expect(at(0.39, 2)).toBe(ServiceOutcome.resolved);
    expect(at(0.41, 2)).toBe(ServiceOutcome.unresolved);
  });

  it('uses the bare probability for a type needing no skill (never the unused factor of level 0)', () => {
    const s = setup(center({ resolution: resolution(0.8) }));
    expect(s.rules.outcome(s.contact(1, { resolutionDraw: 0.79 }), 0)).toBe(ServiceOutcome.resolved);
    expect(s.rules.outcome(s.contact(1, { resolutionDraw: 0.81 }), 0)).toBe(ServiceOutcome.unresolved);
  });

  it("uses an individual agent's resolution multiplier instead of the group's level", () => {
    const s = setup(center({ resolution: resolution(0.8) }));
    const asked: number[][] = [];
    s.state.profiles = {
      individual: Uint8Array.from([0, 1]),
      resolutionMultiplier: (agent: number, type: number, c: number) => (asked.push([agent, type, c]), 0.75),
    } as never;
    // Agent 2 (individual): p = 0.8 × 0.75 = 0.6; agent 0 (group 0, level 3): 0.8 × 0.25 = 0.2.
    const c = s.contact(0, { resolutionDraw: 0.59 });
    expect(s.rules.outcome(c, 2)).toBe(ServiceOutcome.resolved);
    expect(asked).toEqual([[2, 0, c]]);
    expect(s.rules.outcome(s.contact(0, { resolutionDraw: 0.61 }), 2)).toBe(ServiceOutcome.unresolved);
    expect(s.rules.outcome(s.contact(0, { resolutionDraw: 0.59 }), 0)).toBe(ServiceOutcome.unresolved);
    expect(asked).toHaveLength(2);
  });
});

describe('JourneyRules.nextContact()', () => {
  const back = (next: RepeatDefinition['next'], probability = 0.5): RepeatDefinition => ({ probability, delay: deterministic({ value: 60 }), next });

  it('brings the customer back after the delay as the type picked by the second draw', () => {
    // Draws per return: whether (0.2 < 0.5: yes), the delay's (a constant still draws one), then
    // the pick (0.1, 0.35, 0.3 against the cumulative shares 0.3 | 1: a pick equal to a share goes on).
    const s = setup(center(), { 'return:calls': [0.2, 0.5, 0.1, 0.2, 0.5, 0.35, 0.2, 0.5, 0.3] });
    const issue = s.state.issues.allocate();
    const rule = back([[0, 0.3], [1, 0.7]]);
    expect(s.rules.nextContact(issue, 0, rule)).toEqual({ delay: 60, type: 0 });
    expect(s.rules.nextContact(issue, 0, rule)).toEqual({ delay: 60, type: 1 });
    expect(s.rules.nextContact(issue, 0, rule)).toEqual({ delay: 60, type: 1 });
  });

  it('picks the last listed type when rounding leaves the shares short of the draw', () => {
    const s = setup(center(), { 'return:calls': [0.2, 0.5, 0.95] });
    expect(s.rules.nextContact(s.state.issues.allocate(), 0, back([[1, 0.5], [0, 0.4]]))).toEqual({ delay: 60, type: 0 });
  });

  it('returns null without a rule, when the draw says no, or at maxContacts (drawing nothing then)', () => {
    // The draws: no (0.6), no (0.5 is not below 0.5), then yes (0.2), the delay's, the pick.
    const s = setup(center(), { 'return:calls': [0.6, 0.5, 0.2, 0.5, 0.2] });
    const issue = s.state.issues.allocate();
    expect(s.rules.nextContact(issue, 0, null)).toBeNull();
    s.state.issues.ints[issue * IssueInt.stride + IssueInt.contacts] = 3;
    expect(s.rules.nextContact(issue, 0, back([[0, 1]]))).toBeNull();
    expect(drawn(s, 'return:calls')).toBe(0);
    s.state.issues.ints[issue * IssueInt.stride + IssueInt.contacts] = 2;
    expect(s.rules.nextContact(issue, 0, back([[0, 1]]))).toBeNull();
    expect(s.rules.nextContact(issue, 0, back([[0, 1]]))).toBeNull();
    expect(s.rules.nextContact(issue, 0, back([[0, 1]]))).toEqual({ delay: 60, type: 0 });
  });
});

describe('JourneyRules.drawResolution()', () => {
  it("draws the contact's resolution uniform from its type's stream, and nothing for a type without a rule", () => {
    const s = setup(center({ resolution: { probability: 0.5, byProficiency: [1, 1, 1, 1, 1, 1], withContext: 1 } }), { 'resolution:calls': [0.25, 0.75] });
    expect(s.rules.drawResolution(0)).toBe(0.25);
    expect(s.rules.drawResolution(0)).toBe(0.75);
    const none = setup(center(), { 'resolution:calls': [0.25] });
    expect(none.rules.drawResolution(0)).toBe(0);
    expect(drawn(none, 'resolution:calls')).toBe(0);
  });
});
