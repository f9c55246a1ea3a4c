import { describe, expect, it } from 'vitest';
import { ContactState } from '../../src/model/contact-table';
import type { RoutingPolicy } from '../../src/model/routing-policy';
import type { ContactCenterView } from '../../src/model/view';
import { RunawayError } from '../../src/model/runaway';
import { PolicyRegistry } from '../../src/routing/registry';
import { simulate } from '../../src/run/simulate';

/**
 * The policy's own wake-ups (`reconsiderAfter`, timed by src/model/waiting-timers.ts), on a
 * hand-worked center: two agents, calls of exactly 100 s. The policy keeps a call for agent 0
 * until it has waited `limit` seconds, then gives it to anyone; it asks to see a waiting call
 * again when the limit is reached (and never again after that).
 */
function run(arrivals: number[], options: { limit?: number; patience?: number; refuse?: boolean; reconsider?: (wait: number, limit: number) => number } = {}) {
  const limit = options.limit ?? 30;
  const reconsider = options.reconsider ?? ((wait: number, lim: number) => (wait < lim ? lim - wait : Infinity));
  const starts: [contact: number, agent: number, at: number][] = [];
  const askedAbout: string[] = [];
  const wait = (v: ContactCenterView, c: number): number => v.now - v.contactQueuedAt(c);
  const policy: RoutingPolicy = {
    selectAgent(c, v) {
      // The engine offers only waiting contacts (new or in their queue) to the policy.
      if (v.contactState(c) !== ContactState.waiting) askedAbout.push(`contact ${c} in state ${v.contactState(c)} at ${v.now}`);
      if (options.refuse === true) return -1;
      if (v.canServe(0, c)) return 0;
      return wait(v, c) >= limit && v.canServe(1, c) ? 1 : -1;
    },
    selectContact(agent, v) {
      const head = v.queueHead(0);
      if (head < 0 || options.refuse === true) return -1;
      return agent === 0 || wait(v, head) >= limit ? head : -1;
    },
    reconsiderAfter: (c, v) => reconsider(wait(v, c), limit),
  };
  const policies = PolicyRegistry.withBuiltIns().register('held', () => policy);
  const scenario = {
    name: 'wake-ups',
    horizon: '1h',
    skills: ['s'],
    contactTypes: [
      {
        name: 'calls',
        skills: { s: 1 },
        handleTime: { kind: 'deterministic', value: '100s' },
        arrivals: { trace: arrivals },
        ...(options.patience === undefined ? {} : { patience: { kind: 'deterministic', value: options.patience } }),
      },
    ],
    agentGroups: [{ name: 'desk', skills: { s: 1 }, agents: 2 }],
    routing: { policy: 'held' },
  };
  let view: ContactCenterView | null = null;
  const result = simulate(scenario as never, {
    seed: 1,
    policies,
    checkInvariants: true,
    observers: [
      {
        attach: (v: ContactCenterView) => void (view = v),
        onServiceStart: (c: number, agent: number) => void starts.push([c, agent, view!.now]),
      },
    ],
  });
  return { starts, askedAbout, result };
}

describe('reconsiderAfter (the policy’s wake-ups)', () => {
  it('offers a waiting call to the policy again when its wake-up comes', () => {
    // #0 at 5 s takes agent 0 (to 105). #1 at 10 s waits: agent 1 is free but the policy keeps it
    // for agent 0 until 40 s, when its wake-up gives it to agent 1 (to 140). #2 at 50 s waits; at
    // its wake-up (80 s) both agents are busy, and it asks for no more; agent 0 frees up at 105 s.
    const { starts, askedAbout, result } = run([5, 10, 50]);
    expect(starts).toEqual([
      [0, 0, 5],
      [1, 1, 40],
      [2, 0, 105],
    ]);
    expect(askedAbout).toEqual([]);
    // Waits 0, 30 and 55 s.
    expect(result.overall.served).toBe(3);
    expect(result.overall.asa).toBeCloseTo(85 / 3, 9);
  });

  it('cancels the wake-up of a call that an agent takes first', () => {
    // #1 at 10 s asks to be seen again after 130 s (140 s); agent 0 frees up at 105 s and takes
    // it. Its wake-up must not offer the policy a call already in service.
    const { starts, askedAbout } = run([5, 10], { reconsider: (wait) => (wait === 0 ? 130 : Infinity) });
    expect(starts).toEqual([
      [0, 0, 5],
      [1, 0, 105],
    ]);
    expect(askedAbout).toEqual([]);
  });

  it('cancels the wake-up of a call that abandons', () => {
    // #1 at 10 s (wake-up at 140 s) has 50 s of patience: it abandons at 60 s, and its wake-up
    // must not offer the policy the contact that left.
    const { starts, askedAbout, result } = run([5, 10], { patience: 50, reconsider: (wait) => (wait === 0 ? 130 : Infinity) });
    expect(starts).toEqual([[0, 0, 5]]);
    expect(askedAbout).toEqual([]);
    expect(result.overall.abandoned).toBe(1);
  });

  it('refuses a negative or NaN delay with the policy’s name', () => {
    expect(() => run([5, 10], { reconsider: () => -1 })).toThrow(/routing policy 'held': reconsiderAfter must return a delay ≥ 0 or Infinity, got -1/);
    expect(() => run([5, 10], { reconsider: () => Number.NaN })).toThrow(/reconsiderAfter must return a delay ≥ 0 or Infinity, got NaN/);
  });

  it('never wakes a call whose policy answers Infinity', () => {
    // #1 waits for agent 0 however long: agent 1 stays idle, #1 starts at 105 s.
    const { starts } = run([5, 10], { reconsider: () => Infinity });
    expect(starts).toEqual([
      [0, 0, 5],
      [1, 0, 105],
    ]);
  });

  it('accepts a delay of 0 (a wake-up at the same instant)', () => {
    // #1 at 10 s is seen again at once (still for agent 0 only), then never: it waits for 105 s.
    let asked = 0;
    const { starts } = run([5, 10], { reconsider: () => (asked++ === 0 ? 0 : Infinity) });
    expect(starts).toEqual([
      [0, 0, 5],
      [1, 0, 105],
    ]);
    expect(asked).toBe(2);
  });

  it('names the policy’s wake-ups when they go on without end', () => {
    // A call the policy never serves and always wants to see again in 1 s: after the horizon the
    // drain only has wake-ups left, and the runaway watch stops the run.
    let error: unknown = null;
    try {
      run([5], { refuse: true, reconsider: () => 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RunawayError);
    expect((error as RunawayError).mechanism).toBe('policy-wake-ups');
  });
});
