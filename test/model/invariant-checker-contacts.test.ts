import { describe, expect, it } from 'vitest';
import { ContactState, ServiceOutcome } from '../../src/model/contact-table';
import type { ModelDefinition } from '../../src/model/definition';
import { CheckerProbe, checkerModel, withGroup, withType } from './checker-probe';

/**
 * The invariant checker's contact checks, one by one on a hand-written center (see
 * checker-probe.ts): each case tells the checker of an event over a state that keeps the invariant
 * (it must pass) and over one that breaks it just past the boundary (it must throw, naming it).
 * Contacts 0-3 are of types call, chat, mail and msg, all queued (and arrived) at t = 50.
 */
function probe(model: ModelDefinition = checkerModel(), maxTracked?: number): CheckerProbe {
  const contacts = ['call', 'chat', 'mail', 'msg'].map((type) => ({ type, queuedAt: 50 }));
  return new CheckerProbe(model, { now: 100, agents: [{ group: 'g' }, { group: 'g' }, { group: 'h' }], contacts }, maxTracked);
}

describe('InvariantChecker: the clock and terminal states', () => {
  it('fails a clock that goes backwards, not one that stays', () => {
    const p = probe().set({ now: 10 });
    p.checker.onArrival();
    expect(() => p.set({ now: 10 }).checker.onArrival()).not.toThrow();
    expect(() => p.set({ now: 5 }).checker.onArrival()).toThrow('invariant violated at t=5: clock went backwards from 10 to 5');
  });

  it('fails a contact that ends twice, and more ends than arrivals', () => {
    const p = probe().arrivals(2);
    p.checker.onUnfinished(0);
    expect(() => p.checker.onBlocked(0)).toThrow('contact #0 ended twice (second time blocked)');
    const q = probe().arrivals(1);
    q.checker.onUnfinished(0);
    expect(() => q.checker.onUnfinished(1)).toThrow('more contacts ended (2) than arrived (1)');
    expect(q.checker.counts).toEqual({ arrived: 1, ended: 2 });
  });

  it('remembers only the first maxTracked ended contacts for the double-end check', () => {
    const p = probe(checkerModel(), 1).arrivals(4);
    p.checker.onUnfinished(0);
    p.checker.onUnfinished(1);
    expect(() => p.checker.onUnfinished(1)).not.toThrow();
    expect(() => p.checker.onUnfinished(0)).toThrow('contact #0 ended twice');
  });

  it('fails a run whose arrivals did not all end', () => {
    const p = probe().arrivals(2);
    p.checker.onUnfinished(0);
    expect(() => p.checker.onEnd()).toThrow('2 contacts arrived but 1 reached a terminal state');
    p.checker.onUnfinished(1);
    expect(() => p.checker.onEnd()).not.toThrow();
    expect(p.checker.counts).toEqual({ arrived: 2, ended: 2 });
  });
});

