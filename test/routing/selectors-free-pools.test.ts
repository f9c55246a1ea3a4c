import { describe, expect, it } from 'vitest';
import type { ModelDefinition } from '../../src/model/definition';
import { bestFreeAgent, compareLongestIdle, freeAgentInGroup, longestIdleAgent } from '../../src/routing/selectors';
import type { AgentOrder } from '../../src/routing/selectors';
import { FakeView, fakeModel } from './fake-view';
import type { FakeAgent, FakeState } from './fake-view';

/**
 * The agent selectors walking free pools, on hand-made pools of one type 'a' (skill s) and groups
 * g0, g1 and 'ind' (individual agents). `unavailable` agents are eligible but cannot take the
 * contact now (an agent whose own overflow step is closed), `closedGroups` may not serve it as a
 * whole; `view.calls.canServe` counts the agents looked at, which the selectors promise to keep
 * to the pool heads they need.
 */
const base = fakeModel({
  skills: ['s'],
  types: [{ name: 'a', requirements: [['s', 1]] }],
  groups: ['g0', 'g1', 'ind'].map((name) => ({ name, proficiency: { s: 3 } })),
});
const model: ModelDefinition = {
  ...base,
  agentGroups: base.agentGroups.map((g) => (g.name === 'ind' ? { ...g, individuals: { agents: [], draw: null, learning: null } } : g)),
};
const [G0, G1, IND] = [0, 1, 2];

function viewOf(agents: FakeAgent[], extra: Partial<FakeState> = {}): FakeView {
  return new FakeView(model, { now: 100, agents, contacts: [{ name: 'c', type: 'a', queuedAt: 0 }], ...extra });
}
const names = (view: FakeView) => (agent: number): string => view.agentName(agent);

describe('freeAgentInGroup()', () => {
  it('passes over a pool head that is eligible but cannot take the contact now, to the next agent', () => {
    const view = viewOf([{ name: 'head', group: 'g0', idleSince: 5 }, { name: 'next', group: 'g0', idleSince: 30 }], { unavailable: (a) => a === 0 });
    expect(names(view)(freeAgentInGroup(view, view.contact('c'), G0))).toBe('next');
  });

  it('gives -1 when no agent of the pool can take the contact now', () => {
    const view = viewOf([{ name: 'p', group: 'g1' }, { name: 'q', group: 'g0', idleSince: 5 }, { name: 'r', group: 'g0', idleSince: 9 }], {
      unavailable: (a) => a > 0,
    });
    expect(freeAgentInGroup(view, view.contact('c'), G0)).toBe(-1);
  });

  it('does not look at the agents of a group that may not serve the contact as a whole', () => {
    const view = viewOf([{ name: 'p', group: 'g0' }, { name: 'q', group: 'g0' }], { closedGroups: ['g0'] });
    expect(freeAgentInGroup(view, view.contact('c'), G0)).toBe(-1);
    expect(view.calls.canServe).toBe(0);
  });
});

describe('compareLongestIdle()', () => {
  it('breaks equal idle times by the smaller agent id', () => {
    const view = viewOf([{ group: 'g0', idleSince: 7 }, { group: 'g1', idleSince: 7 }]);
    expect(Math.sign(compareLongestIdle(view, 0, 0, 1))).toBe(-1);
    expect(Math.sign(compareLongestIdle(view, 0, 1, 0))).toBe(1);
  });
});

