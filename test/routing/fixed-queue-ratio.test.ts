import { describe, expect, it } from 'vitest';
import { checkFixedQueueRatioOptions, fixedQueueRatioPolicy } from '../../src/routing/fixed-queue-ratio';
import { checkQueueIdlenessRatioOptions } from '../../src/routing/queue-idleness-ratio';
import { FakeView, fakeContext, fakeModel } from './fake-view';
import type { FakeContact } from './fake-view';

/** Types a and b served by one group g; now = 1000. */
const NOW = 1000;
const model = fakeModel({
  skills: ['s'],
  types: [{ name: 'a', requirements: [['s', 1]] }, { name: 'b', requirements: [['s', 1]] }],
  groups: [{ name: 'g', proficiency: { s: 3 } }],
});
const waiting = (type: string, count: number, waited: number): FakeContact[] =>
  Array.from({ length: count }, (_, i) => ({ name: `${type}${i}`, type, queuedAt: NOW - waited - (count - 1 - i) }));

function choose(options: Record<string, unknown>, contacts: FakeContact[]): string {
  const view = new FakeView(model, { now: NOW, agents: [{ name: 'x', group: 'g' }], contacts });
  return view.contactName(fixedQueueRatioPolicy(fakeContext(model, options)).selectContact(view.agent('x'), view));
}

describe('fixed-queue-ratio selectContact', () => {
  it('breaks an exact tie by the default order even when the later queue’s head waited longer', () => {
    // 9 a and 3 b at 3:1: 9 − 0.75 × 12 = 0 = 3 − 0.25 × 12; b waited longer.
    expect(choose({ queueRatios: { a: 3, b: 1 } }, [...waiting('a', 9, 10), ...waiting('b', 3, 100)])).toBe('b0');
  });

  it('normalizes the ratios to shares: 1 a and 5 b at 1:3 take b (5 − 0.75 × 6 > 1 − 0.25 × 6)', () => {
    // Unnormalized, a would score 1 − 6 = −5 and beat b's 5 − 18 = −13.
    expect(choose({ queueRatios: { a: 1, b: 3 } }, [...waiting('a', 1, 100), ...waiting('b', 5, 10)])).toBe('b0');
  });
});

describe('queue-ratio options', () => {
  it('name an unknown contact type and a ratio that is not > 0', () => {
    const issues = checkFixedQueueRatioOptions({ options: { queueRatios: { a: 0, zebra: 1 } }, model });
    expect(issues).toEqual([
      { path: ['queueRatios', 'a'], message: 'must be a finite number > 0, got 0' },
      { path: ['queueRatios', 'zebra'], message: "unknown contact type 'zebra'" },
    ]);
  });

  it('name an unknown agent group and an idleness ratio that is not > 0', () => {
    const issues = checkQueueIdlenessRatioOptions({ options: { idleRatios: { g: 0, zebra: 1 } }, model });
    expect(issues).toEqual([
      { path: ['idleRatios', 'g'], message: 'must be a finite number > 0, got 0' },
      { path: ['idleRatios', 'zebra'], message: "unknown agent group 'zebra'" },
    ]);
  });
});