describe('InvariantChecker: leaving the queue', () => {
  it('fails an abandon before the contact was queued, not one at that instant', () => {
    expect(() => probe().arrivals(1).set({ now: 50 }).checker.onAbandon(0)).not.toThrow();
    expect(() => probe().arrivals(1).set({ now: 49 }).checker.onAbandon(0)).toThrow('negative wait for contact #0');
  });

  it('fails an abandoned or blocked contact whose warm-transfer agent already let go', () => {
    expect(() => probe().arrivals(1).set({ contactHeldBy: () => 0 }).checker.onAbandon(0)).toThrow('agent 0 let go of warm-transferred contact #0 before it was answered');
    expect(() => probe().arrivals(1).set({ contactHeldBy: () => 1 }).checker.onBlocked(0)).toThrow('agent 1 let go of warm-transferred contact #0');
    const held = probe(checkerModel());
    held.set({ contactHeldBy: () => 0, agentLoad: (a: number) => (a === 0 ? 1 : 0) }).arrivals(1);
    expect(() => held.checker.onBlocked(0)).not.toThrow();
  });

  it('fails a queue exit whose contact is not in the matching state', () => {
    const states = { balked: ContactState.balked, voicemail: ContactState.voicemail, rerouted: ContactState.rerouted, cleared: ContactState.cleared } as const;
    for (const [exit, state] of Object.entries(states) as [keyof typeof states, number][]) {
      const now = exit === 'cleared' ? 3600 : 50;
      expect(() => probe().arrivals(1).set({ now, contactState: () => state }).checker.onQueueExit(0, exit)).not.toThrow();
      expect(() => probe().arrivals(1).set({ now, contactState: () => ContactState.waiting }).checker.onQueueExit(0, exit)).toThrow(`contact #0 exited as ${exit} in state 1`);
    }
  });

  it('fails a queue exit before the contact was queued', () => {
    expect(() => probe().arrivals(1).set({ now: 49, contactState: () => ContactState.voicemail }).checker.onQueueExit(0, 'voicemail')).toThrow('negative wait for contact #0');
  });

  it('fails a balk after the arrival, but not a later voicemail', () => {
    expect(() => probe().arrivals(1).set({ now: 60, contactState: () => ContactState.balked }).checker.onQueueExit(0, 'balked')).toThrow('contact #0 balked after its arrival');
    expect(() => probe().arrivals(1).set({ now: 60, contactState: () => ContactState.voicemail }).checker.onQueueExit(0, 'voicemail')).not.toThrow();
  });

  it('fails a clearing before the horizon unless the type clears when nobody who may serve it is on duty', () => {
    const cleared = { contactState: () => ContactState.cleared };
    expect(() => probe().arrivals(1).set({ ...cleared, now: 3599 }).checker.onQueueExit(0, 'cleared')).toThrow('contact #0 cleared before closing');
    const clears = withType(checkerModel(), 'call', { queueExits: { clearWhenUnstaffed: true } });
    const staffed = probe(clears).arrivals(1).set({ ...cleared, agentAvailable: (a: number) => a === 1 });
    expect(() => staffed.checker.onQueueExit(0, 'cleared')).toThrow('contact #0 cleared before closing');
    // Agent 2 (group h) is on duty but may not serve calls.
    const unstaffed = probe(clears).arrivals(1).set({ ...cleared, agentAvailable: (a: number) => a === 2 });
    expect(() => unstaffed.checker.onQueueExit(0, 'cleared')).not.toThrow();
    const keeps = withType(checkerModel(), 'call', { queueExits: { clearWhenUnstaffed: false } });
    expect(() => probe(keeps).arrivals(1).set({ ...cleared, agentAvailable: () => false }).checker.onQueueExit(0, 'cleared')).toThrow('cleared before closing');
  });

  it('fails a contact turned into a callback when it is not waiting', () => {
    expect(() => probe().checker.onConvertedToCallback(0)).not.toThrow();
    expect(() => probe().set({ contactState: () => ContactState.scheduled }).checker.onConvertedToCallback(0)).toThrow('contact #0 turned into a callback in state 8');
    expect(() => probe().set({ now: 10 }).checker.onConvertedToCallback(0)).not.toThrow();
  });
});

