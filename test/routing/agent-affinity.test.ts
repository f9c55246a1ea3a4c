import { describe, expect, it } from 'vitest';
import { agentAffinityPolicy } from '../../src/routing/agent-affinity';
import { FakeView, fakeContext, fakeModel } from './fake-view';
import type { FakeAgent, FakeContact } from './fake-view';

// One skill; 'team' serves both types, 'trainees' lack the skill for 'vip-line' (needs 3).
const model = fakeModel({
  skills: ['support'],
  types: [
    { name: 'support', requirements: [['support', 1]] },
    { name: 'vip-line', requirements: [['support', 3]], priority: 1 },
  ],
  groups: [
    { name: 'team', proficiency: { support: 3 } },
    { name: 'trainees', proficiency: { support: 1 } },
  ],
});

const NOW = 1000;

/** `ann` idle since 500, `bob` since 100 (longest idle), `cat` busy; all in 'team'. */
function agents(overrides: Partial<Record<string, Partial<FakeAgent>>> = {}): FakeAgent[] {
  const base: FakeAgent[] = [
    { name: 'ann', group: 'team', idleSince: 500 },
    { name: 'bob', group: 'team', idleSince: 100 },
    { name: 'cat', group: 'team', idleSince: 0, load: { voice: 1 } },
  ];
  return base.map((a) => ({ ...a, ...overrides[a.name!] }));
}

function view(contacts: FakeContact[], opts: { now?: number; agents?: FakeAgent[] } = {}): FakeView {
  return new FakeView(model, { now: opts.now ?? NOW, agents: opts.agents ?? agents(), contacts });
}

/** A repeat contact (attempt 2) whose customer was served last by `last`, queued `waited` s ago. */
const repeat = (name: string, last: string, waited: number, extra: Partial<FakeContact> = {}): FakeContact => ({
  name,
  type: 'support',
  queuedAt: NOW - waited,
  attempt: 2,
  lastAgent: last,
  ...extra,
});
const first = (name: string, waited: number, extra: Partial<FakeContact> = {}): FakeContact => ({
  name,
  type: 'support',
  queuedAt: NOW - waited,
  ...extra,
});

function agentFor(v: FakeView, contact: string, options: Record<string, unknown> = {}): string {
  return v.agentName(agentAffinityPolicy(fakeContext(model, options)).selectAgent(v.contact(contact), v));
}
function contactFor(v: FakeView, agent: string, options: Record<string, unknown> = {}): string {
  return v.contactName(agentAffinityPolicy(fakeContext(model, options)).selectContact(v.agent(agent), v));
}
function wakeAfter(v: FakeView, contact: string, options: Record<string, unknown> = {}): number {
  return agentAffinityPolicy(fakeContext(model, options)).reconsiderAfter!(v.contact(contact), v);
}

describe('agent-affinity selectAgent', () => {
  it('gives a first contact to the longest-idle agent', () => {
    expect(agentFor(view([first('new', 0)]), 'new')).toBe('bob');
  });

  it('gives a repeat contact to the agent who served the customer last when that agent is free', () => {
    expect(agentFor(view([repeat('back', 'ann', 0)]), 'back')).toBe('ann');
  });

  it('keeps a repeat contact waiting for its busy last agent while another agent is free', () => {
    expect(agentFor(view([repeat('back', 'cat', 0)]), 'back')).toBe('none');
    expect(agentFor(view([repeat('back', 'cat', 59.5)]), 'back')).toBe('none');
  });

  it('lets anyone take it once it has waited waitLimit seconds (default 60)', () => {
    expect(agentFor(view([repeat('back', 'cat', 60)]), 'back')).toBe('bob');
    expect(agentFor(view([repeat('back', 'cat', 10)]), 'back', { waitLimit: 10 })).toBe('bob');
    expect(agentFor(view([repeat('back', 'cat', 9)]), 'back', { waitLimit: 10 })).toBe('none');
  });

  it('with waitLimit 0 uses the last agent only when free at once', () => {
    expect(agentFor(view([repeat('back', 'ann', 0)]), 'back', { waitLimit: 0 })).toBe('ann');
    expect(agentFor(view([repeat('back', 'cat', 0)]), 'back', { waitLimit: 0 })).toBe('bob');
  });

  it('still prefers the last agent after the wait limit when it is free', () => {
    expect(agentFor(view([repeat('back', 'ann', 300)]), 'back')).toBe('ann');
  });

  it('does not hold a transfer: it goes to the longest-idle agent', () => {
    expect(agentFor(view([repeat('moved', 'cat', 0, { transfer: true })]), 'moved')).toBe('bob');
    expect(agentFor(view([repeat('moved', 'ann', 0, { transfer: true })]), 'moved')).toBe('bob');
  });

  it('does not hold a contact whose last agent logged off', () => {
    const off = agents({ cat: { onDuty: false, load: {} } });
    expect(agentFor(view([repeat('back', 'cat', 0)], { agents: off }), 'back')).toBe('bob');
  });

  it('does not hold a contact for a last agent who is not eligible for it', () => {
    const staff = [...agents(), { name: 'dan', group: 'trainees', load: { voice: 1 } }];
    const vip = repeat('vip', 'dan', 0, { type: 'vip-line' });
    expect(agentFor(view([vip], { agents: staff }), 'vip')).toBe('bob');
  });

  it('treats attempt 1 as a first contact even with a last agent set', () => {
    expect(agentFor(view([repeat('odd', 'cat', 0, { attempt: 1 })]), 'odd')).toBe('bob');
  });
});

