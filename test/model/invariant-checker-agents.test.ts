import { describe, expect, it } from 'vitest';
import { ContactState } from '../../src/model/contact-table';
import type { ModelDefinition } from '../../src/model/definition';
import type { FakeAgent } from '../routing/fake-view';
import { CheckerProbe, checkerModel, withType } from './checker-probe';

/**
 * The invariant checker's agent and messaging-session checks on a hand-written center (see
 * checker-probe.ts): agents 0 and 1 of group g (voice 1, chat 2, e-mail 2, messaging 2), agent 2
 * of group h (messaging 1); contacts 0-3 of types call, chat, mail and msg queued at t = 50.
 */
function probe(agents: readonly FakeAgent[] = [{ group: 'g' }, { group: 'g' }, { group: 'h' }], model: ModelDefinition = checkerModel()): CheckerProbe {
  const contacts = ['call', 'chat', 'mail', 'msg'].map((type) => ({ type, queuedAt: 50 }));
  return new CheckerProbe(model, { now: 100, agents, contacts });
}

describe("InvariantChecker: an agent's load", () => {
  it('passes loads up to each channel limit, a call alone, and a group whose counts agree', () => {
    expect(() => probe([{ group: 'g', load: { voice: 1 } }, { group: 'g' }, { group: 'h' }]).checker.onAgentChange(0)).not.toThrow();
    expect(() => probe([{ group: 'g', load: { chat: 2, email: 2, messaging: 2 } }, { group: 'g' }, { group: 'h' }]).checker.onAgentChange(0)).not.toThrow();
    expect(() => probe([{ group: 'g', load: { chat: 1 } }, { group: 'g', load: { email: 1 } }, { group: 'h', load: { messaging: 1 } }]).checker.onAgentChange(1)).not.toThrow();
  });

  it('fails a load above the channel limit or below 0', () => {
    expect(() => probe([{ group: 'g', load: { chat: 3 } }, { group: 'g' }, { group: 'h' }]).checker.onAgentChange(0)).toThrow('agent 0 holds 3 contacts of channel 1, limit 2');
    expect(() => probe([{ group: 'g' }, { group: 'g' }, { group: 'h', load: { chat: 1 } }]).checker.onAgentChange(2)).toThrow('agent 2 holds 1 contacts of channel 1, limit 0');
    const negative = probe().set({ agentLoad: (a: number, ch?: number) => (ch === 2 ? -1 : ch === undefined ? -1 : 0) });
    expect(() => negative.checker.onAgentChange(0)).toThrow('agent 0 holds -1 contacts of channel 2, limit 2');
  });

  it('fails a total load that is not the sum over the channels', () => {
    const p = probe([{ group: 'g', load: { chat: 1, email: 1 } }, { group: 'g' }, { group: 'h' }]);
    p.set({ agentLoad: (a: number, ch?: number) => (ch === undefined ? 3 : a === 0 && (ch === 1 || ch === 2) ? 1 : 0) });
    expect(() => p.checker.onAgentChange(0)).toThrow('agent 0 load total 3 ≠ sum 2');
  });

  it('fails a call held with other work', () => {
    const p = probe([{ group: 'g', load: { voice: 1, email: 1 } }, { group: 'g' }, { group: 'h' }]);
    expect(() => p.checker.onAgentChange(0)).toThrow('agent 0 is on a call and holds other contacts');
  });

  it("fails a group's busy count, the free agents per channel or a pool head's idle time that disagree with the agents", () => {
    const busy = probe([{ group: 'g', load: { chat: 1 } }, { group: 'g' }, { group: 'h' }]).set({ groupBusy: () => 2 });
    expect(() => busy.checker.onAgentChange(0)).toThrow('group g counts 2 busy agents, but 1 hold work');
    const free = probe().set({ freeAgentsOnChannel: (ch: number) => [2, 2, 2, 2][ch] });
    expect(() => free.checker.onAgentChange(0)).toThrow('2 agents counted free on channel 3, but the groups\' free pools hold 3');
    const head = probe([{ group: 'g', idleSince: 5 }, { group: 'g', idleSince: 7 }, { group: 'h' }]).set({ freeAgentHeadIdleSince: (g: number, ch: number) => (g === 0 && ch === 2 ? 7 : g === 0 ? 5 : 0) });
    expect(() => head.checker.onAgentChange(1)).toThrow('group g: free pool of channel 2 keeps 7 as its head\'s idle time, but agent 0 is idle since 5');
  });

  it("checks the agent's load, group and pools at a service start, a reply gap and a turn", () => {
    const overloaded = [{ group: 'g', load: { chat: 3 } }, { group: 'g' }, { group: 'h' }];
    const start = probe(overloaded).set({ contactState: () => ContactState.inService });
    expect(() => start.checker.onServiceStart(1, 0)).toThrow('agent 0 holds 3 contacts of channel 1, limit 2');
    const withAgent0 = { contactState: () => ContactState.inService, contactAgent: () => 0 };
    const over = { agentLoad: (a: number, ch?: number) => (a === 0 && (ch === 3 || ch === undefined) ? 3 : 0) };
    const gap = sessionProbe(HELD).set({ ...withAgent0, ...over });
    expect(() => gap.checker.onSessionGap(3, 0)).toThrow('agent 0 holds 3 contacts of channel 3, limit 2');
    const turn = sessionProbe(HELD).set(withAgent0);
    turn.checker.onSessionGap(3, 0);
    expect(() => turn.set(over).checker.onSessionTurn(3, 0)).toThrow('agent 0 holds 3 contacts of channel 3, limit 2');
  });
});

