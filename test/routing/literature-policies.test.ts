import { describe, expect, it } from 'vitest';
import type { ModelDefinition } from '../../src/model/definition';
import { fixedQueueRatioPolicy } from '../../src/routing/fixed-queue-ratio';
import { generalizedCMuPolicy } from '../../src/routing/generalized-c-mu';
import { queueIdlenessRatioPolicy } from '../../src/routing/queue-idleness-ratio';
import { queueRatioThresholdPolicy } from '../../src/routing/queue-ratio-threshold';
import { resolutionRatePolicy } from '../../src/routing/resolution-rate';
import { weightBasedPolicy } from '../../src/routing/weight-based';
import { FakeView, fakeContext, fakeModel } from './fake-view';
import type { FakeAgent, FakeContact } from './fake-view';

/**
 * The literature's policies, pinned on small exact states: each case works out the paper's index
 * by hand (types a and b, mean handle time 300 s unless a group's handle-time factor says otherwise).
 */

const NOW = 1000;
const waiting = (type: string, count: number, waited = 10): FakeContact[] =>
  Array.from({ length: count }, (_, i) => ({ name: `${type}${i}`, type, queuedAt: NOW - waited - (count - 1 - i) }));

function twoTypes(groups: { name: string; proficiency: Record<string, number> }[] = [{ name: 'g', proficiency: { s: 3 } }]): ModelDefinition {
  return fakeModel({ skills: ['s'], types: [{ name: 'a', requirements: [['s', 1]] }, { name: 'b', requirements: [['s', 1]] }], groups });
}

/** The model with group `name`'s handle-time factor set to `factor` at every proficiency. */
function withFactor(m: ModelDefinition, name: string, factor: number): ModelDefinition {
  return { ...m, agentGroups: m.agentGroups.map((g) => (g.name === name ? { ...g, handleTimeFactor: g.handleTimeFactor.map(() => factor) } : g)) };
}

function chooseContact(m: ModelDefinition, factory: typeof fixedQueueRatioPolicy, options: Record<string, unknown>, contacts: FakeContact[], agents: FakeAgent[] = [{ name: 'x', group: 'g' }], agent = 'x'): string | null {
  const view = new FakeView(m, { now: NOW, agents, contacts });
  const c = factory(fakeContext(m, options)).selectContact(view.agent(agent), view);
  return c < 0 ? null : view.contactName(c);
}

function chooseAgent(m: ModelDefinition, factory: typeof fixedQueueRatioPolicy, options: Record<string, unknown>, agents: FakeAgent[], contacts: FakeContact[], contact: string): string | null {
  const view = new FakeView(m, { now: NOW, agents, contacts });
  const a = factory(fakeContext(m, options)).selectAgent(view.contact(contact), view);
  return a < 0 ? null : (agents[a]!.name ?? String(a));
}

describe('generalized-c-mu', () => {
  it('with exponent 0 is the static cμ rule: the costlier type first, whatever the waits', () => {
    const contacts = [...waiting('a', 1, 500), ...waiting('b', 1, 5)];
    expect(chooseContact(twoTypes(), generalizedCMuPolicy, { exponent: 0, costs: { b: 2 } }, contacts)).toBe('b0');
    expect(chooseContact(twoTypes(), generalizedCMuPolicy, { exponent: 0, costs: { a: 2 } }, contacts)).toBe('a0');
  });

  it('with exponent 1 weighs cost × wait × μ: 1 × 100 s < 3 × 40 s, but 1 × 130 s > 3 × 40 s', () => {
    const costs = { b: 3 };
    expect(chooseContact(twoTypes(), generalizedCMuPolicy, { costs }, [...waiting('a', 1, 100), ...waiting('b', 1, 40)])).toBe('b0');
    expect(chooseContact(twoTypes(), generalizedCMuPolicy, { costs }, [...waiting('a', 1, 130), ...waiting('b', 1, 40)])).toBe('a0');
  });

  it('sends an arriving contact to the fastest group, not the longest idle agent', () => {
    const m = withFactor(twoTypes([{ name: 'fast', proficiency: { s: 3 } }, { name: 'slow', proficiency: { s: 3 } }]), 'slow', 2);
    const agents: FakeAgent[] = [{ name: 'f', group: 'fast', idleSince: 900 }, { name: 's', group: 'slow', idleSince: 0 }];
    expect(chooseAgent(m, generalizedCMuPolicy, {}, agents, waiting('a', 1), 'a0')).toBe('f');
  });

  it('rejects a cost of 0 and a negative exponent, naming the option', () => {
    expect(() => generalizedCMuPolicy(fakeContext(twoTypes(), { costs: { a: 0 }, exponent: -1 }))).toThrow(/costs\.a: must be a finite number > 0, got 0[\s\S]*exponent/);
    expect(() => generalizedCMuPolicy(fakeContext(twoTypes(), { costs: { c: 1 } }))).toThrow(/costs\.c: unknown contact type 'c'/);
  });
});