describe('agent-affinity selectContact', () => {
  it('serves first contacts in the default order (priority, then FIFO)', () => {
    const v = view([first('old', 50), first('older', 80), { name: 'vip', type: 'vip-line', queuedAt: NOW }]);
    expect(contactFor(v, 'bob')).toBe('vip');
    const plain = view([first('old', 50), first('older', 80)]);
    expect(contactFor(plain, 'bob')).toBe('older');
  });

  it('skips a contact held for another agent', () => {
    const v = view([repeat('held', 'cat', 30), first('new', 5)]);
    expect(contactFor(v, 'bob')).toBe('new');
  });

  it('returns none when every waiting contact is held for someone else', () => {
    expect(contactFor(view([repeat('held', 'cat', 30)]), 'bob')).toBe('none');
  });

  it('prefers a contact held for this agent over older ones', () => {
    const staff = agents({ ann: { load: {} } });
    const v = view([first('older', 50), repeat('mine', 'ann', 5)], { agents: staff });
    expect(contactFor(v, 'ann')).toBe('mine');
    // ... and over higher priority.
    const vip = view([{ name: 'vip', type: 'vip-line', queuedAt: NOW - 50 }, repeat('mine', 'ann', 5)], { agents: staff });
    expect(contactFor(vip, 'ann')).toBe('mine');
  });

  it('picks among contacts held for this agent by the default order', () => {
    const v = view([repeat('mine-late', 'ann', 5), repeat('mine-early', 'ann', 20), { ...repeat('mine-vip', 'ann', 1), type: 'vip-line' }]);
    expect(contactFor(v, 'ann')).toBe('mine-vip');
    const same = view([repeat('mine-late', 'ann', 5), repeat('mine-early', 'ann', 20)]);
    expect(contactFor(same, 'ann')).toBe('mine-early');
  });

  it('keeps the first contact held for this agent in the default order across queues of equal priority', () => {
    // Two types of one priority: each queue's head is held for ann; the first queue's waited longer.
    const twoTypes = fakeModel({
      skills: ['support'],
      types: [{ name: 'a', requirements: [['support', 1]] }, { name: 'b', requirements: [['support', 1]] }],
      groups: [{ name: 'team', proficiency: { support: 3 } }],
    });
    const held = (name: string, type: string, waited: number): FakeContact => ({ ...repeat(name, 'ann', waited), type });
    const v = new FakeView(twoTypes, { now: NOW, agents: agents(), contacts: [held('a-old', 'a', 20), held('b-new', 'b', 5)] });
    expect(v.contactName(agentAffinityPolicy(fakeContext(twoTypes, {})).selectContact(v.agent('ann'), v))).toBe('a-old');
  });

  it('releases a held contact to anyone after waitLimit', () => {
    const contacts = [repeat('held', 'cat', 60), first('new', 5)];
    expect(contactFor(view(contacts), 'bob')).toBe('held');
    expect(contactFor(view([repeat('held', 'cat', 59), first('new', 5)]), 'bob')).toBe('new');
    expect(contactFor(view([repeat('held', 'cat', 20), first('new', 5)]), 'bob', { waitLimit: 20 })).toBe('held');
  });

  it('after waitLimit a repeat is an ordinary contact, also for its last agent', () => {
    const v = view([repeat('back', 'ann', 70), first('older', 80)]);
    expect(contactFor(v, 'ann')).toBe('older');
  });

  it('releases a contact whose last agent logged off', () => {
    const off = agents({ cat: { onDuty: false, load: {} } });
    expect(contactFor(view([repeat('held', 'cat', 30), first('new', 5)], { agents: off }), 'bob')).toBe('held');
  });

  it('takes a due callback before a contact held for this agent', () => {
    // Types differ so that each is the head of its own queue; the due callback is contact 0.
    const due = first('due', 5, { type: 'vip-line', callback: { kind: 2, promise: NOW + 60 } });
    expect(contactFor(view([due, repeat('mine', 'bob', 30)]), 'bob')).toBe('due');
  });

  it('does not hold transfers', () => {
    expect(contactFor(view([repeat('moved', 'cat', 30, { transfer: true }), first('new', 5)]), 'bob')).toBe('moved');
  });

  it('returns none for an agent without free capacity', () => {
    expect(contactFor(view([repeat('back', 'cat', 30)]), 'cat')).toBe('none');
  });
});

