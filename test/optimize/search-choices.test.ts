import { describe, expect, it } from 'vitest';
import type { StaffingMatrix } from '../../src/optimize/staffing-plan';
import { agents, runWorld } from './search-world';

/**
 * The search's choices worked out by hand on made-up centers (see search-world.ts): which
 * candidate it keeps when none meets every place, the one-sided trust region, the fallback cuts,
 * the criterion's replications, and the edge cases of the finite differences.
 */

describe('searchStaffing(): the candidate kept when the targets are not met', () => {
  it('keeps the first of two candidates that miss equally, and does not polish a staffing that misses', async () => {
    // Met from 3 agents on, −1 below: no gain measurable, fallback cuts y ≥ 1 then y ≥ 2. After
    // two iterations [0] and [1] miss by the same amount: the first stays.
    const { outcome, progress } = runWorld({ T: 1, maxIterations: 2, polishRounds: 3, value: (x) => (agents(x, 0) >= 3 ? 1 : -1) });
    const out = await outcome;
    expect(out).toMatchObject({ status: 'iteration-limit', planned: [[0]], iterations: 2, cuts: 2, unreachable: [] });
    expect(progress.map((p) => [p.phase, p.cost])).toEqual([
      ['search', 0],
      ['search', 1],
    ]);
  });

  it('weighs each shortfall by its target, and a place without a value falls short of nothing', async () => {
    // Target 0: at least 10 (place 0); target 1: at least 1 (places 1 and 2). [0]: place 0 is 8
    // (short 2 / 10 = 0.2), place 1 meets (1), place 2 has no value. [1]: place 0 meets (10),
    // place 1 is 0.5 (short 0.5 / 1 = 0.5), place 2 is 1. The first misses less and stays.
    const table: Record<number, readonly (number | null)[]> = { 0: [8, 1, null], 1: [10, 0.5, 1] };
    const { outcome, progress } = runWorld({
      T: 1,
      maxIterations: 2,
      places: [
        { target: 0, interval: 0 },
        { target: 1, interval: 0 },
        { target: 1, interval: 0 },
      ],
      target: { value: 10 },
      moreTargets: [{ value: 1 }],
      value: (x, j) => table[Math.min(agents(x, 0), 1)]![j]!,
    });
    const out = await outcome;
    expect(out.status).toBe('iteration-limit');
    expect(out.planned).toEqual([[0]]);
    expect(progress.map((p) => [p.met, p.total])).toEqual([
      [1, 2],
      [2, 3],
    ]);
  });

  it('infeasible: keeps the search\'s candidate when the maximum misses as much', async () => {
    // Never met (−1 everywhere), at most 2 agents: fallback cuts y ≥ 1, 2, 3; the third is
    // infeasible. [0], [1], [2] and the maximum [2] all miss by 1: the first candidate stays.
    const { outcome } = runWorld({ T: 1, upper: [[2]], value: () => -1 });
    const out = await outcome;
    expect(out).toMatchObject({ status: 'infeasible', planned: [[0]], iterations: 4, cuts: 3, unreachable: [0] });
  });

  it('infeasible from the start: the fewest agents allowed, evaluated once', async () => {
    // The start row asks for 20 agents where 10 are allowed: no candidate, so the lower bounds
    // [2] are planned (they meet the place: 2 − 1 ≥ 0) and the maximum [10] is evaluated.
    const { outcome, evaluated } = runWorld({ T: 1, lower: [[2]], startRows: [{ terms: [[0, 1]], lower: 20 }], value: (x) => agents(x, 0) - 1 });
    const out = await outcome;
    expect(out).toMatchObject({ status: 'infeasible', planned: [[2]], iterations: 1, cuts: 0, unreachable: [] });
    expect(out.evaluation.estimates[0]!.mean).toBe(1);
    expect(evaluated).toEqual([[[[2]]], [[[10]]]]);
  });

  it('a candidate meeting every place within the tolerance replaces one that misses, whatever their shortfalls', async () => {
    // Two places against "at least 0". [0]: place 0 at −1.5e-12 misses (shortfall 1.5e-12 / 1e-3 =
    // 1.5e-9). [1]: both places at −9e-13 meet within placeMet's 1e-12, their shortfalls add up to
    // 1.8e-9, more than [0]'s. The gain 6e-13 is none: fallback y ≥ 1, then [1] meets.
    const table: Record<number, readonly number[]> = { 0: [-1.5e-12, 0], 1: [-9e-13, -9e-13] };
    const { outcome } = runWorld({ T: 1, places: [{ target: 0, interval: 0 }, { target: 0, interval: 0 }], value: (x, j) => table[Math.min(agents(x, 0), 1)]![j]! });
    expect(await outcome).toMatchObject({ status: 'met', planned: [[1]], iterations: 2 });
  });

  it('infeasible from the start: fewest agents meeting the place within the tolerance stay, though the maximum misses by less', async () => {
    // The lower bounds [2] give −5e-13 (met within 1e-12, shortfall 5e-10), the maximum [10] gives 0.
    const { outcome } = runWorld({ T: 1, lower: [[2]], startRows: [{ terms: [[0, 1]], lower: 20 }], value: (x) => (agents(x, 0) >= 10 ? 0 : -5e-13) });
    expect(await outcome).toMatchObject({ status: 'infeasible', planned: [[2]], unreachable: [] });
  });

  it('does not polish at the iteration limit, though removals would meet every place', async () => {
    // The start row gives interval 1 three agents where one is needed; place 0 is met only with at
    // most two agents in interval 1 (a made-up place that fewer agents help). One iteration: [0, 3]
    // is planned as it is (a removal phase would take an agent from interval 1 and meet both places).
    const { outcome, progress } = runWorld({
      T: 2,
      maxIterations: 1,
      polishRounds: 3,
      startRows: [{ terms: [[1, 1]], lower: 3 }],
      value: (x, k) => (k === 0 ? (agents(x, 1) <= 2 ? 1 : -1) : agents(x, 1) - 1),
    });
    expect(await outcome).toMatchObject({ status: 'iteration-limit', planned: [[0, 3]] });
    expect(progress.map((p) => p.phase)).toEqual(['search']);
  });

  it('an unbounded maximum is twice the best staffing', async () => {
    // Need 5 at gain 1 from [0]: the cut (steepened by 5 / 2) asks for 2; after two iterations the
    // best is [2], so the maximum evaluated is [4].
    const { outcome, evaluated } = runWorld({ T: 1, maxIterations: 2, upper: [[Infinity]], value: (x) => agents(x, 0) - 5 });
    const out = await outcome;
    expect(out.planned).toEqual([[2]]);
    expect(evaluated.at(-1)).toEqual([[[4]]]);
    expect(out.unreachable).toEqual([0]);
  });
});