describe('fixed-queue-ratio', () => {
  it('serves the type furthest above its share: ratios 3:1 with 6 a and 4 b waiting → b (4 − 2.5 > 6 − 7.5)', () => {
    const contacts = [...waiting('a', 6, 100), ...waiting('b', 4, 10)];
    expect(chooseContact(twoTypes(), fixedQueueRatioPolicy, { queueRatios: { a: 3, b: 1 } }, contacts)).toBe('b0');
  });

  it('breaks an exact tie (9 a and 3 b at 3:1) by the default order: the longest wait', () => {
    const contacts = [...waiting('a', 9, 100), ...waiting('b', 3, 10)];
    expect(chooseContact(twoTypes(), fixedQueueRatioPolicy, { queueRatios: { a: 3, b: 1 } }, contacts)).toBe('a0');
  });

  it('with equal shares serves the longer queue', () => {
    expect(chooseContact(twoTypes(), fixedQueueRatioPolicy, {}, [...waiting('a', 2, 100), ...waiting('b', 3, 10)])).toBe('b0');
  });
});

describe('queue-and-idleness-ratio', () => {
  const m = twoTypes([{ name: 'g1', proficiency: { s: 3 } }, { name: 'g2', proficiency: { s: 3 } }]);
  const agents: FakeAgent[] = [
    { name: 'p', group: 'g1', idleSince: 500 },
    { name: 'q', group: 'g1', idleSince: 600 },
    { name: 'r', group: 'g2', idleSince: 0 },
    { name: 's', group: 'g2', idleSince: 100 },
  ];

  it('routes an arrival to the group furthest above its idleness share: 2 − 1 > 2 − 3 at ratios 1:3', () => {
    expect(chooseAgent(m, queueIdlenessRatioPolicy, { idleRatios: { g1: 1, g2: 3 } }, agents, waiting('a', 1), 'a0')).toBe('p');
  });

  it('with equal shares and equal idle counts takes the longest idle agent', () => {
    expect(chooseAgent(m, queueIdlenessRatioPolicy, {}, agents, waiting('a', 1), 'a0')).toBe('r');
  });

  it('normalizes the idleness ratios to sum to 1: 3 idle at 2:1 scores 3 − 4·2/3 > 1 − 4·1/3', () => {
    const uneven: FakeAgent[] = [...agents.slice(0, 2), { name: 't', group: 'g1', idleSince: 700 }, agents[2]!];
    // Unnormalized, g1 would score 3 − 8 < 1 − 4 and lose.
    expect(chooseAgent(m, queueIdlenessRatioPolicy, { idleRatios: { g1: 2, g2: 1 } }, uneven, waiting('a', 1), 'a0')).toBe('p');
  });

  it('takes a later group with a strictly higher score: 3 idle at 2:1 over 1 idle, whichever group comes first', () => {
    const later: FakeAgent[] = [agents[0]!, agents[2]!, agents[3]!, { name: 't', group: 'g2', idleSince: 700 }];
    // g1: 1 − 4·1/3 < g2: 3 − 4·2/3.
    expect(chooseAgent(m, queueIdlenessRatioPolicy, { idleRatios: { g1: 1, g2: 2 } }, later, waiting('a', 1), 'a0')).toBe('r');
  });

  it('weighs the share by the idle total: 1 idle at share 0.2 scores 1 − 0.8 > 3 − 3.2', () => {
    const fewer: FakeAgent[] = [agents[0]!, agents[2]!, agents[3]!, { name: 'u', group: 'g2', idleSince: 200 }];
    expect(chooseAgent(m, queueIdlenessRatioPolicy, { idleRatios: { g1: 1, g2: 4 } }, fewer, waiting('a', 1), 'a0')).toBe('p');
  });

  it('breaks a tie between groups by the longest idle agent, whichever group comes first', () => {
    const g1First: FakeAgent[] = [
      { name: 'p', group: 'g1', idleSince: 0 },
      { name: 'q', group: 'g1', idleSince: 100 },
      { name: 'r', group: 'g2', idleSince: 500 },
      { name: 's', group: 'g2', idleSince: 600 },
    ];
    expect(chooseAgent(m, queueIdlenessRatioPolicy, {}, g1First, waiting('a', 1), 'a0')).toBe('p');
  });

  it('skips an eligible group without a free agent even when its score is the highest', () => {
    // Idle: g1 1, busy 0, other (not eligible: no skill) 5, so I = 6; shares 10:1:1 → g1 1 − 5 < busy 0 − 0.5.
    const three = fakeModel({
      skills: ['s'],
      types: [{ name: 'a', requirements: [['s', 1]] }],
      groups: [{ name: 'g1', proficiency: { s: 3 } }, { name: 'busy', proficiency: { s: 3 } }, { name: 'other' }],
    });
    const staff: FakeAgent[] = [
      { name: 'p', group: 'g1', idleSince: 500 },
      { name: 'b', group: 'busy', load: { voice: 1 } },
      ...Array.from({ length: 5 }, (_, i): FakeAgent => ({ name: `o${i}`, group: 'other' })),
    ];
    expect(chooseAgent(three, queueIdlenessRatioPolicy, { idleRatios: { g1: 10, busy: 1, other: 1 } }, staff, waiting('a', 1), 'a0')).toBe('p');
  });
});

