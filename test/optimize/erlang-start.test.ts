import { describe, expect, it } from 'vitest';
import { erlangA } from '../../src/analytic/erlang-a';
import { erlangC } from '../../src/analytic/erlang-c';
import { erlangAgents, erlangStart, groupServes, meanArrivalRate } from '../../src/optimize/erlang-start';
import { resolveTargets, type ResolvedTarget } from '../../src/optimize/targets';
import { resolveScenario } from '../../src/scenario/resolve';

/** A resolved target of one metric for all contact types. */
const target = (metric: ResolvedTarget['metric'], value: number, within = 0): ResolvedTarget => ({
  index: 0,
  metric,
  type: -1,
  group: -1,
  value,
  within,
  scope: 'interval',
  sense: metric === 'service-level' || metric === 'fcr' ? 1 : -1,
  label: metric,
});

describe('erlangAgents() against Erlang C worked by hand', () => {
  // Load a = 2 erlangs (rate 1/s, service 2 s). Erlang C: C(3, 2) = 4/9, C(4, 2) = 4/23, C(5, 2) = 4/59;
  // P(answered at once) = 1 − C: 5/9 ≈ 0.556, 19/23 ≈ 0.826, 55/59 ≈ 0.932. ASA = C · s/(c − a): 8/9, 4/23, 8/177.
  it('takes the fewest agents whose service level within 0 s reaches the target', () => {
    expect(erlangAgents(1, 2, null, [target('service-level', 0.5)])).toBe(3);
    expect(erlangAgents(1, 2, null, [target('service-level', 0.555)])).toBe(3);
    expect(erlangAgents(1, 2, null, [target('service-level', 0.556)])).toBe(4);
    expect(erlangAgents(1, 2, null, [target('service-level', 0.6)])).toBe(4);
    expect(erlangAgents(1, 2, null, [target('service-level', 0.9)])).toBe(5);
  });

  it('takes the fewest agents whose ASA is at most the target', () => {
    expect(erlangAgents(1, 2, null, [target('asa', 1)])).toBe(3);
    expect(erlangAgents(1, 2, null, [target('asa', 0.5)])).toBe(4);
    expect(erlangAgents(1, 2, null, [target('asa', 0.174)])).toBe(4);
    expect(erlangAgents(1, 2, null, [target('asa', 0.173)])).toBe(5);
    expect(erlangAgents(1, 2, null, [target('asa', 0.1)])).toBe(5);
  });

  it('meets every target at once; FCR and occupancy do not count; without patience abandonment is 0', () => {
    expect(erlangAgents(1, 2, null, [target('asa', 1), target('service-level', 0.9)])).toBe(5);
    expect(erlangAgents(1, 2, null, [target('service-level', 0.9), target('asa', 1)])).toBe(5);
    // The smallest stable queue: c > a.
    expect(erlangAgents(1, 2, null, [target('fcr', 0.9), target('occupancy', 0.1), target('abandonment', 0.01)])).toBe(3);
    expect(erlangAgents(1, 2.5, null, [target('fcr', 0.9)])).toBe(3);
  });

  it('counts a target met exactly as met', () => {
    // The service level, ASA (Erlang C) and abandonment (Erlang A) of 4 agents as the targets.
    const c4 = erlangC({ arrivalRate: 1, meanServiceTime: 2, agents: 4 });
    expect(erlangAgents(1, 2, null, [target('service-level', c4.serviceLevel(0))])).toBe(4);
    expect(erlangAgents(1, 2, null, [target('asa', c4.averageSpeedOfAnswer)])).toBe(4);
    const a4 = erlangA({ arrivalRate: 1, meanServiceTime: 2, meanPatience: 30, agents: 4 });
    expect(erlangAgents(1, 2, 30, [target('abandonment', a4.probabilityOfAbandon)])).toBe(4);
  });

  it('needs nobody without arrivals or targets', () => {
    expect(erlangAgents(0, 2, null, [target('service-level', 0.9)])).toBe(0);
    expect(erlangAgents(-1, 2, 60, [target('service-level', 0.9)])).toBe(0);
    expect(erlangAgents(1, 2, null, [])).toBe(0);
  });

  it('stops at 5,000 agents', () => {
    expect(erlangAgents(4990, 1, null, [target('service-level', 0.99, 0)])).toBe(5000);
  });
});

describe('erlangAgents() with patience (Erlang A)', () => {
  const abandon = (c: number) => erlangA({ arrivalRate: 1, meanServiceTime: 10, meanPatience: 30, agents: c }).probabilityOfAbandon;

  it('takes the fewest agents whose abandonment is at most the target, from half the load', () => {
    const c = erlangAgents(1, 10, 30, [target('abandonment', 0.05)]);
    expect(abandon(c)).toBeLessThanOrEqual(0.05);
    expect(abandon(c - 1)).toBeGreaterThan(0.05);
    // A target every staffing meets: half the load (5 agents), below the load itself (an overloaded queue
    // with patience is stable).
    expect(erlangAgents(1, 10, 30, [target('abandonment', 1)])).toBe(5);
    expect(erlangAgents(0.1, 1, 30, [target('abandonment', 1)])).toBe(1);
  });
});

