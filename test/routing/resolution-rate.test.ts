import { describe, expect, it } from 'vitest';
import type { ModelDefinition } from '../../src/model/definition';
import { checkResolutionRateOptions, resolutionRatePolicy } from '../../src/routing/resolution-rate';
import { FakeView, fakeContext, fakeModel } from './fake-view';
import type { FakeAgent, FakeContact } from './fake-view';
import { fixedTime } from './fake-model';

/**
 * resolution-rate (pμ) on hand-worked states. Type a: 300 s, resolved with probability
 * 0.5 × byProficiency (level 5: × 1.8 → p = 0.9; level 3: × 1.2 → p = 0.6); type b: 100 s, no
 * resolution model (p = 1). Groups: 'expert' (level 5, factor 1: pμ on a = 0.9 / 300 = 0.003),
 * 'quick' (level 3, factor 0.5: 0.6 / 150 = 0.004), 'twin' (as expert), 'ind' (individual agents,
 * level 3 at the group's factors, or their own). now = 1000.
 */
const NOW = 1000;
const base = fakeModel({
  skills: ['s'],
  types: [{ name: 'a', requirements: [['s', 1]] }, { name: 'b', requirements: [['s', 1]] }],
  groups: [
    { name: 'expert', proficiency: { s: 5 } },
    { name: 'quick', proficiency: { s: 3 } },
    { name: 'twin', proficiency: { s: 5 } },
    { name: 'ind', proficiency: { s: 3 } },
  ],
});
const model: ModelDefinition = {
  ...base,
  contactTypes: base.contactTypes.map((t) =>
    t.name === 'a'
      ? { ...t, handleTime: fixedTime(300), resolution: { probability: 0.5, byProficiency: [0, 1, 1.1, 1.2, 1.5, 1.8], withContext: 1 } }
      : { ...t, handleTime: fixedTime(100) },
  ),
  agentGroups: base.agentGroups.map((g) =>
    g.name === 'quick'
      ? { ...g, handleTimeFactor: g.handleTimeFactor.map(() => 0.5) }
      : g.name === 'ind'
        ? { ...g, individuals: { agents: [], draw: null, learning: null } }
        : g,
  ),
};
/** The same center without individual agents: the policy then reads its p × μ table. */
const plain: ModelDefinition = { ...model, agentGroups: model.agentGroups.map(({ individuals: _, ...g }) => g) };
const waited = (name: string, type: string, wait: number): FakeContact => ({ name, type, queuedAt: NOW - wait });

function chooseAgent(agents: FakeAgent[], contact: FakeContact, m = plain): string {
  const view = new FakeView(m, { now: NOW, agents, contacts: [contact] });
  return view.agentName(resolutionRatePolicy(fakeContext(m)).selectAgent(view.contact(contact.name!), view));
}

function chooseContact(contacts: FakeContact[], options: Record<string, unknown> = {}, m = plain): string {
  const view = new FakeView(m, { now: NOW, agents: [{ name: 'x', group: 'expert' }], contacts });
  return view.contactName(resolutionRatePolicy(fakeContext(m, options)).selectContact(view.agent('x'), view));
}

describe('resolution-rate selectAgent', () => {
  it('takes the larger p × μ (quick: 0.6 / 150 s beats expert: 0.9 / 300 s), listed second', () => {
    expect(chooseAgent([{ name: 'e', group: 'expert', idleSince: 0 }, { name: 'q', group: 'quick', idleSince: 900 }], waited('c', 'a', 0))).toBe('q');
  });

  it('breaks equal rates by the longest idle agent, whichever group comes first', () => {
    expect(chooseAgent([{ name: 'e', group: 'expert', idleSince: 500 }, { name: 't', group: 'twin', idleSince: 100 }], waited('c', 'a', 0))).toBe('t');
    expect(chooseAgent([{ name: 'e', group: 'expert', idleSince: 100 }, { name: 't', group: 'twin', idleSince: 500 }], waited('c', 'a', 0))).toBe('e');
  });

  it('compares individual agents by their own p × μ', () => {
    // 'sure' resolves 0.5 × 1.8 = 0.9 at factor 1: 0.003; 'fast' 0.5 × 1.2 = 0.6 at factor 0.5: 0.004.
    const agents: FakeAgent[] = [
      { name: 'sure', group: 'ind', idleSince: 0, resolutionFactor: 1.8, handleTimeFactor: 1 },
      { name: 'fast', group: 'ind', idleSince: 800, resolutionFactor: 1.2, handleTimeFactor: 0.5 },
    ];
    expect(chooseAgent(agents, waited('c', 'a', 0), model)).toBe('fast');
  });
});

describe('resolution-rate selectContact', () => {
  it('weighs cost × p × μ: b (1 / 100 s) before a (0.9 / 300 s) unless a costs enough more', () => {
    // a: 3 × 0.003 = 0.009 < b: 0.01; a: 4 × 0.003 = 0.012 > 0.01.
    const contacts = [waited('a', 'a', 500), waited('b', 'b', 10)];
    expect(chooseContact(contacts, { costs: { a: 3 } })).toBe('b');
    expect(chooseContact(contacts, { costs: { a: 4 } })).toBe('a');
    // The same through the agents' own rates when the center has a group of individual agents.
    expect(chooseContact(contacts, { costs: { a: 3 } }, model)).toBe('b');
    expect(chooseContact(contacts, { costs: { a: 4 } }, model)).toBe('a');
  });

  it('breaks equal indexes by the default order, the longer wait first', () => {
    // a: 10 / 3 × 0.003 = 0.01 = b: 1 × 0.01.
    const options = { costs: { a: 10 / 3 } };
    expect(chooseContact([waited('young', 'a', 10), waited('old', 'b', 100)], options)).toBe('old');
    expect(chooseContact([waited('old', 'a', 100), waited('young', 'b', 10)], options)).toBe('old');
  });
});

describe('resolution-rate options', () => {
  it('name an unknown contact type and a cost that is not > 0', () => {
    expect(checkResolutionRateOptions({ options: { costs: { a: 0, zebra: 1 } }, model })).toEqual([
      { path: ['costs', 'a'], message: 'must be a finite number > 0, got 0' },
      { path: ['costs', 'zebra'], message: "unknown contact type 'zebra'" },
    ]);
  });
});