describe('p-mu', () => {
  // Resolution 0.5 × byProficiency: expert (level 5, ×1.8) resolves 0.9 in 300 s, junior (level 3,
  // ×1.2) resolves 0.6 but in 240 s (factor 0.8): pμ 0.003 against 0.0025.
  const base = twoTypes([{ name: 'expert', proficiency: { s: 5 } }, { name: 'junior', proficiency: { s: 3 } }]);
  const m: ModelDefinition = withFactor(
    { ...base, contactTypes: base.contactTypes.map((t) => ({ ...t, resolution: { probability: 0.5, byProficiency: [0, 1, 1.1, 1.2, 1.5, 1.8], withContext: 1 } })) },
    'junior',
    0.8,
  );
  const agents: FakeAgent[] = [{ name: 'e', group: 'expert', idleSince: 900 }, { name: 'j', group: 'junior', idleSince: 0 }];

  it('sends the contact to the pair that resolves fastest, not the fastest pair', () => {
    expect(chooseAgent(m, resolutionRatePolicy, {}, agents, waiting('a', 1), 'a0')).toBe('e');
    expect(chooseAgent(m, generalizedCMuPolicy, {}, agents, waiting('a', 1), 'a0')).toBe('j');
  });

  it('lets the type weight decide what a free agent takes', () => {
    const contacts = [...waiting('a', 1, 100), ...waiting('b', 1, 10)];
    expect(chooseContact(m, resolutionRatePolicy, {}, contacts, agents, 'e')).toBe('a0');
    expect(chooseContact(m, resolutionRatePolicy, { costs: { b: 1.01 } }, contacts, agents, 'e')).toBe('b0');
  });
});

describe('weight-based', () => {
  const options = { constant: { a: -60 }, idleWeight: 0 };

  it('keeps a contact waiting while its index q + a × wait is negative, and matches it from 0 on', () => {
    const agents: FakeAgent[] = [{ name: 'x', group: 'g' }];
    expect(chooseAgent(twoTypes(), weightBasedPolicy, options, agents, waiting('a', 1, 30), 'a0')).toBeNull();
    expect(chooseAgent(twoTypes(), weightBasedPolicy, options, agents, waiting('a', 1, 60), 'a0')).toBe('x');
  });

  it('offers the contact again when its index reaches 0', () => {
    const m = twoTypes();
    const view = new FakeView(m, { now: NOW, agents: [{ name: 'x', group: 'g' }], contacts: waiting('a', 1, 30) });
    expect(weightBasedPolicy(fakeContext(m, options)).reconsiderAfter!(view.contact('a0'), view)).toBe(30);
  });

  it('lets a free agent take the best non-negative index, or stay idle', () => {
    expect(chooseContact(twoTypes(), weightBasedPolicy, options, [...waiting('a', 1, 30), ...waiting('b', 1, 10)])).toBe('b0');
    expect(chooseContact(twoTypes(), weightBasedPolicy, options, waiting('a', 1, 30))).toBeNull();
    expect(chooseContact(twoTypes(), weightBasedPolicy, options, [...waiting('a', 1, 100), ...waiting('b', 1, 10)])).toBe('a0');
  });

  it('weighs the idle time of the group on arrival: the group whose agent idled longer × b wins', () => {
    const m = twoTypes([{ name: 'g1', proficiency: { s: 3 } }, { name: 'g2', proficiency: { s: 3 } }]);
    const agents: FakeAgent[] = [{ name: 'p', group: 'g1', idleSince: 100 }, { name: 'q', group: 'g2', idleSince: 400 }];
    // g1: 900 s idle × 1; g2: 600 s idle × 2.
    expect(chooseAgent(m, weightBasedPolicy, { idleWeight: { a: { g2: 2 } } }, agents, waiting('a', 1, 0), 'a0')).toBe('q');
    expect(chooseAgent(m, weightBasedPolicy, {}, agents, waiting('a', 1, 0), 'a0')).toBe('p');
  });
});