describe('searchStaffing(): the one-sided trust region', () => {
  it('keeps the current agents when a later cut could be met more cheaply by moving them', async () => {
    // Two groups (costs 1 and 2), T = 2; place 1 is met only with an agent of each group in
    // interval 1 (place 0 always is). [0, 0]: no gain, fallback y01 + y11 ≥ 1: group 0's agent
    // (cost 1). At y01 = 1 group 1's agent gains 2: cut y11 ≥ 1. Above the floor the next candidate
    // keeps y01 = 1 and meets the place (cost 3); without it, y11 = 1 alone (cost 2) would come first.
    const { outcome, progress } = runWorld({
      T: 2,
      cost: [1, 2],
      value: (x, k) => (k === 0 ? 1 : x[0]![1]! >= 1 && x[1]![1]! >= 1 ? 1 : -1),
    });
    const out = await outcome;
    expect(out).toMatchObject({ status: 'met', planned: [[0, 1], [0, 1]], iterations: 3 });
    expect(progress.map((p) => p.cost)).toEqual([0, 1, 3]);
  });
});

describe('searchStaffing(): cuts', () => {
  it('costs the staffing at each group\'s price', async () => {
    // Need 2 at gain 1 with one group costing 3 an interval: [0], then [2] (cost 6).
    const { outcome, progress } = runWorld({ T: 1, cost: [3], value: (x) => agents(x, 0) - 2 });
    await outcome;
    expect(progress.map((p) => p.cost)).toEqual([0, 6]);
  });

  it('reads each group\'s gain from its own perturbation when the target lists its groups out of order', async () => {
    // Only group 1 helps (value y1 − 1); the target lists groups [1, 0]. The cut is y1 ≥ 1.
    const { outcome, progress } = runWorld({ T: 1, cost: [1, 1], targetGroups: [[1, 0]], value: (x) => x[1]![0]! - 1 });
    expect((await outcome).planned).toEqual([[0], [1]]);
    expect(progress.map((p) => p.cost)).toEqual([0, 1]);
  });

  it('steepens a cut by its best group\'s gain', async () => {
    // Value 0.5·y0 + 0.25·y1 − 2: best gain 0.5, step 2, factor 2 / (0.5 · 2) = 2: y0 + 0.5·y1 ≥ 2
    // → [2, 0]; then deficit 1 within a step: 0.5·y0 + 0.25·y1 ≥ 2 → [4, 0].
    const { outcome, progress } = runWorld({ T: 1, cost: [1, 1], value: (x) => 0.5 * x[0]![0]! + 0.25 * x[1]![0]! - 2 });
    expect((await outcome).planned).toEqual([[4], [0]]);
    expect(progress.map((p) => p.cost)).toEqual([0, 2, 4]);
  });

  it('counts a gain of 1e-9 or less as none', async () => {
    // Value 1e-9 · agents against "at least 1": one more agent gains exactly 1e-9, so the
    // fallback cut y ≥ 1 comes, not a steepened one asking for 2 agents.
    const { outcome, progress } = runWorld({ T: 1, maxIterations: 2, target: { value: 1 }, value: (x) => 1e-9 * agents(x, 0) });
    await outcome;
    expect(progress.map((p) => p.cost)).toEqual([0, 1]);
  });

  it('takes no gain from a perturbation whose place has no value', async () => {
    // Group 1's agent leaves the place without a value (nothing left to measure): no gain, so the
    // fallback cut y0 + y1 ≥ 1 (group 0, cheaper) comes, then y0 + y1 ≥ 2 with group 0 at its maximum.
    const { outcome, progress } = runWorld({ T: 1, cost: [1, 2], upper: [[1], [10]], value: (x) => (x[1]![0]! >= 1 ? null : -1) });
    expect((await outcome).planned).toEqual([[1], [1]]);
    expect(progress.map((p) => p.cost)).toEqual([0, 1, 3]);
  });

  it('a day-scope place spreads the gain only over the intervals where the agent was added', async () => {
    // The group works in interval 0 only (12 agents are kept in interval 1); the day place needs
    // 16 in all. The perturbation adds one agent in interval 0: gain 1 on y0 alone, deficit 4, step
    // 2 (the cut's columns hold 0 agents): steepened 2·y0 ≥ 4; at y0 = 2, y0 ≥ 4. (Spread over both
    // intervals the cut's columns would hold 12 agents, a step of 3, and ask for 15 in all first.)
    const { outcome, progress } = runWorld({
      T: 2,
      places: [{ target: 0, interval: -1 }],
      target: { scope: 'day' },
      active: [[true, false]],
      lower: [[0, 12]],
      upper: [[20, 20]],
      value: (x) => agents(x, 0) + agents(x, 1) - 16,
    });
    expect((await outcome).planned).toEqual([[4, 12]]);
    expect(progress.map((p) => p.cost)).toEqual([12, 14, 16]);
  });

  it('an interval place takes no gain from a group that could not be added in its interval', async () => {
    // Group 0 is held at 12 agents in interval 0; place 0 counts the agents of both intervals of
    // group 0 and interval 0 of group 1, and needs 16. Group 0's perturbation adds an agent in
    // interval 1 only, so only group 1's gain counts: deficit 4, step 2, 2·y10 ≥ 4, then y10 ≥ 4.
    // (With group 0's term the cut's columns would hold 12 agents, a step of 3, and ask for y10 ≥ 3.)
    const { outcome, progress } = runWorld({
      T: 2,
      cost: [1, 1],
      lower: [[12, 0], [0, 0]],
      upper: [[12, 10], [10, 10]],
      value: (x, k) => (k === 1 ? 1 : x[0]![0]! + x[0]![1]! + x[1]![0]! - 16),
    });
    expect((await outcome).planned).toEqual([[12, 0], [4, 0]]);
    expect(progress.map((p) => p.cost)).toEqual([12, 14, 16]);
  });
});

