import { describe, expect, it } from 'vitest';
import {
  bestContactForAgent,
  bestFreeAgent,
  busyFraction,
  compareDefaultOrder,
  compareLongestIdle,
  firstContactInDefaultOrder,
  firstFreeAgentInOrder,
  freeAgentInGroup,
  longestIdleAgent,
  oldestContactOfType,
} from '../../src/routing/selectors';
import type { AgentOrder, ContactOrder } from '../../src/routing/selectors';
import { FakeView } from './fake-view';
import { supportModel } from './sample-model';

const model = supportModel();
// Group ids: generalists 0, billing-experts 1, sales-team 2, chat-team 3, blended 4.

const view = new FakeView(model, {
  now: 100,
  agents: [
    { name: 'g-late', group: 'generalists', idleSince: 40 },
    { name: 'g-early', group: 'generalists', idleSince: 20 },
    { name: 'expert', group: 'billing-experts', idleSince: 30 },
    { name: 'seller', group: 'sales-team', idleSince: 10 },
  ],
  contacts: [
    { name: 'sales-gold', type: 'sales', segment: 'gold', queuedAt: 30 },
    { name: 'sales-bronze', type: 'sales', segment: 'bronze', queuedAt: 20, serial: 9 },
    { name: 'billing', type: 'billing', queuedAt: 60 },
    { name: 'sales-gold-2', type: 'sales', segment: 'gold', queuedAt: 35 },
    { name: 'twin', type: 'sales', segment: 'bronze', queuedAt: 20, serial: 8 },
  ],
});
const a = (name: string): number => view.agent(name);
const c = (name: string): number => view.contact(name);

describe('compareDefaultOrder()', () => {
  it('orders by type priority, then queued time, then serial', () => {
    expect(compareDefaultOrder(view, c('billing'), c('sales-bronze'))).toBeLessThan(0);
    expect(compareDefaultOrder(view, c('sales-bronze'), c('sales-gold'))).toBeLessThan(0);
    expect(compareDefaultOrder(view, c('twin'), c('sales-bronze'))).toBeLessThan(0);
  });

  it('is antisymmetric and zero only on the same contact', () => {
    const all = ['sales-gold', 'sales-bronze', 'billing', 'sales-gold-2', 'twin'].map(c);
    for (const x of all) {
      for (const y of all) {
        const xy = Math.sign(compareDefaultOrder(view, x, y));
        expect(xy).toBe(-Math.sign(compareDefaultOrder(view, y, x)) || 0);
        expect(xy === 0).toBe(x === y);
      }
    }
  });
});

describe('compareLongestIdle()', () => {
  it('puts the smaller idleSince first, then the smaller id', () => {
    expect(compareLongestIdle(view, -1, a('g-early'), a('g-late'))).toBeLessThan(0);
    expect(compareLongestIdle(view, -1, a('g-late'), a('g-late'))).toBe(0);
  });
});

describe('agent selectors', () => {
  it('freeAgentInGroup() gives the group’s longest-idle free agent', () => {
    expect(freeAgentInGroup(view, c('sales-gold'), 0)).toBe(a('g-early'));
    expect(freeAgentInGroup(view, c('billing'), 2)).toBe(-1); // sales-team lacks billing
  });

  it('longestIdleAgent() compares the groups’ heads', () => {
    expect(longestIdleAgent(view, c('sales-gold'), [0, 2])).toBe(a('seller'));
    expect(longestIdleAgent(view, c('sales-gold'), [0])).toBe(a('g-early'));
    expect(longestIdleAgent(view, c('sales-gold'), [])).toBe(-1);
  });

  it('firstFreeAgentInOrder() follows the list, not idle time', () => {
    expect(firstFreeAgentInOrder(view, c('billing'), [1, 0])).toBe(a('expert'));
    expect(firstFreeAgentInOrder(view, c('billing'), [0, 1])).toBe(a('g-early'));
    expect(firstFreeAgentInOrder(view, c('billing'), [2, 1])).toBe(a('expert'));
  });

  it('bestFreeAgent() applies a custom order to the groups’ heads and keeps the earlier group on a tie', () => {
    const latestFirst: AgentOrder = (v, _c, x, y) => v.agentIdleSince(y) - v.agentIdleSince(x);
    expect(bestFreeAgent(view, c('billing'), [0, 1], latestFirst)).toBe(a('expert')); // 30 vs head g-early 20
    const allEqual: AgentOrder = () => 0;
    expect(bestFreeAgent(view, c('billing'), [1, 0], allEqual)).toBe(a('expert'));
    expect(bestFreeAgent(view, c('billing'), [0, 1], allEqual)).toBe(a('g-early'));
  });
});

describe('contact selectors', () => {
  const queues = view.servedQueues(0); // generalists: sales and billing queues

  it('firstContactInDefaultOrder() compares the queue heads', () => {
    expect(firstContactInDefaultOrder(view, a('g-early'), queues)).toBe(c('billing'));
    expect(firstContactInDefaultOrder(view, a('seller'), view.servedQueues(2))).toBe(c('twin'));
  });

  it('bestContactForAgent() applies a custom order and keeps the earlier queue on a tie', () => {
    const newestFirst: ContactOrder = (v, _agent, x, y) => v.contactQueuedAt(y) - v.contactQueuedAt(x);
    // Heads only: sales-gold (30), twin (20), billing (60); sales-gold-2 (35) is behind sales-gold.
    expect(bestContactForAgent(view, a('g-early'), queues, newestFirst)).toBe(c('billing'));
    expect(bestContactForAgent(view, a('seller'), view.servedQueues(2), newestFirst)).toBe(c('sales-gold'));
    expect(bestContactForAgent(view, a('seller'), view.servedQueues(2), () => 0)).toBe(c('sales-gold'));
    expect(view.calls.queueNext).toBe(0);
  });

  it('oldestContactOfType() looks across the segment queues of one type', () => {
    expect(oldestContactOfType(view, a('g-early'), 0)).toBe(c('twin'));
    expect(oldestContactOfType(view, a('seller'), 1)).toBe(-1);
  });
});

describe('busyFraction()', () => {
  it('is busy over on duty, and 0 with nobody on duty', () => {
    expect(busyFraction(1, 4)).toBe(0.25);
    expect(busyFraction(0, 0)).toBe(0);
  });
});
