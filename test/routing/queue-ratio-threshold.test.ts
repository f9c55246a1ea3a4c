import { describe, expect, it } from 'vitest';
import { checkQueueRatioThresholdOptions, queueRatioThresholdPolicy } from '../../src/routing/queue-ratio-threshold';
import { FakeView, fakeContext, fakeModel } from './fake-view';
import type { FakeAgent, FakeContact } from './fake-view';

/**
 * fixed-queue-ratio-threshold (FQR-T) on hand-worked states: types a, b, c (voice, skill s), groups
 * g1 and g2 equally proficient, so the home groups come from the options. A group helps type i when
 * Q_i (+ 1 for an arriving contact) − r_i · Q_home − k_i > 0. now = 1000.
 */
const NOW = 1000;
const model = fakeModel({
  skills: ['s'],
  types: ['a', 'b', 'c'].map((name) => ({ name, requirements: [['s', 1] as const] })),
  groups: [{ name: 'g1', proficiency: { s: 3 } }, { name: 'g2', proficiency: { s: 3 } }],
});
const waiting = (type: string, count: number, waited = 10): FakeContact[] =>
  Array.from({ length: count }, (_, i) => ({ name: `${type}${i}`, type, queuedAt: NOW - waited - (count - 1 - i) }));

function chooseAgent(options: Record<string, unknown>, agents: FakeAgent[], contacts: FakeContact[], contact: string): string {
  const view = new FakeView(model, { now: NOW, agents, contacts });
  return view.agentName(queueRatioThresholdPolicy(fakeContext(model, options)).selectAgent(view.contact(contact), view));
}

function chooseContact(options: Record<string, unknown>, contacts: FakeContact[], group = 'g1'): string {
  const view = new FakeView(model, { now: NOW, agents: [{ name: 'x', group }], contacts });
  return view.contactName(queueRatioThresholdPolicy(fakeContext(model, options)).selectContact(view.agent('x'), view));
}

describe('fixed-queue-ratio-threshold selectAgent', () => {
  it('sends each type to its own home group, whatever the idle times', () => {
    const options = { homeGroups: { a: ['g2'], b: ['g1'], c: ['g2'] } };
    const agents: FakeAgent[] = [{ name: 'p', group: 'g1', idleSince: 500 }, { name: 'q', group: 'g2', idleSince: 0 }];
    const contacts: FakeContact[] = [{ name: 'new-a', type: 'a', queuedAt: NOW, arriving: true }, { name: 'new-b', type: 'b', queuedAt: NOW, arriving: true }];
    expect(chooseAgent(options, agents, contacts, 'new-a')).toBe('q');
    expect(chooseAgent(options, agents, contacts, 'new-b')).toBe('p');
  });

  it('counts an arriving contact in its type’s queue: 2 waiting + 1 − 0 − 2 > 0 shares, 1 + 1 − 0 − 2 does not', () => {
    const options = { homeGroups: { a: ['g1'], b: ['g2'], c: ['g2'] }, thresholds: { a: 2 } };
    const agents: FakeAgent[] = [{ name: 'busy', group: 'g1', load: { voice: 1 } }, { name: 'helper', group: 'g2' }];
    const arriving: FakeContact = { name: 'new', type: 'a', queuedAt: NOW, arriving: true };
    expect(chooseAgent(options, agents, [...waiting('a', 2), arriving], 'new')).toBe('helper');
    expect(chooseAgent(options, agents, [...waiting('a', 1), arriving], 'new')).toBe('none');
  });

  it('lets another group help the second type too, against that group’s own home queue', () => {
    // b: 3 waiting + 1 − 1 × (1 a waiting, g1's home) − 2 = 1 > 0.
    const options = { homeGroups: { a: ['g1'], b: ['g2'], c: ['g2'] }, thresholds: { b: 2 } };
    const agents: FakeAgent[] = [{ name: 'helper', group: 'g1' }, { name: 'busy', group: 'g2', load: { voice: 1 } }];
    const arriving: FakeContact = { name: 'new', type: 'b', queuedAt: NOW, arriving: true };
    expect(chooseAgent(options, agents, [...waiting('a', 1), ...waiting('b', 3), arriving], 'new')).toBe('helper');
    expect(chooseAgent(options, agents, [...waiting('a', 2), ...waiting('b', 3), arriving], 'new')).toBe('none');
  });

  it('sends a due callback to any free eligible agent, below the threshold too', () => {
    const options = { homeGroups: { a: ['g1'], b: ['g2'], c: ['g2'] } };
    const agents: FakeAgent[] = [{ name: 'busy', group: 'g1', load: { voice: 1 } }, { name: 'helper', group: 'g2' }];
    const due: FakeContact = { name: 'due', type: 'a', queuedAt: NOW - 5, callback: { kind: 2, promise: NOW + 60 } };
    expect(chooseAgent(options, agents, [due], 'due')).toBe('helper');
  });

  it('by default makes a type without requirements home to every group', () => {
    const open = fakeModel({ skills: ['s'], types: [{ name: 'any' }], groups: [{ name: 'g1', proficiency: { s: 3 } }, { name: 'g2' }] });
    const view = new FakeView(open, { now: NOW, agents: [{ name: 'p', group: 'g1', idleSince: 500 }, { name: 'q', group: 'g2', idleSince: 0 }], contacts: [{ name: 'c', type: 'any', queuedAt: NOW, arriving: true }] });
    expect(view.agentName(queueRatioThresholdPolicy(fakeContext(open)).selectAgent(view.contact('c'), view))).toBe('q');
  });
});

