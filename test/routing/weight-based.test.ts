import { describe, expect, it } from 'vitest';
import { MIN_RECONSIDER_DELAY, weightBasedPolicy } from '../../src/routing/weight-based';
import { FakeView, fakeContext, fakeModel } from './fake-view';
import type { FakeAgent, FakeContact } from './fake-view';

/**
 * weight-based (WR) on hand-worked states: types a and b, groups g1 and g2 both serving both; the
 * index of pair (type k, group j) is q_kj + a_kj · wait + b_kj · idle, worked out in each comment.
 * now = 1000.
 */
const NOW = 1000;
const model = fakeModel({
  skills: ['s'],
  types: [{ name: 'a', requirements: [['s', 1]] }, { name: 'b', requirements: [['s', 1]] }],
  groups: [{ name: 'g1', proficiency: { s: 3 } }, { name: 'g2', proficiency: { s: 3 } }],
});
const waited = (name: string, type: string, wait: number): FakeContact => ({ name, type, queuedAt: NOW - wait });

function chooseAgent(options: Record<string, unknown>, agents: FakeAgent[], contact: FakeContact): string {
  const view = new FakeView(model, { now: NOW, agents, contacts: [contact] });
  return view.agentName(weightBasedPolicy(fakeContext(model, options)).selectAgent(view.contact(contact.name!), view));
}

function chooseContact(options: Record<string, unknown>, contacts: FakeContact[], group = 'g1'): string {
  const view = new FakeView(model, { now: NOW, agents: [{ name: 'x', group }], contacts });
  return view.contactName(weightBasedPolicy(fakeContext(model, options)).selectContact(view.agent('x'), view));
}

function reconsider(options: Record<string, unknown>, contact: FakeContact): number {
  const view = new FakeView(model, { now: NOW, agents: [], contacts: [contact] });
  return weightBasedPolicy(fakeContext(model, options)).reconsiderAfter!(view.contact(contact.name!), view);
}

describe('weight-based selectAgent', () => {
  it('breaks equal indexes by the longest idle agent, whichever group comes first', () => {
    // idleWeight 0: every pair's index is the wait, 0 on arrival: a tie.
    const options = { idleWeight: 0 };
    const c = waited('c', 'a', 0);
    expect(chooseAgent(options, [{ name: 'p', group: 'g1', idleSince: 500 }, { name: 'q', group: 'g2', idleSince: 100 }], c)).toBe('q');
    expect(chooseAgent(options, [{ name: 'p', group: 'g1', idleSince: 100 }, { name: 'q', group: 'g2', idleSince: 500 }], c)).toBe('p');
  });

  it('a larger index wins over a longer idle time', () => {
    // idleWeight 0, wait 0: g1's index is its constant 10, g2's 0; g2's agent has been idle longer.
    const options = { constant: { a: { g1: 10 } }, idleWeight: 0 };
    expect(chooseAgent(options, [{ name: 'p', group: 'g1', idleSince: 500 }, { name: 'q', group: 'g2', idleSince: 100 }], waited('c', 'a', 0))).toBe('p');
  });

  it('passes over an eligible group without a free agent', () => {
    const agents: FakeAgent[] = [{ name: 'busy', group: 'g1', load: { voice: 1 } }, { name: 'q', group: 'g2', idleSince: 900 }];
    expect(chooseAgent({}, agents, waited('c', 'a', 0))).toBe('q');
  });

  it('reads the weights of the contact’s own type and the agent’s group', () => {
    // Type b in g2: q = −100 keeps the contact off g2 until it has waited 100 s; g1 (q = 0) has nobody free.
    const agents: FakeAgent[] = [{ name: 'busy', group: 'g1', load: { voice: 1 } }, { name: 'q', group: 'g2', idleSince: NOW }];
    const options = { constant: { b: { g2: -100 } }, idleWeight: 0 };
    expect(chooseAgent(options, agents, waited('c', 'b', 99))).toBe('none');
    expect(chooseAgent(options, agents, waited('c', 'b', 100))).toBe('q');
    expect(chooseAgent(options, agents, waited('c', 'a', 0))).toBe('q');
  });
});

