import { describe, expect, it } from 'vitest';
import { skillsPriorityPolicy } from '../../src/routing/skills-priority';
import { FakeView, fakeContext } from './fake-view';
import type { FakeAgent, FakeContact } from './fake-view';
import { supportModel } from './sample-model';

const model = supportModel();

function agentFor(options: Record<string, unknown>, contact: FakeContact, agents: FakeAgent[]): string {
  const policy = skillsPriorityPolicy(fakeContext(model, options));
  const view = new FakeView(model, { now: 100, agents, contacts: [{ ...contact, name: 'c' }] });
  return view.agentName(policy.selectAgent(view.contact('c'), view));
}

function contactFor(options: Record<string, unknown>, agent: FakeAgent, contacts: FakeContact[]): string {
  const policy = skillsPriorityPolicy(fakeContext(model, options));
  const view = new FakeView(model, { now: 100, agents: [{ ...agent, name: 'a' }], contacts });
  return view.contactName(policy.selectContact(view.agent('a'), view));
}

const billing = { type: 'billing', queuedAt: 100 };

describe('skills-priority selectAgent', () => {
  const agents = [
    { name: 'gina', group: 'generalists', idleSince: 0 },
    { name: 'ed', group: 'billing-experts', idleSince: 90 },
  ];

  it('tries groups in the configured order', () => {
    const options = { groupsByType: { billing: ['billing-experts', 'generalists'] } };
    expect(agentFor(options, billing, agents)).toBe('ed');
  });

  it('falls back to the next group when the first has nobody free', () => {
    const options = { groupsByType: { billing: ['billing-experts', 'generalists'] } };
    const busyExpert = [agents[0]!, { ...agents[1]!, load: { voice: 1 } }];
    expect(agentFor(options, billing, busyExpert)).toBe('gina');
  });

  it('by default tries all eligible groups in group id order, whatever the idle times', () => {
    const reversed = [
      { name: 'gina', group: 'generalists', idleSince: 90 },
      { name: 'ed', group: 'billing-experts', idleSince: 0 },
    ];
    expect(agentFor({}, billing, reversed)).toBe('gina');
  });

  it('uses the default list for types the option does not mention', () => {
    const options = { groupsByType: { sales: ['sales-team'] } };
    expect(agentFor(options, billing, [{ name: 'ed', group: 'billing-experts' }])).toBe('ed');
  });

  it('takes the longest-idle agent within the chosen group', () => {
    const group = [
      { name: 'late', group: 'generalists', idleSince: 30 },
      { name: 'early', group: 'generalists', idleSince: 10 },
      { name: 'expert', group: 'billing-experts', idleSince: 0 },
    ];
    expect(agentFor({ groupsByType: { billing: ['generalists', 'billing-experts'] } }, billing, group)).toBe('early');
  });

  it('returns -1 when no listed group has a free agent, even if another eligible group has', () => {
    const options = { groupsByType: { billing: ['billing-experts'] } };
    expect(agentFor(options, billing, [{ name: 'gina', group: 'generalists' }])).toBe('none');
  });
});

describe('skills-priority selectContact', () => {
  const contacts = [
    { name: 'sales-old', type: 'sales', queuedAt: 0 },
    { name: 'billing-new', type: 'billing', queuedAt: 90 },
  ];

  it('serves types in the configured order', () => {
    expect(contactFor({ typesByGroup: { generalists: ['sales', 'billing'] } }, { group: 'generalists' }, contacts)).toBe(
      'sales-old',
    );
  });

  it('by default serves types by priority, highest first', () => {
    expect(contactFor({}, { group: 'generalists' }, contacts)).toBe('billing-new');
  });

  it('takes the oldest contact of the type across its segment queues', () => {
    const bySegment = [
      { name: 'gold-20', type: 'billing', segment: 'gold', queuedAt: 20 },
      { name: 'bronze-10', type: 'billing', segment: 'bronze', queuedAt: 10 },
      { name: 'sales-0', type: 'sales', queuedAt: 0 },
    ];
    expect(contactFor({}, { group: 'generalists' }, bySegment)).toBe('bronze-10');
  });

  it('moves on to the next type when nothing of the first is waiting', () => {
    const options = { typesByGroup: { generalists: ['billing', 'sales'] } };
    expect(contactFor(options, { group: 'generalists' }, [contacts[0]!])).toBe('sales-old');
  });

  it('moves on when the agent cannot take the first type now', () => {
    const options = { typesByGroup: { blended: ['sales', 'chat-support'] } };
    const mixed = [
      { name: 'call', type: 'sales', queuedAt: 0 },
      { name: 'chat', type: 'chat-support', queuedAt: 50 },
    ];
    expect(contactFor(options, { group: 'blended', load: { chat: 1 } }, mixed)).toBe('chat');
  });

  it('by default serves types of equal priority in type id order, whatever the waits', () => {
    // blended serves sales (id 0) and chat-support (id 2), both priority 0; the chat waited longer.
    const mixed = [
      { name: 'chat', type: 'chat-support', queuedAt: 0 },
      { name: 'call', type: 'sales', queuedAt: 50 },
    ];
    expect(contactFor({}, { group: 'blended' }, mixed)).toBe('call');
  });

  it('takes a due callback of a later listed type before the first type’s contact', () => {
    const options = { typesByGroup: { generalists: ['sales', 'billing'] } };
    const withDue: FakeContact[] = [
      { name: 'sales-old', type: 'sales', queuedAt: 0 },
      { name: 'billing-due', type: 'billing', queuedAt: 90, callback: { kind: 2, promise: 200 } },
    ];
    expect(contactFor(options, { group: 'generalists' }, withDue)).toBe('billing-due');
  });

  it('takes the due callback with the earliest promise, whatever the list order', () => {
    const options = { typesByGroup: { generalists: ['sales', 'billing'] } };
    const twoDue: FakeContact[] = [
      { name: 'sales-due', type: 'sales', queuedAt: 0, callback: { kind: 2, promise: 200 } },
      { name: 'billing-due', type: 'billing', queuedAt: 90, callback: { kind: 2, promise: 150 } },
    ];
    expect(contactFor(options, { group: 'generalists' }, twoDue)).toBe('billing-due');
    const reversed: FakeContact[] = [
      { name: 'sales-due', type: 'sales', queuedAt: 0, callback: { kind: 2, promise: 150 } },
      { name: 'billing-due', type: 'billing', queuedAt: 90, callback: { kind: 2, promise: 200 } },
    ];
    expect(contactFor(options, { group: 'generalists' }, reversed)).toBe('sales-due');
  });

  it('leaves types out of a configured list unserved by that group', () => {
    expect(contactFor({ typesByGroup: { generalists: ['sales'] } }, { group: 'generalists' }, [contacts[1]!])).toBe(
      'none',
    );
  });
});
