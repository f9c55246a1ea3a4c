import { describe, expect, it } from 'vitest';
import {
  bestContactForAgent,
  compareDefaultOrder,
  compareDueCallbacks,
  firstContactInDefaultOrder,
  firstDueCallback,
  isDueCallback,
} from '../../src/routing/selectors';
import { FakeView, fakeModel } from './fake-view';
import type { FakeContact } from './fake-view';

/**
 * Due callbacks in the selectors, on hand-made waiting lines at now = 100: each type has its own
 * queue (one segment), so every contact below is the head of its queue. Type 'b' has priority 1,
 * so that a due callback of 'a' beating a 'b' shows the callback rule, not the priority.
 */
const NOW = 100;
const TYPES = ['a', 'b', 'c', 'd', 'e'];
const model = fakeModel({
  skills: ['s', 't'],
  types: TYPES.map((name) => (name === 'e' ? { name, requirements: [['t', 1]] } : { name, requirements: [['s', 1]], priority: name === 'b' ? 1 : 0 })),
  groups: [{ name: 'g', proficiency: { s: 3 } }],
});

function viewOf(contacts: FakeContact[]): FakeView {
  return new FakeView(model, { now: NOW, agents: [{ name: 'x', group: 'g' }], contacts });
}

/** Sign of compareDueCallbacks between two named contacts of `contacts`. */
function sign(contacts: FakeContact[], a: string, b: string): number {
  const view = viewOf(contacts);
  return Math.sign(compareDueCallbacks(view, view.contact(a), view.contact(b)));
}

const scheduled = (name: string, type: string, promise: number, serial?: number): FakeContact => ({
  name,
  type,
  queuedAt: 50,
  callback: { kind: 2, promise },
  ...(serial === undefined ? {} : { serial }),
});

describe('isDueCallback()', () => {
  it('is true for a scheduled callback and for a retried virtual hold, false for a virtual hold not tried and a plain contact', () => {
    const view = viewOf([
      scheduled('sched', 'a', 200),
      { name: 'hold', type: 'b', queuedAt: 10, callback: { kind: 1, promise: 90 } },
      { name: 'retry', type: 'c', queuedAt: 10, callback: { kind: 1, attempts: 1, promise: 90 } },
      { name: 'plain', type: 'd', queuedAt: 10 },
    ]);
    expect(['sched', 'hold', 'retry', 'plain'].map((n) => isDueCallback(view, view.contact(n)))).toEqual([true, false, true, false]);
  });
});

describe('compareDueCallbacks()', () => {
  it('puts a due callback before a contact that is not due, either way round', () => {
    const contacts = [scheduled('due', 'a', 200), { name: 'plain', type: 'b', queuedAt: 0 }];
    expect(sign(contacts, 'due', 'plain')).toBe(-1);
    expect(sign(contacts, 'plain', 'due')).toBe(1);
  });

  it('is 0 between two virtual holds not tried yet, whatever their promises: neither is due', () => {
    const contacts: FakeContact[] = [
      { name: 'early', type: 'a', queuedAt: 10, callback: { kind: 1, promise: 50 } },
      { name: 'late', type: 'b', queuedAt: 20, callback: { kind: 1, promise: 300 } },
    ];
    expect(sign(contacts, 'early', 'late')).toBe(0);
    expect(sign(contacts, 'late', 'early')).toBe(0);
  });

  it('puts a callback whose promise is exactly now (still kept by a call now) before one past its promise', () => {
    const contacts = [scheduled('now', 'a', NOW), scheduled('past', 'b', NOW - 10)];
    // By promise alone 'past' (90) would come first; a call now still keeps 'now''s promise.
    expect(sign(contacts, 'now', 'past')).toBe(-1);
    expect(sign(contacts, 'past', 'now')).toBe(1);
  });

  it('orders two callbacks within their promise, and two past it, by the earlier promise', () => {
    const within = [scheduled('sooner', 'a', 150), scheduled('later', 'b', 180)];
    expect(sign(within, 'sooner', 'later')).toBe(-1);
    expect(sign(within, 'later', 'sooner')).toBe(1);
    const past = [scheduled('older', 'a', 20), scheduled('newer', 'b', 60)];
    expect(sign(past, 'older', 'newer')).toBe(-1);
    expect(sign(past, 'newer', 'older')).toBe(1);
  });

  it('breaks equal promises by the smaller serial', () => {
    const contacts = [scheduled('second', 'a', 150, 7), scheduled('first', 'b', 150, 3)];
    expect(sign(contacts, 'first', 'second')).toBe(-1);
    expect(sign(contacts, 'second', 'first')).toBe(1);
  });

  it('makes compareDefaultOrder put a due callback before a higher-priority contact that waited longer', () => {
    const view = viewOf([scheduled('due', 'a', 200), { name: 'urgent', type: 'b', queuedAt: 0 }]);
    expect(compareDefaultOrder(view, view.contact('due'), view.contact('urgent'))).toBeLessThan(0);
    expect(compareDefaultOrder(view, view.contact('urgent'), view.contact('due'))).toBeGreaterThan(0);
  });
});