describe('agent-affinity bounded walk (8 contacts per queue)', () => {
  const heldFor = (who: string, n: number): FakeContact[] =>
    Array.from({ length: n }, (_, i) => repeat(`held-${i}`, who, 50 - i));

  it('finds a free contact behind 7 held ones, not behind 8', () => {
    const seven = view([...heldFor('cat', 7), first('free', 1)]);
    expect(contactFor(seven, 'bob')).toBe('free');
    expect(seven.calls.queueNext).toBeLessThanOrEqual(7);
    const eight = view([...heldFor('cat', 8), first('free', 1)]);
    expect(contactFor(eight, 'bob')).toBe('none');
    expect(eight.calls.queueNext).toBeLessThanOrEqual(8);
  });

  it('finds a contact held for this agent among the first 8 of a queue only', () => {
    const near = view([...Array.from({ length: 7 }, (_, i) => first(`f${i}`, 50 - i)), repeat('mine', 'ann', 1)]);
    expect(contactFor(near, 'ann')).toBe('mine');
    const far = view([...Array.from({ length: 8 }, (_, i) => first(`f${i}`, 50 - i)), repeat('mine', 'ann', 1)]);
    expect(contactFor(far, 'ann')).toBe('f0');
  });

  it('walks at most 8 contacts in each queue however long it is', () => {
    const v = view(Array.from({ length: 40 }, (_, i) => first(`f${i}`, 100 - i)));
    expect(contactFor(v, 'bob')).toBe('f0');
    expect(v.calls.queueNext).toBeLessThanOrEqual(7);
  });
});

describe('agent-affinity reconsiderAfter', () => {
  it('is the time left until waitLimit for a held contact', () => {
    expect(wakeAfter(view([repeat('held', 'cat', 0)]), 'held')).toBe(60);
    expect(wakeAfter(view([repeat('held', 'cat', 15)]), 'held')).toBe(45);
    expect(wakeAfter(view([repeat('held', 'cat', 15)]), 'held', { waitLimit: 20 })).toBe(5);
  });

  it('is Infinity for contacts that are not held', () => {
    const v = view([
      first('new', 0),
      repeat('moved', 'cat', 0, { transfer: true }),
      repeat('late', 'cat', 60),
      repeat('lost', 'dan', 0),
    ], { agents: [...agents(), { name: 'dan', group: 'team', onDuty: false }] });
    for (const c of ['new', 'moved', 'late', 'lost']) expect(wakeAfter(v, c), c).toBe(Infinity);
  });

  it('reaches the wait limit in floating point after at most two wake-ups', () => {
    // The engine wakes the contact at now + delay; awkward magnitudes must not leave it held
    // a hair before its limit forever.
    let seed = 7;
    const u = (): number => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let i = 0; i < 400; i++) {
      const queuedAt = 10 ** (u() * 12 - 3) * u();
      const waitLimit = 10 ** (u() * 8 - 4) * u() + 1e-9;
      let now = queuedAt + (i % 2 === 0 ? 0 : u() * waitLimit);
      const policy = agentAffinityPolicy(fakeContext(model, { waitLimit }));
      let wakes = 0;
      for (;;) {
        const v = new FakeView(model, { now, agents: agents(), contacts: [{ ...repeat('held', 'cat', 0), queuedAt }] });
        const delay = policy.reconsiderAfter!(0, v);
        if (delay === Infinity) break;
        expect(delay).toBeGreaterThan(0);
        now += delay;
        wakes++;
        expect(wakes, `queuedAt ${queuedAt}, waitLimit ${waitLimit}`).toBeLessThanOrEqual(2);
      }
      expect(now).toBeGreaterThanOrEqual(queuedAt + waitLimit);
    }
  });
});

describe('agent-affinity options', () => {
  const create = (options: Record<string, unknown>) => () => agentAffinityPolicy(fakeContext(model, options));

  it('rejects unknown options with a suggestion', () => {
    expect(create({ waitlimit: 5 })).toThrow(
      "routing.options.waitlimit: unknown option for policy 'agent-affinity'; did you mean 'waitLimit'?",
    );
  });

  it('rejects a bad waitLimit', () => {
    expect(create({ waitLimit: -1 })).toThrow('routing.options.waitLimit: must be a non-negative finite number, got -1');
    expect(create({ waitLimit: Infinity })).toThrow(RangeError);
    expect(create({ waitLimit: '60s' })).toThrow("got '60s'");
  });
});