describe('weight-based selectContact', () => {
  it('takes a contact whose index is exactly 0', () => {
    expect(chooseContact({ constant: { a: -60 } }, [waited('c', 'a', 60)])).toBe('c');
  });

  it('takes a later queue’s head when its index is larger', () => {
    // Indexes are the waits: 10 for a, 100 for b.
    expect(chooseContact({}, [waited('young', 'a', 10), waited('old', 'b', 100)])).toBe('old');
    expect(chooseContact({}, [waited('old', 'a', 100), waited('young', 'b', 10)])).toBe('old');
  });

  it('breaks equal indexes by the default order (type priority, then the longer wait)', () => {
    // waitWeight 0: both indexes are 0.
    const options = { waitWeight: 0 };
    expect(chooseContact(options, [waited('young', 'a', 10), waited('old', 'b', 100)])).toBe('old');
    expect(chooseContact(options, [waited('old', 'a', 100), waited('young', 'b', 10)])).toBe('old');
  });

  it('a larger index wins over the default order', () => {
    // a's head waited 10 s, its index 10 + 100; b's waited 100 s (first in the default order), index 100.
    expect(chooseContact({ constant: { a: 100 } }, [waited('young', 'a', 10), waited('old', 'b', 100)])).toBe('young');
  });

  it('reads the weights of the contact’s type and the agent’s own group', () => {
    // For g2: b's index 30 − 100 < 0, a's 10; for g1 both are their waits.
    const options = { constant: { b: { g2: -100 } } };
    const contacts = [waited('a', 'a', 10), waited('b', 'b', 30)];
    expect(chooseContact(options, contacts, 'g2')).toBe('a');
    expect(chooseContact(options, contacts, 'g1')).toBe('b');
  });

  it('takes a due callback whatever its index, before a contact with a larger one', () => {
    const contacts: FakeContact[] = [waited('plain', 'a', 500), { name: 'due', type: 'b', queuedAt: NOW - 5, callback: { kind: 2, promise: NOW + 60 } }];
    expect(chooseContact({ constant: { b: -1000 } }, contacts)).toBe('due');
  });
});

describe('weight-based reconsiderAfter', () => {
  it('is the time until the soonest crossing of 0 among the eligible groups', () => {
    // g1: −100 + wait → 70 s after a wait of 30; g2: −50 + wait → 20 s.
    expect(reconsider({ constant: { a: { g1: -100, g2: -50 } } }, waited('c', 'a', 30))).toBe(20);
    expect(reconsider({ constant: { a: { g1: -50, g2: -100 } } }, waited('c', 'a', 30))).toBe(20);
  });

  it('reads the pair of the contact’s own type', () => {
    // Type b: g1 −90 + wait, g2 −200 + 2 · wait → 60 s and 70 s after a wait of 30; type a's pairs cross sooner.
    const options = { constant: { a: -40, b: { g1: -90, g2: -200 } }, waitWeight: { b: { g2: 2 } } };
    expect(reconsider(options, waited('c', 'b', 30))).toBe(60);
  });

  it('ignores pairs whose index does not grow with the wait', () => {
    // g2: 60 − wait shrinks; crossing 0 at 60 s is not a reason to look again. g1 crosses in 70 s.
    const options = { constant: { a: { g1: -100, g2: 60 } }, waitWeight: { a: { g2: -1 } } };
    expect(reconsider(options, waited('c', 'a', 30))).toBe(70);
  });

  it('is Infinity when every index is already ≥ 0 (the crossing is now or past), and never below the minimum delay', () => {
    expect(reconsider({ constant: { a: -30 } }, waited('c', 'a', 30))).toBe(Infinity);
    expect(reconsider({ constant: { a: -30.0001 } }, waited('c', 'a', 30))).toBe(MIN_RECONSIDER_DELAY);
  });
});