const HELD = { exchanges: {}, slotDuringGap: 'held', sticky: true, timeout: Infinity };
const RELEASED = { ...HELD, slotDuringGap: 'released' };

/** A probe over messaging contact 3 with session `session`, its agent 0 holding `slots` messaging slots. */
function sessionProbe(session: Record<string, unknown>, slots = 1): CheckerProbe {
  const p = probe([{ group: 'g', load: { messaging: slots } }, { group: 'g' }, { group: 'h' }], withType(checkerModel(), 'msg', { session }));
  // Every agent comes on duty at t = 0.
  p.set({ now: 0 });
  for (const a of [0, 1, 2]) p.checker.onAgentChange(a);
  return p.set({ now: 100 });
}

describe('InvariantChecker: messaging sessions', () => {
  const withAgent0 = { contactState: () => ContactState.inService, contactAgent: () => 0 };
  const awaiting = { contactState: () => ContactState.awaitingReply, contactAgent: () => -1 };

  it('fails a reply gap on a type that is not a messaging type with sessions', () => {
    const chat = probe([{ group: 'g', load: { chat: 1 } }, { group: 'g' }, { group: 'h' }], withType(checkerModel(), 'chat', { session: HELD })).set(withAgent0);
    expect(() => chat.checker.onSessionGap(1, 0)).toThrow('contact #1 of type chat has a reply gap but no messaging session');
  });

  it('passes a held gap that keeps the slot with the agent, and fails one that leaves it', () => {
    expect(() => sessionProbe(HELD).set(withAgent0).checker.onSessionGap(3, 0)).not.toThrow();
    expect(() => sessionProbe(HELD).set({ ...withAgent0, contactAgent: () => 1 }).checker.onSessionGap(3, 0)).toThrow('held messaging session #3 left agent 0 during a reply gap');
    expect(() => sessionProbe(HELD).set({ ...withAgent0, contactState: () => ContactState.awaitingReply }).checker.onSessionGap(3, 0)).toThrow('held messaging session #3 left agent 0');
    expect(() => sessionProbe(HELD, 0).set(withAgent0).checker.onSessionGap(3, 0)).toThrow('agent 0 holds no slot for held messaging session #3');
  });

  it('passes a released gap with no agent, and fails one still with its agent or in service', () => {
    expect(() => sessionProbe(RELEASED, 0).set(awaiting).checker.onSessionGap(3, 0)).not.toThrow();
    expect(() => sessionProbe(RELEASED, 0).set({ ...awaiting, contactAgent: () => 0 }).checker.onSessionGap(3, 0)).toThrow('released messaging session #3 is in state 14 with agent 0 during a reply gap');
    expect(() => sessionProbe(RELEASED, 0).set({ ...awaiting, contactState: () => ContactState.inService }).checker.onSessionGap(3, 0)).toThrow('released messaging session #3 is in state 2 with agent -1');
  });

  it('fails a second gap without a turn, and a run that ends with a session in a gap unless the contact ended', () => {
    const p = sessionProbe(RELEASED, 0).set(awaiting).arrivals(4);
    p.checker.onSessionGap(3, 0);
    expect(() => p.checker.onSessionGap(3, 0)).toThrow('messaging session #3 began a reply gap twice without a turn between');
    const q = sessionProbe(RELEASED, 0).set(awaiting).arrivals(1);
    q.checker.onSessionGap(3, 0);
    q.checker.onUnfinished(0);
    expect(() => q.checker.onEnd()).toThrow('1 messaging sessions were left in a reply gap');
    const r = sessionProbe(RELEASED, 0).set(awaiting).arrivals(1);
    r.checker.onSessionGap(3, 0);
    r.checker.onUnfinished(3);
    expect(() => r.checker.onEnd()).not.toThrow();
  });

  it('passes a turn after a gap with its agent, and fails a held session that moved or a turn not in service with it', () => {
    const turn = (session: Record<string, unknown>, gapAgent: number, turnAgent: number, o: Record<string, unknown> = {}) => () => {
      const p = sessionProbe(session, 1).set({ ...withAgent0, now: 45 });
      p.checker.onSessionGap(3, gapAgent);
      p.set({ now: 100, contactAgent: () => turnAgent, ...o }).checker.onSessionTurn(3, turnAgent);
    };
    expect(turn(HELD, 0, 0)).not.toThrow();
    expect(turn(HELD, 0, 1)).toThrow('held messaging session #3 moved from agent 0 to 1');
    expect(turn(HELD, 0, 0, { contactAgent: () => 1 })).toThrow('messaging session #3 took a turn in state 2 with agent 1');
    expect(turn(HELD, 0, 0, { contactState: () => ContactState.waiting })).toThrow('messaging session #3 took a turn in state 1 with agent 0');
    expect(turn(HELD, 0, 2)).toThrow('held messaging session #3 moved from agent 0 to 2');
    expect(turn(HELD, 0, 0, { now: 49 })).toThrow('negative response time for messaging session #3');
    expect(turn(HELD, 0, 0, { isEligible: () => false })).toThrow('agent 0 lacks the skill or channel for messaging session #3');
  });

  it("sends a released reply to another agent only once its sticky wait ran out or the agent left since the reply", () => {
    // The reply came at t = 50 (queued at); agent 0 took the turn before the gap.
    const sticky = { ...RELEASED, stickyWait: 30 };
    const turn = (session: Record<string, unknown>, now: number, before: (p: CheckerProbe) => void = () => {}) => () => {
      const p = sessionProbe(session, 0).set({ ...awaiting, now: 40 });
      p.checker.onSessionGap(3, 0);
      before(p);
      p.set({ now, contactState: () => ContactState.inService, contactAgent: () => 1 }).checker.onSessionTurn(3, 1);
    };
    expect(turn(sticky, 79)).toThrow("messaging session #3's reply went to agent 1 29 s after it came, before its 30 s wait for agent 0 ran out");
    expect(turn(sticky, 80)).not.toThrow();
    expect(turn(sticky, 80 - 1e-8)).not.toThrow();
    expect(turn({ ...sticky, sticky: false }, 60)).not.toThrow();
    expect(turn({ ...RELEASED }, 60)).not.toThrow();
    // Agent 0 left (off duty) after the gap: the reply may go elsewhere at once.
    const leaves = (p: CheckerProbe) => {
      p.set({ now: 45, agentAvailable: (a: number) => a !== 0 }).checker.onAgentChange(0);
    };
    expect(turn(sticky, 60, leaves)).not.toThrow();
    // Agent 0 left and came back before the reply: the wait holds.
    const backBefore = (p: CheckerProbe) => {
      leaves(p);
      p.set({ now: 49, agentAvailable: () => true }).checker.onAgentChange(0);
    };
    expect(turn(sticky, 60, backBefore)).toThrow('before its 30 s wait for agent 0 ran out');
    // ... or came back at the reply's instant or after it: it was gone at some time since the reply.
    const backAtReply = (p: CheckerProbe) => {
      leaves(p);
      p.set({ now: 50, agentAvailable: () => true }).checker.onAgentChange(0);
    };
    expect(turn(sticky, 60, backAtReply)).not.toThrow();
  });
});
