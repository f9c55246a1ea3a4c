import { describe, expect, it } from 'vitest';
import { longestIdleAgentPolicy } from '../../src/routing/longest-idle-agent';
import { FakeView, fakeContext } from './fake-view';
import type { FakeAgent, FakeContact, FakeState } from './fake-view';
import { supportModel } from './sample-model';

const model = supportModel();
const policy = longestIdleAgentPolicy(fakeContext(model));

function agentFor(contact: FakeContact, agents: FakeAgent[], extra: Partial<FakeState> = {}): string {
  const view = new FakeView(model, { now: 100, agents, contacts: [{ ...contact, name: 'c' }], ...extra });
  return view.agentName(policy.selectAgent(view.contact('c'), view));
}

function contactFor(agent: FakeAgent, contacts: FakeContact[]): string {
  const view = new FakeView(model, { now: 100, agents: [{ ...agent, name: 'a' }], contacts });
  return view.contactName(policy.selectContact(view.agent('a'), view));
}

describe('longest-idle-agent selectAgent', () => {
  it('prefers the agent idle longest, across groups', () => {
    const agents = [
      { name: 'ann', group: 'generalists', idleSince: 50 },
      { name: 'bob', group: 'sales-team', idleSince: 10 },
      { name: 'cat', group: 'generalists', idleSince: 30 },
    ];
    expect(agentFor({ type: 'sales', queuedAt: 100 }, agents)).toBe('bob');
  });

  it('skips an agent who lacks the skill', () => {
    const agents = [
      { name: 'sam', group: 'sales-team', idleSince: 0 }, // billing 1 < 2
      { name: 'gus', group: 'generalists', idleSince: 20 },
    ];
    expect(agentFor({ type: 'billing', queuedAt: 100 }, agents)).toBe('gus');
  });

  it('skips busy and off-duty agents', () => {
    const agents = [
      { name: 'busy', group: 'generalists', idleSince: 0, load: { voice: 1 } },
      { name: 'away', group: 'generalists', idleSince: 1, onDuty: false },
      { name: 'chatting', group: 'blended', idleSince: 2, load: { chat: 1 } },
      { name: 'free', group: 'sales-team', idleSince: 60 },
    ];
    expect(agentFor({ type: 'sales', queuedAt: 100 }, agents)).toBe('free');
  });

  it('gives a chat to an agent already chatting when that agent is idle longest', () => {
    const agents = [
      { name: 'one-chat', group: 'chat-team', idleSince: 5, load: { chat: 1 } },
      { name: 'no-chat', group: 'chat-team', idleSince: 40 },
      { name: 'full', group: 'chat-team', idleSince: 0, load: { chat: 2 } },
    ];
    expect(agentFor({ type: 'chat-support', queuedAt: 100 }, agents)).toBe('one-chat');
  });

  it('breaks a tie in idle time by the smaller agent id, not by group order', () => {
    // Agent 0 is in sales-team (group 2), agent 1 in generalists (group 0).
    const agents = [
      { name: 'first', group: 'sales-team', idleSince: 5 },
      { name: 'second', group: 'generalists', idleSince: 5 },
    ];
    expect(agentFor({ type: 'sales', queuedAt: 100 }, agents)).toBe('first');
  });

  it('returns -1 when no eligible agent is free', () => {
    const agents = [
      { name: 'busy', group: 'generalists', load: { voice: 1 } },
      { name: 'chat-only', group: 'chat-team' },
    ];
    expect(agentFor({ type: 'sales', queuedAt: 100 }, agents)).toBe('none');
  });

  it('skips a group whose agents are not eligible yet, without walking its free pool', () => {
    const agents = [
      { name: 'g1', group: 'generalists', idleSince: 0 },
      { name: 'g2', group: 'generalists', idleSince: 1 },
      { name: 'g3', group: 'generalists', idleSince: 2 },
      { name: 's1', group: 'sales-team', idleSince: 50 },
    ];
    const view: FakeView = new FakeView(model, {
      now: 100,
      agents,
      contacts: [{ name: 'c', type: 'sales', queuedAt: 100 }],
      blocked: (a) => view.agentGroup(a) === 0, // e.g. an overflow delay for generalists
    });
    expect(view.agentName(policy.selectAgent(view.contact('c'), view))).toBe('s1');
    expect(view.calls.freeAgentNext).toBe(0);
  });
});

describe('longest-idle-agent selectContact', () => {
  const generalist = { group: 'generalists' };

  it('serves the higher-priority type first, then FIFO', () => {
    const contacts = [
      { name: 'sales-0', type: 'sales', queuedAt: 0 },
      { name: 'billing-10', type: 'billing', queuedAt: 10 },
      { name: 'billing-5', type: 'billing', queuedAt: 5, segment: 'bronze' },
    ];
    expect(contactFor(generalist, contacts)).toBe('billing-5');
    expect(contactFor(generalist, contacts.slice(0, 2))).toBe('billing-10');
    expect(contactFor(generalist, contacts.slice(0, 1))).toBe('sales-0');
  });

  it('is FIFO across segments of the same type', () => {
    const contacts = [
      { name: 'gold-8', type: 'sales', segment: 'gold', queuedAt: 8 },
      { name: 'bronze-3', type: 'sales', segment: 'bronze', queuedAt: 3 },
    ];
    expect(contactFor(generalist, contacts)).toBe('bronze-3');
  });

  it('breaks a tie in queued time by the smaller serial', () => {
    const contacts = [
      { name: 'gold', type: 'sales', segment: 'gold', queuedAt: 10, serial: 7 },
      { name: 'bronze', type: 'sales', segment: 'bronze', queuedAt: 10, serial: 3 },
    ];
    expect(contactFor(generalist, contacts)).toBe('bronze');
  });

  it('lets a blended agent holding a chat take another chat, not an older call', () => {
    const contacts = [
      { name: 'call', type: 'sales', queuedAt: 0 },
      { name: 'chat', type: 'chat-support', queuedAt: 50 },
    ];
    expect(contactFor({ group: 'blended', load: { chat: 1 } }, contacts)).toBe('chat');
    expect(contactFor({ group: 'blended' }, contacts)).toBe('call');
  });

  it('returns -1 when nothing the agent can serve is waiting', () => {
    expect(contactFor({ group: 'billing-experts' }, [{ type: 'sales', queuedAt: 0 }])).toBe('none');
  });
});

describe('longestIdleAgentPolicy()', () => {
  it('rejects options', () => {
    expect(() => longestIdleAgentPolicy(fakeContext(model, { agingTime: 5 }))).toThrow(
      "routing.options.agingTime: policy 'longest-idle-agent' takes no options",
    );
  });
});