describe('fixed-queue-ratio-threshold', () => {
  const m = twoTypes([{ name: 'home-a', proficiency: { s: 3 } }, { name: 'home-b', proficiency: { s: 3 } }]);
  const options = { homeGroups: { a: ['home-a'], b: ['home-b'] }, thresholds: { a: 2 } };
  const agents: FakeAgent[] = [{ name: 'y', group: 'home-b' }];
  const pick = (a: number, b: number) => chooseContact(m, queueRatioThresholdPolicy, options, [...waiting('a', a, 100), ...waiting('b', b, 10)], agents, 'y');

  it('helps the other type only when its queue exceeds the own one by more than the threshold', () => {
    expect(pick(5, 2)).toBe('a0'); // 5 − 2 − 2 = 1 > 0
    expect(pick(4, 2)).toBe('b0'); // 4 − 2 − 2 = 0: own work
    expect(pick(4, 0)).toBe('a0'); // 4 − 0 − 2 > 0
    expect(pick(2, 0)).toBeNull(); // 2 − 0 − 2 = 0: no sharing, and nothing of its own
  });

  it('by default makes each type home to the groups most proficient in its skill', () => {
    const two = fakeModel({
      skills: ['sa', 'sb'],
      types: [{ name: 'a', requirements: [['sa', 1]] }, { name: 'b', requirements: [['sb', 1]] }],
      groups: [{ name: 'ga', proficiency: { sa: 5, sb: 2 } }, { name: 'gb', proficiency: { sa: 2, sb: 5 } }],
    });
    const contacts = [...waiting('a', 3, 100), ...waiting('b', 1, 10)];
    // For gb's agent: a is not home; 3 − 1 × 1 − 5 < 0, so it serves its own b.
    expect(chooseContact(two, queueRatioThresholdPolicy, {}, contacts, [{ name: 'z', group: 'gb' }], 'z')).toBe('b0');
    expect(chooseContact(two, queueRatioThresholdPolicy, { thresholds: { a: 1 } }, contacts, [{ name: 'z', group: 'gb' }], 'z')).toBe('a0');
  });

  it('sends an arrival to a non-home group only over the threshold, counting the arrival', () => {
    const agents2: FakeAgent[] = [{ name: 'y', group: 'home-b' }, { name: 'busy', group: 'home-a', load: { voice: 1 } }];
    const view = (a: number) => new FakeView(m, { now: NOW, agents: agents2, contacts: waiting('a', a, 10) });
    const policy = queueRatioThresholdPolicy(fakeContext(m, options));
    expect(policy.selectAgent(view(3).contact('a0'), view(3))).toBe(0); // 3 waiting − 0 − 2 > 0
    expect(policy.selectAgent(view(2).contact('a0'), view(2))).toBe(-1);
  });
});

describe('weight-based reconsiderAfter and rounding', () => {
  it('never asks to be woken sooner than a millisecond, so a crossing a rounding error away cannot loop at one instant', () => {
    // Late in a day, q = −100 and a = 0.7 put the crossing at 142.857… s; the contact queued that
    // long before now has waited 1.6e−12 s less (rounding), and now + 1.6e−12 is now again.
    const now = 32817.441267352915;
    const queuedAt = now - 100 / 0.7;
    const m = twoTypes();
    const view = new FakeView(m, { now, agents: [{ name: 'x', group: 'g' }], contacts: [{ name: 'late', type: 'a', queuedAt }] });
    const policy = weightBasedPolicy(fakeContext(m, { constant: { a: -100 }, waitWeight: 0.7, idleWeight: 0 }));
    const delay = policy.reconsiderAfter!(view.contact('late'), view);
    expect(delay).toBeLessThan(Infinity);
    expect(delay).toBeGreaterThanOrEqual(1e-3);
    expect(now + delay).toBeGreaterThan(now);
  });
});
