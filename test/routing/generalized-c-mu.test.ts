import { describe, expect, it } from 'vitest';
import type { ModelDefinition } from '../../src/model/definition';
import { checkGeneralizedCMuOptions, generalizedCMuPolicy } from '../../src/routing/generalized-c-mu';
import { FakeView, fakeContext, fakeModel } from './fake-view';
import type { FakeAgent, FakeContact } from './fake-view';
import { fixedTime } from './fake-model';

/**
 * generalized-c-mu on hand-worked states: type a takes 100 s on average (μ = 0.01 /s), type b
 * 400 s (μ = 0.0025 /s); group 'slow' has handle-time factor 2 (μ halved), 'fast' and 'same' 1,
 * 'ind' is made of individual agents with their own factors. now = 1000.
 */
const NOW = 1000;
const base = fakeModel({
  skills: ['s'],
  types: [{ name: 'a', requirements: [['s', 1]] }, { name: 'b', requirements: [['s', 1]] }],
  groups: ['slow', 'fast', 'same', 'ind'].map((name) => ({ name, proficiency: { s: 3 } })),
});
const model: ModelDefinition = {
  ...base,
  contactTypes: base.contactTypes.map((t) => ({ ...t, handleTime: fixedTime(t.name === 'a' ? 100 : 400) })),
  agentGroups: base.agentGroups.map((g) =>
    g.name === 'slow'
      ? { ...g, handleTimeFactor: g.handleTimeFactor.map(() => 2) }
      : g.name === 'ind'
        ? { ...g, individuals: { agents: [], draw: null, learning: null } }
        : g,
  ),
};
const waited = (name: string, type: string, wait: number): FakeContact => ({ name, type, queuedAt: NOW - wait });

function chooseAgent(agents: FakeAgent[], contact: FakeContact, options: Record<string, unknown> = {}, m = model): string {
  const view = new FakeView(m, { now: NOW, agents, contacts: [contact] });
  return view.agentName(generalizedCMuPolicy(fakeContext(m, options)).selectAgent(view.contact(contact.name!), view));
}

function chooseContact(contacts: FakeContact[], options: Record<string, unknown> = {}, agent: FakeAgent = { name: 'x', group: 'fast' }): string {
  const view = new FakeView(model, { now: NOW, agents: [agent], contacts });
  return view.contactName(generalizedCMuPolicy(fakeContext(model, options)).selectContact(view.agent(agent.name!), view));
}

describe('generalized-c-mu selectAgent', () => {
  it('sends a contact of the second type to the faster group, listed second', () => {
    const agents: FakeAgent[] = [{ name: 's', group: 'slow', idleSince: 0 }, { name: 'f', group: 'fast', idleSince: 900 }];
    expect(chooseAgent(agents, waited('c', 'b', 0))).toBe('f');
  });

  it('reads the pair table by the contact’s type in a center without individual agents', () => {
    const identical: ModelDefinition = { ...model, agentGroups: model.agentGroups.filter((g) => g.name !== 'ind') };
    const agents: FakeAgent[] = [{ name: 's', group: 'slow', idleSince: 0 }, { name: 'f', group: 'fast', idleSince: 900 }];
    expect(chooseAgent(agents, waited('c', 'b', 0), {}, identical)).toBe('f');
  });

  it('breaks equal rates by the longest idle agent, whichever group comes first', () => {
    expect(chooseAgent([{ name: 'f', group: 'fast', idleSince: 500 }, { name: 'm', group: 'same', idleSince: 100 }], waited('c', 'a', 0))).toBe('m');
    expect(chooseAgent([{ name: 'f', group: 'fast', idleSince: 100 }, { name: 'm', group: 'same', idleSince: 500 }], waited('c', 'a', 0))).toBe('f');
  });

  it('compares the individual agents by their own rate', () => {
    // ind: 'quick' (factor 0.5: 200 s for b) idled later than 'plod' (factor 1.5) and 'f' (fast group, 400 s).
    const agents: FakeAgent[] = [
      { name: 'f', group: 'fast', idleSince: 0 },
      { name: 'plod', group: 'ind', idleSince: 10, handleTimeFactor: 1.5 },
      { name: 'quick', group: 'ind', idleSince: 800, handleTimeFactor: 0.5 },
    ];
    expect(chooseAgent(agents, waited('c', 'b', 0))).toBe('quick');
  });
});

describe('generalized-c-mu selectContact', () => {
  it('weighs cost × wait^b × μ: μ multiplies, so the faster type wins a shorter wait', () => {
    // a: 1 × 30 × 0.01 = 0.3; b: 1 × 100 × 0.0025 = 0.25.
    expect(chooseContact([waited('a', 'a', 30), waited('b', 'b', 100)])).toBe('a');
    // a: 1 × 20 × 0.01 = 0.2 < 0.25.
    expect(chooseContact([waited('a', 'a', 20), waited('b', 'b', 100)])).toBe('b');
  });

  it('breaks equal indexes by the default order, the longer wait first', () => {
    // exponent 0, costs 1 and 4: a 1 × 0.01, b 4 × 0.0025: equal.
    const options = { exponent: 0, costs: { b: 4 } };
    expect(chooseContact([waited('young', 'a', 10), waited('old', 'b', 100)], options)).toBe('old');
    expect(chooseContact([waited('old', 'a', 100), waited('young', 'b', 10)], options)).toBe('old');
  });
});

describe('checkGeneralizedCMuOptions', () => {
  it('checks the option shapes without a model, and names the cost that is not > 0', () => {
    const issues = checkGeneralizedCMuOptions({ options: { costs: { anything: 0 }, exponent: 1 } });
    expect(issues.map((i) => i.path.join('.'))).toEqual(['costs.anything']);
  });
});