describe('longestIdleAgent()', () => {
  it('does not look into a group whose pool head became idle after the best agent so far', () => {
    // Agent 0 (g0, idle since 10) is the best; g1's head idled at 20, so g1 is skipped unseen.
    const view = viewOf([{ name: 'best', group: 'g0', idleSince: 10 }, { name: 'later', group: 'g1', idleSince: 20 }]);
    expect(names(view)(longestIdleAgent(view, view.contact('c'), [G0, G1]))).toBe('best');
    expect(view.calls.canServe).toBe(1);
  });

  it('skips a group that may not serve the contact without looking at its agents', () => {
    const view = viewOf([{ name: 'shut', group: 'g0', idleSince: 0 }, { name: 'open', group: 'g1', idleSince: 50 }], { closedGroups: ['g0'] });
    expect(names(view)(longestIdleAgent(view, view.contact('c'), [G0, G1]))).toBe('open');
    expect(view.calls.canServe).toBe(1);
  });

  it('compares the idle time of the agent found, not of its group’s head, when the head cannot take the contact', () => {
    // g0: head idle since 5 cannot take it, the next one idled at 30; g1's head idled at 20 and wins.
    const view = viewOf(
      [{ name: 'g0-head', group: 'g0', idleSince: 5 }, { name: 'g0-next', group: 'g0', idleSince: 30 }, { name: 'g1-head', group: 'g1', idleSince: 20 }],
      { unavailable: (a) => a === 0 },
    );
    expect(names(view)(longestIdleAgent(view, view.contact('c'), [G0, G1]))).toBe('g1-head');
  });

  it('keeps the best so far against an agent of a smaller id who idled later', () => {
    // g1's head (id 0, idle since 5) cannot take it; the next one (id 1) idled at 20, after g0's agent (id 2, 10).
    const view = viewOf(
      [{ name: 'g1-head', group: 'g1', idleSince: 5 }, { name: 'g1-next', group: 'g1', idleSince: 20 }, { name: 'g0', group: 'g0', idleSince: 10 }],
      { unavailable: (a) => a === 0 },
    );
    expect(names(view)(longestIdleAgent(view, view.contact('c'), [G0, G1]))).toBe('g0');
  });

  it('breaks a tie between groups by the smaller agent id, whichever group comes first', () => {
    const view = viewOf([{ name: 'small', group: 'g1', idleSince: 10 }, { name: 'large', group: 'g0', idleSince: 10 }]);
    expect(names(view)(longestIdleAgent(view, view.contact('c'), [G0, G1]))).toBe('small');
    expect(names(view)(longestIdleAgent(view, view.contact('c'), [G1, G0]))).toBe('small');
  });
});

describe('bestFreeAgent() with a group of individual agents', () => {
  /** Faster first (smaller own handle-time factor); equal factors are a tie (0). */
  const fastest: AgentOrder = (v, contact, x, y) => v.agentHandleTimeFactor(x, v.contactType(contact)) - v.agentHandleTimeFactor(y, v.contactType(contact));
  const individuals: FakeAgent[] = [
    { name: 'slow', group: 'ind', idleSince: 10, handleTimeFactor: 2 },
    { name: 'fast', group: 'ind', idleSince: 20, handleTimeFactor: 0.5 },
  ];

  it('compares every free agent of the group, not only the longest idle', () => {
    const view = viewOf(individuals);
    expect(names(view)(bestFreeAgent(view, view.contact('c'), [IND], fastest))).toBe('fast');
  });

  it('keeps the longest idle of equal agents (free-pool order), and a better agent of an earlier group', () => {
    const view = viewOf([...individuals, { name: 'g0', group: 'g0', idleSince: 0, handleTimeFactor: 0.25 }]);
    expect(names(view)(bestFreeAgent(view, view.contact('c'), [IND], () => 0))).toBe('slow');
    expect(names(view)(bestFreeAgent(view, view.contact('c'), [G0, IND], fastest))).toBe('g0');
    expect(names(view)(bestFreeAgent(view, view.contact('c'), [IND, G0], fastest))).toBe('g0');
  });

  it('passes over an agent who cannot take the contact now, and goes on walking the pool', () => {
    const view = viewOf([...individuals, { name: 'fastest', group: 'ind', idleSince: 30, handleTimeFactor: 0.4 }], { unavailable: (a) => a === 1 });
    expect(names(view)(bestFreeAgent(view, view.contact('c'), [IND], fastest))).toBe('fastest');
  });

  it('stops walking a pool at an agent who is not eligible (eligibility is per group)', () => {
    const view = viewOf([...individuals, { name: 'g1', group: 'g1', idleSince: 50, handleTimeFactor: 3 }], {
      blocked: (a) => a < 2,
    });
    expect(names(view)(bestFreeAgent(view, view.contact('c'), [IND, G1], fastest))).toBe('g1');
    expect(view.calls.canServe).toBe(2); // ind's head, then g1's head
  });

  it('does not look at the agents of an individual group that may not serve the contact', () => {
    const view = viewOf([...individuals, { name: 'g1', group: 'g1', idleSince: 50, handleTimeFactor: 3 }], { closedGroups: ['ind'] });
    expect(names(view)(bestFreeAgent(view, view.contact('c'), [IND, G1], fastest))).toBe('g1');
    expect(view.calls.canServe).toBe(1);
  });

  it('gives -1 when no group has a free agent who can take the contact', () => {
    const view = viewOf(individuals, { unavailable: () => true });
    expect(bestFreeAgent(view, view.contact('c'), [G0, IND], fastest)).toBe(-1);
  });
});
