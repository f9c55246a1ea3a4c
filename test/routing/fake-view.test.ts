import { describe, expect, it } from 'vitest';
import { FakeView } from './fake-view';
import { supportModel } from './sample-model';

// The fake must follow the engine's rules, or the policy tests prove nothing.
describe('FakeView', () => {
  const model = supportModel();

  it('derives eligible groups from channel and proficiency', () => {
    const view = new FakeView(model, { now: 0, agents: [] });
    expect(view.eligibleGroups(0)).toEqual([0, 2, 4]); // sales: generalists, sales-team, blended
    expect(view.eligibleGroups(1)).toEqual([0, 1]); // billing ≥ 2: not sales-team (1)
    expect(view.eligibleGroups(2)).toEqual([3, 4]); // chat: chat-team, blended
  });

  it('keeps voice exclusive and chat concurrent', () => {
    const view = new FakeView(model, {
      now: 0,
      agents: [
        { name: 'on-chat', group: 'blended', load: { chat: 1 } },
        { name: 'on-call', group: 'blended', load: { voice: 1 } },
        { name: 'two-chats', group: 'blended', load: { chat: 2 } },
      ],
      contacts: [
        { name: 'call', type: 'sales', queuedAt: 0 },
        { name: 'chat', type: 'chat-support', queuedAt: 0 },
      ],
    });
    const can = (a: string, c: string): boolean => view.canServe(view.agent(a), view.contact(c));
    expect([can('on-chat', 'call'), can('on-chat', 'chat')]).toEqual([false, true]);
    expect([can('on-call', 'call'), can('on-call', 'chat')]).toEqual([false, false]);
    expect([can('two-chats', 'call'), can('two-chats', 'chat')]).toEqual([false, false]);
  });

  it('orders free pools by idle time, then id, and queues FIFO', () => {
    const view = new FakeView(model, {
      now: 0,
      agents: [
        { group: 'generalists', idleSince: 9 },
        { group: 'generalists', idleSince: 3 },
        { group: 'generalists', idleSince: 9 },
        { group: 'generalists', idleSince: 1, onDuty: false },
      ],
      contacts: [
        { type: 'sales', queuedAt: 5 },
        { type: 'sales', queuedAt: 2 },
      ],
    });
    expect(view.freeAgentHead(0, 0)).toBe(1);
    expect(view.freeAgentNext(1, 0)).toBe(0);
    expect(view.freeAgentNext(0, 0)).toBe(2);
    expect(view.freeAgentNext(2, 0)).toBe(-1);
    expect(view.queueHead(view.queueOf(0, 0))).toBe(1);
    expect(view.groupOnDuty(0)).toBe(3);
  });
});
