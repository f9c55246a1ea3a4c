import { describe, expect, it } from 'vitest';
import { valueBasedPolicy } from '../../src/routing/value-based';
import { FakeView, fakeContext, fakeModel } from './fake-view';
import type { FakeContact, FakeSegment } from './fake-view';

// Values 4 and 1: the default valueWeight is 1/4, so gold adds 1 level and bronze 0.25.
const segments: FakeSegment[] = [
  { name: 'gold', value: 4 },
  { name: 'bronze', value: 1 },
  { name: 'staff', value: 0, priority: 2 },
];
function model(segs: FakeSegment[] = segments) {
  return fakeModel({
    skills: ['support'],
    segments: segs,
    types: [
      { name: 'support', requirements: [['support', 1]] },
      { name: 'vip-line', requirements: [['support', 1]], priority: 1 },
    ],
    groups: [{ name: 'team', proficiency: { support: 3 } }, { name: 'backup', proficiency: { support: 1 } }],
  });
}

const NOW = 1000;

function contactFor(contacts: FakeContact[], options: Record<string, unknown> = {}, segs?: FakeSegment[]): string {
  const m = model(segs);
  const policy = valueBasedPolicy(fakeContext(m, options));
  const view = new FakeView(m, { now: NOW, agents: [{ name: 'a', group: 'team' }], contacts });
  return view.contactName(policy.selectContact(view.agent('a'), view));
}

const gold = (waited: number): FakeContact => ({ name: `gold-${waited}`, type: 'support', segment: 'gold', queuedAt: NOW - waited });
const bronze = (waited: number): FakeContact => ({ name: `bronze-${waited}`, type: 'support', segment: 'bronze', queuedAt: NOW - waited });

describe('value-based selectContact', () => {
  it('serves the gold customer first', () => {
    expect(contactFor([bronze(10), gold(0)])).toBe('gold-0');
  });

  it('lets a bronze customer who waited 3 aging periods beat a fresh gold', () => {
    expect(contactFor([gold(0), bronze(180)])).toBe('bronze-180');
  });

  it('ages one level per agingTime: bronze needs 0.75 × 60 s = 45 s to catch up a fresh gold', () => {
    expect(contactFor([gold(0), bronze(40)])).toBe('gold-0');
    expect(contactFor([gold(0), bronze(50)])).toBe('bronze-50');
  });

  it('honours agingTime', () => {
    expect(contactFor([gold(0), bronze(20)], { agingTime: 20 })).toBe('bronze-20'); // 0.25 + 1 > 1
    expect(contactFor([gold(0), bronze(20)])).toBe('gold-0'); // 0.25 + 1/3 < 1
  });

  it('honours valueWeight', () => {
    expect(contactFor([gold(0), bronze(10)], { valueWeight: 0 })).toBe('bronze-10');
    // weight 2: gold +8, bronze +2; 300 s of waiting (5 levels) is not enough, 420 s (7) is.
    expect(contactFor([gold(0), bronze(300)], { valueWeight: 2 })).toBe('gold-0');
    expect(contactFor([gold(0), bronze(420)], { valueWeight: 2 })).toBe('bronze-420');
  });

  it('adds segment and contact-type priorities', () => {
    const staff = { name: 'staff', type: 'support', segment: 'staff', queuedAt: NOW };
    expect(contactFor([gold(30), staff])).toBe('staff'); // 2 vs 1 + 0.5
    const vip = { name: 'vip-bronze', type: 'vip-line', segment: 'bronze', queuedAt: NOW };
    expect(contactFor([gold(0), vip])).toBe('vip-bronze'); // 1 + 0.25 vs 1
  });

  it('breaks a score tie by the default order (type priority first)', () => {
    // support gold waited 15 s: 1 + 0.25; vip-line bronze fresh: 1 + 0.25.
    const vip = { name: 'vip-bronze', type: 'vip-line', segment: 'bronze', queuedAt: NOW };
    expect(contactFor([gold(15), vip])).toBe('vip-bronze');
  });

  it('ignores value when no segment has a positive value', () => {
    const flat = [{ name: 'gold' }, { name: 'bronze' }];
    expect(contactFor([gold(0), bronze(1)], {}, flat)).toBe('bronze-1');
  });
});

describe('value-based selectAgent', () => {
  it('takes the longest-idle eligible agent', () => {
    const m = model();
    const policy = valueBasedPolicy(fakeContext(m));
    const view = new FakeView(m, {
      now: NOW,
      agents: [
        { name: 'recent', group: 'team', idleSince: 900 },
        { name: 'long', group: 'backup', idleSince: 100 },
      ],
      contacts: [gold(0)],
    });
    expect(view.agentName(policy.selectAgent(0, view))).toBe('long');
  });
});

describe('valueBasedPolicy() options', () => {
  const create = (options: Record<string, unknown>) => () => valueBasedPolicy(fakeContext(model(), options));

  it('rejects a bad agingTime', () => {
    expect(create({ agingTime: -5 })).toThrow('routing.options.agingTime: must be a positive finite number, got -5');
    expect(create({ agingTime: 0 })).toThrow('routing.options.agingTime: must be a positive finite number, got 0');
    expect(create({ agingTime: '60s' })).toThrow("routing.options.agingTime: must be a positive finite number, got '60s'");
    expect(create({ agingTime: Infinity })).toThrow(RangeError);
  });

  it('rejects a bad valueWeight', () => {
    expect(create({ valueWeight: -1 })).toThrow('routing.options.valueWeight: must be a non-negative finite number, got -1');
    expect(create({ valueWeight: Number.NaN })).toThrow('got NaN');
  });

  it('rejects unknown options with a suggestion', () => {
    expect(create({ agingtime: 30 })).toThrow(
      "routing.options.agingtime: unknown option for policy 'value-based'; did you mean 'agingTime'?",
    );
  });
});
