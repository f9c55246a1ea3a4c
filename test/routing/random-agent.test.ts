import { describe, expect, it } from 'vitest';
import { FixedUniformSource } from '../../src/random/fixed-uniform-source';
import { randomAgentPolicy } from '../../src/routing/random-agent';
import { FakeView, fakeContext } from './fake-view';
import type { FakeAgent } from './fake-view';
import { supportModel } from './sample-model';

const model = supportModel();

function pick(agents: FakeAgent[], u: readonly number[]): { chosen: string[]; draws: number } {
  const random = new FixedUniformSource(u);
  const policy = randomAgentPolicy(fakeContext(model, {}, random));
  const view = new FakeView(model, { now: 100, agents, contacts: [{ name: 'c', type: 'sales', queuedAt: 100 }] });
  const chosen = u.map(() => view.agentName(policy.selectAgent(view.contact('c'), view)));
  return { chosen, draws: random.draws };
}

// Free agents able to take a sales call, in group id order then longest idle first:
// generalists: g-early (idle 10), g-late (idle 20); sales-team: s (idle 0).
const agents: FakeAgent[] = [
  { name: 's', group: 'sales-team', idleSince: 0 },
  { name: 'g-late', group: 'generalists', idleSince: 20 },
  { name: 'g-early', group: 'generalists', idleSince: 10 },
  { name: 'busy', group: 'generalists', load: { voice: 1 } },
  { name: 'expert', group: 'billing-experts' },
];

describe('random-agent selectAgent', () => {
  it('maps u to the floor(u × n)-th free eligible agent', () => {
    expect(pick(agents, [0.1, 0.5, 0.9]).chosen).toEqual(['g-early', 'g-late', 's']);
    expect(pick(agents, [0.333, 0.334, 0.666, 0.667]).chosen).toEqual(['g-early', 'g-late', 'g-late', 's']);
  });

  it('gives each free agent the same share of a uniform grid', () => {
    const n = 300;
    const grid = Array.from({ length: n }, (_, k) => (k + 0.5) / n);
    const counts = new Map<string, number>();
    for (const name of pick(agents, grid).chosen) counts.set(name, (counts.get(name) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({ 'g-early': 100, 'g-late': 100, s: 100 });
  });

  it('draws exactly one uniform per decision, even when nobody is free', () => {
    expect(pick(agents, [0.2, 0.4]).draws).toBe(2);
    const none = pick([{ name: 'busy', group: 'generalists', load: { voice: 1 } }], [0.2, 0.4, 0.6]);
    expect(none).toEqual({ chosen: ['none', 'none', 'none'], draws: 3 });
  });

  it('falls back to the group’s first agent who can take the contact when the one drawn cannot now', () => {
    const random = new FixedUniformSource([0.5]);
    const policy = randomAgentPolicy(fakeContext(model, {}, random));
    // u = 0.5 of 3 draws the second free agent, g-late, who is eligible but cannot take the call now.
    const view = new FakeView(model, { now: 100, agents, contacts: [{ name: 'c', type: 'sales', queuedAt: 100 }], unavailable: (a) => a === 1 });
    expect(view.agentName(policy.selectAgent(view.contact('c'), view))).toBe('g-early');
  });

  it('rejects options', () => {
    expect(() => randomAgentPolicy(fakeContext(model, { seed: 1 }))).toThrow(
      "routing.options.seed: policy 'random-agent' takes no options",
    );
  });
});

describe('random-agent selectContact', () => {
  it('uses the default order and draws nothing', () => {
    const random = new FixedUniformSource([0.5]);
    const policy = randomAgentPolicy(fakeContext(model, {}, random));
    const view = new FakeView(model, {
      now: 100,
      agents: [{ name: 'a', group: 'generalists' }],
      contacts: [
        { name: 'sales', type: 'sales', queuedAt: 0 },
        { name: 'billing', type: 'billing', queuedAt: 50 },
      ],
    });
    expect(view.contactName(policy.selectContact(view.agent('a'), view))).toBe('billing');
    expect(random.draws).toBe(0);
  });
});