describe('erlangStart()', () => {
  const model = resolveScenario({
    name: 'start',
    horizon: '75m',
    interval: '30m',
    skills: ['voice', 'chat'],
    contactTypes: [
      // 1 call per 2 s of 4 s each: 2 erlangs; the last interval (15 minutes of the horizon) too.
      { name: 'calls', skills: { voice: 1 }, handleTime: { kind: 'exponential', mean: 4 }, arrivals: { rate: '1800/h' } },
      // Chats: a trace of 3 arrivals in the first interval, 1 in the last quarter hour.
      { name: 'chats', channel: 'chat', skills: { chat: 1 }, handleTime: { kind: 'exponential', mean: 600 }, arrivals: { trace: [10, 20, 30, 3700] } },
    ],
    agentGroups: [
      { name: 'phones', skills: { voice: 1 }, agents: 1 },
      { name: 'chatters', skills: { chat: 1 }, channels: { chat: 3 }, agents: 1 },
    ],
  });
  const grid = { intervals: 3, intervalLength: 1800 };

  it('gives each type its Erlang need per interval, chat agents counting as their concurrency, shrinkage dividing', () => {
    const targets = resolveTargets(model, [{ metric: 'service-level', contactType: 'calls', value: 0.9, within: 0 }, { metric: 'asa', contactType: 'chats', value: 1e9 }]);
    const start = erlangStart(model, targets, grid);
    expect(start.eligible).toEqual([[0], [1]]);
    expect(start.rate[0]).toEqual([0.5, 0.5, 0.5]);
    expect(start.load[0]).toEqual([2, 2, 2]);
    expect(start.required[0]).toEqual([5, 5, 5]);
    // Chats: 3 in 1,800 s, none, then 1 in the 900 s left of the horizon. Any stable number of
    // chat slots meets an ASA of 10⁹ s: ⌊a⌋ + 1 = 2 slots, one agent of 3; 0 without arrivals.
    expect(start.rate[1]).toEqual([3 / 1800, 0, 1 / 900]);
    expect(start.load[1]).toEqual([1, 0, 600 / 900]);
    expect(start.required[1]!.map((n) => n + 0)).toEqual([1, 0, 1]); // + 0: ⌈0 − 10⁻⁹⌉ is −0
    // 25 % shrinkage: 5 / 0.75 = 6.67 → 7 agents scheduled.
    expect(erlangStart(model, targets, grid, 0.25).required[0]).toEqual([7, 7, 7]);
  });

  it('applies a target to its own type only, and one for all types to each', () => {
    const callsOnly = erlangStart(model, resolveTargets(model, [{ metric: 'service-level', contactType: 'calls', value: 0.9, within: 0 }]), grid);
    expect(callsOnly.required.map((row) => row.map((n) => n + 0))).toEqual([[5, 5, 5], [0, 0, 0]]);
    const all = erlangStart(model, resolveTargets(model, [{ metric: 'asa', value: 1e9 }]), grid);
    expect(all.required.map((row) => row.map((n) => n + 0))).toEqual([[3, 3, 3], [1, 0, 1]]);
  });

  it('asks for nobody when a type has only FCR and occupancy targets (no Erlang formula speaks of them)', () => {
    const start = erlangStart(model, [{ ...target('fcr', 0.7), scope: 'day' }, target('occupancy', 0.9)], grid);
    expect(start.required.map((row) => row.map((n) => n + 0))).toEqual([[0, 0, 0], [0, 0, 0]]);
  });
});

describe('meanArrivalRate() of a trace', () => {
  it('counts the arrivals in [from, to): the start in, the end out', () => {
    const calls = { arrivals: { kind: 'trace', times: [0, 900, 1800] } } as never;
    expect(meanArrivalRate(calls, 0, 1800)).toBe(2 / 1800);
    expect(meanArrivalRate(calls, 1800, 3600)).toBe(1 / 1800);
  });
});

describe('groupServes() and meanArrivalRate()', () => {
  const model = resolveScenario({
    name: 'serves',
    skills: ['a', 'b'],
    contactTypes: [
      { name: 'calls', skills: { a: 2 }, handleTime: { kind: 'exponential', mean: 60 }, arrivals: { perInterval: [10, 30], interval: '30m' } },
      { name: 'chats', channel: 'chat', skills: { a: 1 }, handleTime: { kind: 'exponential', mean: 60 }, arrivals: { rate: '60/h' } },
    ],
    agentGroups: [
      { name: 'experts', skills: { a: 2 }, agents: 1 },
      { name: 'juniors', skills: { a: 1 }, agents: 1 },
      { name: 'chatters', skills: { a: 3 }, channels: { chat: 2 }, agents: 1 },
    ],
  });

  it('needs the channel and the proficiency', () => {
    expect([0, 1, 2].map((g) => groupServes(model, 0, g))).toEqual([true, false, false]);
    expect([0, 1, 2].map((g) => groupServes(model, 1, g))).toEqual([false, false, true]);
  });

  it('needs every skill of the type at its level, not just one', () => {
    const center = resolveScenario({
      name: 'two skills',
      skills: ['a', 'b'],
      contactTypes: [{ name: 'orders', skills: { a: 2, b: 2 }, handleTime: { kind: 'exponential', mean: 60 }, arrivals: { rate: '60/h' } }],
      agentGroups: [
        { name: 'experts', skills: { a: 2, b: 2 }, agents: 1 },
        { name: 'half', skills: { a: 2, b: 1 }, agents: 1 },
        { name: 'juniors', skills: { a: 1, b: 1 }, agents: 1 },
      ],
    });
    expect([0, 1, 2].map((g) => groupServes(center, 0, g))).toEqual([true, false, false]);
  });

  it('averages a per-interval rate over the span asked', () => {
    expect(meanArrivalRate(model.contactTypes[0]!, 0, 1800)).toBeCloseTo(10 / 1800, 15);
    expect(meanArrivalRate(model.contactTypes[0]!, 1800, 3600)).toBeCloseTo(30 / 1800, 15);
    expect(meanArrivalRate(model.contactTypes[0]!, 900, 2700)).toBeCloseTo(20 / 1800, 15);
    expect(meanArrivalRate(model.contactTypes[1]!, 0, 1800)).toBeCloseTo(1 / 60, 15);
  });
});