describe('searchStaffing(): fallback cuts', () => {
  // Two groups, T = 2; only group 1 serves the target, and group 1 may have no agent in interval
  // `k`, where the place is never met (the other interval always is). The perturbation adds
  // nothing there, so the fallback cut asks for one more agent of group 1 in interval k alone:
  // infeasible at once, in the second iteration.
  for (const k of [0, 1]) {
    it(`asks for the missed interval only (interval ${k})`, async () => {
      const upper = [[10, 10], k === 0 ? [0, 10] : [10, 0]];
      const { outcome } = runWorld({ T: 2, cost: [1, 1], upper, targetGroups: [[1]], value: (_x, j) => (j === k ? -1 : 1) });
      expect(await outcome).toMatchObject({ status: 'infeasible', iterations: 2, cuts: 1, unreachable: [k] });
    });
  }

  it('a day-scope place asks for one more agent in any interval', async () => {
    // Met from 3 agents in all; no gain below: y0 + y1 ≥ 1, 2, 3.
    const { outcome, progress } = runWorld({ T: 2, places: [{ target: 0, interval: -1 }], target: { scope: 'day' }, value: (x) => (agents(x, 0) + agents(x, 1) >= 3 ? 1 : -1) });
    const out = await outcome;
    expect(out.status).toBe('met');
    expect(agents(out.planned, 0) + agents(out.planned, 1)).toBe(3);
    expect(progress.map((p) => p.cost)).toEqual([0, 1, 2, 3]);
  });
});

