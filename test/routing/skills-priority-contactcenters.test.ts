import { describe, expect, it } from 'vitest';
import { FixedUniformSource } from '../../src/random/fixed-uniform-source';
import { skillsPriorityPolicy } from '../../src/routing/skills-priority';
import { FakeView, fakeContext, fakeModel } from './fake-view';
import type { FakeAgent, FakeContact } from './fake-view';
import { supportModel } from './sample-model';

/** The two options that make skills-priority ContactCenters' SingleFIFOQueueRouter with selectUniform. */

const model = supportModel();
const billing = { type: 'billing', queuedAt: 100 };
const agents: FakeAgent[] = [
  { name: 'gina', group: 'generalists', idleSince: 0 },
  { name: 'ed', group: 'billing-experts', idleSince: 10 },
  { name: 'eve', group: 'billing-experts', idleSince: 20 },
];

function agentFor(options: Record<string, unknown>, u: number, free: FakeAgent[] = agents): string {
  const policy = skillsPriorityPolicy(fakeContext(model, options, new FixedUniformSource([u])));
  const view = new FakeView(model, { now: 100, agents: free, contacts: [{ ...billing, name: 'c' }] });
  return view.agentName(policy.selectAgent(view.contact('c'), view));
}

function contactFor(options: Record<string, unknown>, contacts: FakeContact[]): string {
  const policy = skillsPriorityPolicy(fakeContext(model, options));
  const view = new FakeView(model, { now: 100, agents: [{ name: 'a', group: 'generalists' }], contacts });
  return view.contactName(policy.selectContact(view.agent('a'), view));
}

describe('skills-priority uniformAgentFor', () => {
  const options = { groupsByType: { billing: ['billing-experts', 'generalists'] }, uniformAgentFor: ['billing'] };

  it('picks the floor(u × n)-th free agent over the listed groups, each equally likely', () => {
    // Free agents in order: ed, eve (billing-experts, longest idle first), then gina.
    expect(agentFor(options, 0.1)).toBe('ed');
    expect(agentFor(options, 0.5)).toBe('eve');
    expect(agentFor(options, 0.9)).toBe('gina');
  });

  it('leaves other types on the list order, and the type on the list order without the option', () => {
    expect(agentFor({ groupsByType: options.groupsByType }, 0.9)).toBe('ed');
  });

  it('draws one uniform per arrival of the type, even when nobody is free', () => {
    let draws = 0;
    const random = { next: () => (draws++, 0.5) };
    const policy = skillsPriorityPolicy(fakeContext(model, options, random as never));
    const view = new FakeView(model, { now: 100, agents: [{ name: 'x', group: 'generalists', load: { voice: 1 } }], contacts: [{ ...billing, name: 'c' }] });
    expect(policy.selectAgent(view.contact('c'), view)).toBe(-1);
    expect(draws).toBe(1);
  });

  it('names an unknown type with a suggestion', () => {
    expect(() => agentFor({ uniformAgentFor: ['biling'] }, 0.5)).toThrow(/uniformAgentFor\[0\]: unknown contact type 'biling'; did you mean 'billing'\?/);
  });
});

describe('skills-priority contactOrder', () => {
  const contacts = [
    { name: 'billing-new', type: 'billing', queuedAt: 90 },
    { name: 'sales-old', type: 'sales', queuedAt: 0 },
  ];
  // billing has the higher type priority in the sample model; the list puts sales first.
  const lists = { typesByGroup: { generalists: ['sales', 'billing'] } };

  it("'default-order' takes the first contact in the default order across the group's types", () => {
    expect(contactFor({ ...lists, contactOrder: 'default-order' }, contacts)).toBe('billing-new');
  });

  it("'default-order' with equal priorities takes the contact waiting longest (FIFO across types)", () => {
    const sameType = [
      { name: 'billing-90', type: 'billing', segment: 'gold', queuedAt: 90 },
      { name: 'billing-10', type: 'billing', segment: 'bronze', queuedAt: 10 },
    ];
    expect(contactFor({ contactOrder: 'default-order' }, sameType)).toBe('billing-10');
  });

  it("'first-then-default-order' takes the first listed type when it has a contact, whatever the default order says", () => {
    expect(contactFor({ ...lists, contactOrder: 'first-then-default-order' }, contacts)).toBe('sales-old');
    expect(contactFor({ ...lists, contactOrder: 'first-then-default-order' }, [contacts[0]!])).toBe('billing-new');
  });

  it("'lists' (the default) takes the first type in list order", () => {
    expect(contactFor(lists, contacts)).toBe('sales-old');
    expect(contactFor({ ...lists, contactOrder: 'lists' }, contacts)).toBe('sales-old');
  });

  it('still never takes a type left out of the list', () => {
    expect(contactFor({ typesByGroup: { generalists: ['sales'] }, contactOrder: 'default-order' }, contacts)).toBe('sales-old');
  });

  it('rejects an unknown order, listing the known ones', () => {
    expect(() => contactFor({ contactOrder: 'fifo' }, contacts)).toThrow(/contactOrder: must be one of 'lists', 'default-order', 'first-then-default-order', got/);
  });
});

describe('skills-priority contactOrder over three types of equal priority', () => {
  // Types x, y, z (voice, skill s, priority 0); group g serves them in the list order x, y, z.
  const three = fakeModel({
    skills: ['s'],
    types: ['x', 'y', 'z'].map((name) => ({ name, requirements: [['s', 1] as const] })),
    groups: [{ name: 'g', proficiency: { s: 1 } }],
  });
  const pick = (contactOrder: string, contacts: FakeContact[]): string => {
    const policy = skillsPriorityPolicy(fakeContext(three, { typesByGroup: { g: ['x', 'y', 'z'] }, contactOrder }));
    const view = new FakeView(three, { now: 100, agents: [{ name: 'a', group: 'g' }], contacts });
    return view.contactName(policy.selectContact(view.agent('a'), view));
  };

  it("'default-order' keeps an earlier type's contact that waited longer than a later type's", () => {
    expect(pick('default-order', [{ name: 'x-old', type: 'x', queuedAt: 10 }, { name: 'y-new', type: 'y', queuedAt: 50 }])).toBe('x-old');
  });

  it("'first-then-default-order' without a contact of the first type takes the longest wait across the others", () => {
    expect(pick('first-then-default-order', [{ name: 'y-new', type: 'y', queuedAt: 50 }, { name: 'z-old', type: 'z', queuedAt: 10 }])).toBe('z-old');
  });
});