describe('InvariantChecker: a service starts', () => {
  const inService = { contactState: () => ContactState.inService };

  it('passes an eligible agent of enough proficiency on a contact in service', () => {
    expect(() => probe().arrivals(1).set(inService).checker.onServiceStart(0, 0)).not.toThrow();
    expect(() => probe().arrivals(1).set({ ...inService, agentProficiency: () => 2 }).checker.onServiceStart(0, 0)).not.toThrow();
  });

  it('fails a start before the contact was queued, in another state, by an ineligible or unskilled agent, or through no overflow step', () => {
    expect(() => probe().set({ ...inService, now: 49 }).checker.onServiceStart(0, 0)).toThrow('negative wait for contact #0');
    expect(() => probe().checker.onServiceStart(0, 0)).toThrow('contact #0 started service in state 1');
    expect(() => probe().set(inService).checker.onServiceStart(0, 2)).toThrow('agent 2 lacks the skill or channel for contact #0');
    expect(() => probe().set({ ...inService, agentProficiency: () => 1 }).checker.onServiceStart(0, 0)).toThrow('agent 0 has proficiency 1 < 2 for contact #0');
    expect(() => probe().set({ ...inService, contactOverflowStep: () => -1 }).checker.onServiceStart(0, 0)).toThrow('contact #0 was served through no overflow step');
  });

  it('fails a wait of earlier attempts that is negative, not finite, or on a contact that is no same-contact retrial', () => {
    for (const prior of [-1, Infinity, Number.NaN, 5]) {
      expect(() => probe().set({ ...inService, contactPriorWait: () => prior }).checker.onServiceStart(0, 0)).toThrow(`contact #0 has a wait of earlier attempts of ${prior}`);
    }
    const retrials = withType(checkerModel(), 'call', { retrial: { sameContact: true } });
    expect(() => probe(retrials).set({ ...inService, contactPriorWait: () => 5 }).checker.onServiceStart(0, 0)).not.toThrow();
    expect(() => probe(retrials).set({ ...inService, contactPriorWait: () => -1 }).checker.onServiceStart(0, 0)).toThrow('wait of earlier attempts of -1');
  });

  it("fails an individual agent's factor that is not positive and finite, only for a group with individuals", () => {
    const individuals = withGroup(checkerModel(), 'g', { individuals: { agents: [] } });
    const start = (o: Record<string, unknown>, model = individuals) => () => probe(model).set({ ...inService, ...o }).checker.onServiceStart(0, 0);
    expect(start({ agentResolutionFactor: () => 0 })).not.toThrow();
    for (const f of [0, Infinity, Number.NaN]) expect(start({ agentHandleTimeFactor: () => f })).toThrow(`agent 0 has handle-time factor ${f}`);
    for (const f of [-0.1, Infinity, Number.NaN]) expect(start({ agentResolutionFactor: () => f })).toThrow(`agent 0 has resolution factor ${f}`);
    for (const n of [-1, Number.NaN]) expect(start({ agentExperience: () => n })).toThrow(`agent 0 has experience ${n}`);
    expect(start({ agentHandleTimeFactor: () => 0 }, checkerModel())).not.toThrow();
  });
});