describe('fixed-queue-ratio-threshold selectContact', () => {
  it('takes the home contact first in the default order across the home types', () => {
    const options = { homeGroups: { a: ['g1'], b: ['g1'], c: ['g2'] } };
    expect(chooseContact(options, [...waiting('a', 1, 10), ...waiting('b', 1, 100)])).toBe('b0');
    expect(chooseContact(options, [...waiting('a', 1, 100), ...waiting('b', 1, 10)])).toBe('a0');
  });

  it('shares the non-home type with the larger excess, before its own work', () => {
    // r = 0, k = 0: the excess is the queue length. g1's home is a.
    const options = { homeGroups: { a: ['g1'], b: ['g2'], c: ['g2'] }, ratios: { b: 0, c: 0 }, thresholds: { b: 0, c: 0 } };
    expect(chooseContact(options, [...waiting('a', 1, 500), ...waiting('b', 2), ...waiting('c', 3)])).toBe('c0');
    expect(chooseContact(options, [...waiting('a', 1, 500), ...waiting('b', 3), ...waiting('c', 2)])).toBe('b0');
    // The larger excess wins over the longer wait.
    expect(chooseContact(options, [...waiting('b', 3, 10), ...waiting('c', 2, 100)])).toBe('b0');
  });

  it('breaks equal excesses by the default order (the longer wait)', () => {
    const options = { homeGroups: { a: ['g1'], b: ['g2'], c: ['g2'] }, ratios: { b: 0, c: 0 }, thresholds: { b: 0, c: 0 } };
    expect(chooseContact(options, [...waiting('b', 2, 10), ...waiting('c', 2, 100)])).toBe('c0');
    expect(chooseContact(options, [...waiting('b', 2, 100), ...waiting('c', 2, 10)])).toBe('b0');
  });

  it('takes a due callback of a type it would not share, before its own work', () => {
    const options = { homeGroups: { a: ['g1'], b: ['g2'], c: ['g2'] } };
    const due: FakeContact = { name: 'due', type: 'b', queuedAt: NOW - 5, callback: { kind: 2, promise: NOW + 60 } };
    expect(chooseContact(options, [...waiting('a', 1, 500), due])).toBe('due');
  });
});

describe('checkQueueRatioThresholdOptions', () => {
  const issues = (options: Record<string, unknown>) => checkQueueRatioThresholdOptions({ options, model });

  it('flag homeGroups of the wrong shape as wrong types', () => {
    expect(issues({ homeGroups: 'g1' })).toEqual([
      { path: ['homeGroups'], message: "must be an object mapping contact type names to lists of agent group names, got 'g1'", wrongType: true },
    ]);
    expect(issues({ homeGroups: { a: 'g1', b: [], c: [3] } })).toEqual([
      { path: ['homeGroups', 'a'], message: "must be a non-empty array of agent group names, got 'g1'", wrongType: true },
      { path: ['homeGroups', 'b'], message: 'must be a non-empty array of agent group names, got an array', wrongType: true },
      { path: ['homeGroups', 'c', 0], message: 'must be a string (an agent group name), got 3', wrongType: true },
    ]);
  });

  it('name unknown types and groups only with a model', () => {
    const options = { homeGroups: { zebra: ['g1'], a: ['okapi'] } };
    expect(issues(options)).toEqual([
      { path: ['homeGroups', 'zebra'], message: "unknown contact type 'zebra'" },
      { path: ['homeGroups', 'a', 0], message: "unknown agent group 'okapi'" },
    ]);
    expect(checkQueueRatioThresholdOptions({ options })).toEqual([]);
  });

  it('reject negative ratios and thresholds, naming the type', () => {
    expect(issues({ ratios: { a: -1, zebra: 1 }, thresholds: { b: -2, okapi: 1 } })).toEqual([
      { path: ['ratios', 'a'], message: 'must be a finite number ≥ 0, got -1' },
      { path: ['ratios', 'zebra'], message: "unknown contact type 'zebra'" },
      { path: ['thresholds', 'b'], message: 'must be a finite number ≥ 0, got -2' },
      { path: ['thresholds', 'okapi'], message: "unknown contact type 'okapi'" },
    ]);
    expect(issues({ ratios: { a: 0 }, thresholds: { b: 0 } })).toEqual([]);
  });
});