describe('searchStaffing(): replications under each criterion', () => {
  // Value y − 0.5 against "at least 0", a bound 1.2 / √n below the mean. With the start row y ≥ 1:
  // at [1] the mean 0.5 meets the target; on 4 replications the bound (−0.1) does not, on 8 it
  // does (0.5 − 0.42).
  const world = { T: 1, startRows: [{ terms: [[0, 1]] as [number, number][], lower: 1 }], maxReplications: 8, value: (x: StaffingMatrix) => agents(x, 0) - 0.5, bound: (mean: number, n: number) => mean - 1.2 / Math.sqrt(n) };

  it('the confidence criterion settles a straddling candidate on more replications', async () => {
    const { outcome, calls } = runWorld({ ...world, criterion: 'confidence' });
    expect(await outcome).toMatchObject({ status: 'met', planned: [[1]], iterations: 1 });
    // The first block, then both blocks (the made-up evaluator keeps no cache; the real one does).
    expect(calls.map((c) => [c.from, c.to])).toEqual([
      [0, 4],
      [0, 4],
      [4, 8],
    ]);
  });

  it('the mean criterion runs one block', async () => {
    const { outcome, calls } = runWorld({ ...world, criterion: 'mean' });
    expect(await outcome).toMatchObject({ status: 'met', planned: [[1]], iterations: 1 });
    expect(calls.map((c) => [c.from, c.to])).toEqual([[0, 4]]);
  });
});