describe('firstDueCallback()', () => {
  const queues = TYPES.map((_, t) => t); // one segment: queue id = type id

  it('takes the due callback first in promise order among the queue heads, skipping contacts that are not due', () => {
    const view = viewOf([
      { name: 'plain', type: 'a', queuedAt: 0 },
      scheduled('later', 'b', 180),
      scheduled('sooner', 'c', 150),
      { name: 'hold', type: 'd', queuedAt: 0, callback: { kind: 1, promise: 120 } },
    ]);
    expect(view.contactName(firstDueCallback(view, view.agent('x'), queues))).toBe('sooner');
  });

  it('keeps the first queue’s due callback (contact 0) against a later queue’s with a later promise', () => {
    const view = viewOf([scheduled('sooner', 'a', 150), scheduled('later', 'b', 180)]);
    expect(view.contactName(firstDueCallback(view, view.agent('x'), queues))).toBe('sooner');
  });

  it('skips a due callback the agent cannot serve, and gives -1 when no head is a due callback it can serve', () => {
    const view = viewOf([scheduled('no-skill', 'e', 110), scheduled('mine', 'b', 180), { name: 'plain', type: 'a', queuedAt: 0 }]);
    expect(view.contactName(firstDueCallback(view, view.agent('x'), queues))).toBe('mine');
    expect(firstDueCallback(view, view.agent('x'), [0, 4])).toBe(-1);
  });

  it('reads only the queues it is given, and passes over empty ones', () => {
    const view = viewOf([scheduled('only', 'c', 150)]);
    expect(view.contactName(firstDueCallback(view, view.agent('x'), [0, 1, 2]))).toBe('only');
    expect(firstDueCallback(view, view.agent('x'), [0, 1])).toBe(-1);
  });
});

describe('contact selectors with due callbacks', () => {
  it('bestContactForAgent() puts a due callback in a later queue before what the order prefers', () => {
    const view = viewOf([{ name: 'plain', type: 'a', queuedAt: 0 }, scheduled('due', 'b', 150)]);
    expect(view.contactName(bestContactForAgent(view, view.agent('x'), [0, 1], () => -1))).toBe('due');
  });

  it('firstContactInDefaultOrder() takes a later queue’s head when it comes first, and reads only the given queues', () => {
    const view = viewOf([{ name: 'young', type: 'a', queuedAt: 90 }, { name: 'old', type: 'c', queuedAt: 10 }]);
    expect(view.contactName(firstContactInDefaultOrder(view, view.agent('x'), [0, 1, 2]))).toBe('old');
    expect(view.contactName(firstContactInDefaultOrder(view, view.agent('x'), [0, 1]))).toBe('young');
  });
});