describe('InvariantChecker: a service ends', () => {
  it('fails a silent abandon unless the type is a chat or messaging type with silent abandonment', () => {
    const silent = { contactOutcome: () => ServiceOutcome.silentAbandoned };
    let model = checkerModel();
    for (const name of ['call', 'chat', 'mail', 'msg']) model = withType(model, name, { silentAbandonment: {} });
    expect(() => probe(model).arrivals(4).set(silent).checker.onServiceEnd(1)).not.toThrow();
    expect(() => probe(model).arrivals(4).set(silent).checker.onServiceEnd(3)).not.toThrow();
    expect(() => probe(model).arrivals(4).set(silent).checker.onServiceEnd(0)).toThrow('contact #0 of type call ended as a silent abandon');
    expect(() => probe(model).arrivals(4).set(silent).checker.onServiceEnd(2)).toThrow('contact #2 of type mail ended as a silent abandon');
    expect(() => probe().arrivals(4).set(silent).checker.onServiceEnd(1)).toThrow('contact #1 of type chat ended as a silent abandon');
    expect(() => probe().arrivals(4).set({ contactOutcome: () => ServiceOutcome.unresolved }).checker.onServiceEnd(1)).not.toThrow();
  });

  it('fails a session ending on an abandoned reply only without replyPatience', () => {
    const session = { exchanges: {}, slotDuringGap: 'released', sticky: false, timeout: Infinity };
    const abandoned = { contactAbandonedReply: () => true };
    expect(() => probe(withType(checkerModel(), 'msg', { session })).arrivals(4).set(abandoned).checker.onServiceEnd(3)).toThrow('messaging session #3 ended on an abandoned reply without replyPatience');
    expect(() => probe(withType(checkerModel(), 'msg', { session: { ...session, replyPatience: {} } })).arrivals(4).set(abandoned).checker.onServiceEnd(3)).not.toThrow();
  });

  it('fails work left beyond rounding (1e-9 of the clock, at least 1e-9 s)', () => {
    const end = (left: number, now = 100) => () => probe().arrivals(1).set({ now, contactWorkLeft: () => left }).checker.onServiceEnd(0);
    expect(end(0)).not.toThrow();
    expect(end(0.9e-7)).not.toThrow();
    expect(end(-0.9e-7)).not.toThrow();
    expect(end(1.1e-7)).toThrow('contact #0 ended with 1.1e-7 s of work left');
    expect(end(-1.1e-7)).toThrow('ended with -1.1e-7 s of work left');
    expect(end(Number.NaN)).toThrow('ended with NaN s of work left');
    expect(end(0.9e-9, 0.5)).not.toThrow();
    expect(end(1.1e-9, 0.5)).toThrow('ended with 1.1e-9 s of work left');
  });

  it('fails a suspension longer than the time in service beyond rounding, a negative one, or one the groups do not allow', () => {
    const calls = { interruptions: { suspends: [1, 3], resumeOverhead: 0 } };
    const model = withGroup(checkerModel(), 'g', calls);
    const suspended = (time: number, n = 1, m = model, c = 1) => () =>
      probe(m).arrivals(4).set({ contactInterruptions: () => n, contactSuspendedTime: () => time, contactServiceStart: () => 50, contactAgent: () => 0 }).checker.onServiceEnd(c);
    expect(suspended(0)).not.toThrow();
    expect(suspended(50 + 0.9e-7)).not.toThrow();
    expect(suspended(50 + 1.1e-7)).toThrow(/contact #1 was suspended 50\.0000001\d* s of its 50 s in service/);
    expect(suspended(-1)).toThrow('contact #1 was suspended 1 times for -1 s');
    expect(suspended(0, 0)).not.toThrow();
    // E-mail (channel 2) is not among the channels a call suspends in group g.
    expect(suspended(10, 1, model, 2)).toThrow("contact #2 was suspended but its agent's group lets no call suspend its channel");
    expect(suspended(0, 1, model, 2)).toThrow("contact #2 was suspended but its agent's group lets no call suspend its channel");
  });

  it("looks at every group's rule for a released messaging session, at its agent's group's otherwise", () => {
    const hSuspends = withGroup(checkerModel(), 'h', { interruptions: { suspends: [3], resumeOverhead: 0 } });
    const session = { exchanges: {}, sticky: false, timeout: Infinity };
    const end = (slotDuringGap: string) => () =>
      probe(withType(hSuspends, 'msg', { session: { ...session, slotDuringGap } }))
        .arrivals(4)
        .set({ contactInterruptions: () => 1, contactSuspendedTime: () => 10, contactServiceStart: () => 50, contactAgent: () => 0 })
        .checker.onServiceEnd(3);
    expect(end('released')).not.toThrow();
    expect(end('held')).toThrow("contact #3 was suspended but its agent's group lets no call suspend its channel");
  });
});

describe('InvariantChecker: self-service sessions', () => {
  it('fails an unknown outcome, an end before the issue opened, and a containment after a contact', () => {
    const none = { issueContacts: () => 0 };
    for (const outcome of [0, 1, 2]) expect(() => probe().set(none).checker.onSelfServiceEnd(0, 0, outcome)).not.toThrow();
    expect(() => probe().set(none).checker.onSelfServiceEnd(0, 0, 3)).toThrow('self-service session of issue #0 ended with outcome 3');
    expect(() => probe().set({ ...none, now: 49 }).checker.onSelfServiceEnd(0, 0, 1)).toThrow('self-service session of issue #0 ended before it began');
    expect(() => probe().set({ ...none, now: 50 }).checker.onSelfServiceEnd(0, 0, 1)).not.toThrow();
    expect(() => probe().checker.onSelfServiceEnd(0, 0, 0)).toThrow('issue #0 was contained by self-service after 1 contacts');
    expect(() => probe().checker.onSelfServiceEnd(0, 0, 1)).not.toThrow();
  });
});
