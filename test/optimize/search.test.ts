import { describe, expect, it } from 'vitest';
import { agents, runWorld } from './search-world';

/** The search on a made-up center (see search-world.ts). */
const run = runWorld;

describe('searchStaffing(): cuts from finite differences', () => {
  it('one cut per missed place from the gain of one more agent, then a staffing that meets every place', async () => {
    // Place k has the value (agents in k) − need[k]: one more agent gains 1, so the first cuts
    // are y0 ≥ 1 and y1 ≥ 2 (a deficit of 2 is within the step of 2 agents: not steepened), met
    // exactly by the second candidate.
    const need = [1, 2];
    const { outcome, evaluated, progress } = run({ T: 2, value: (x, k) => agents(x, k) - need[k]! });
    const out = await outcome;
    expect(out).toMatchObject({ status: 'met', planned: [[1, 2]], iterations: 2, cuts: 2, unreachable: null });
    expect(out.evaluation.estimates.map((e) => e.mean)).toEqual([0, 0]);
    // Iteration 1: [0, 0] settled, then [0, 0] with its perturbation (one more agent everywhere); iteration 2: [1, 2].
    expect(evaluated).toEqual([[[[0, 0]]], [[[0, 0]], [[1, 1]]], [[[1, 2]]]]);
    expect(progress).toEqual([
      { phase: 'search', iteration: 1, cost: 0, met: 0, total: 2, simulations: 4 },
      { phase: 'search', iteration: 2, cost: 3, met: 2, total: 2, simulations: 16 },
    ]);
  });

  it('steepens a cut whose deficit is more than two agents of gain: the next candidate gets two more', async () => {
    // need 3 at gain 1: factor 3 / 2, the cut 1.5 · y ≥ 3 asks for 2; at 2 the deficit 1 asks for 3.
    const { outcome, progress } = run({ T: 1, value: (x) => agents(x, 0) - 3 });
    expect((await outcome).planned).toEqual([[3]]);
    expect(progress.map((p) => p.cost)).toEqual([0, 2, 3]);
  });

  it('turns the signs for an "at most" target', async () => {
    // Place k: need[k] − agents, "at most 0".
    const need = [1, 4];
    const { outcome } = run({ T: 2, value: (x, k) => need[k]! - agents(x, k), target: { sense: -1 } });
    expect((await outcome).planned).toEqual([[1, 4]]);
  });

  it('steepens a cut with a small slope, so that the best group closes the deficit with two more agents', async () => {
    // Value 0.25 · agents − 1: at 0 agents the slope 0.25 asks for 4, the steepened cut (factor
    // 1 / (0.25 · 2) = 2) for 2. At 2 agents the deficit 0.5 is within 2 steps: no steepening, y ≥ 4.
    const { outcome, progress } = run({ T: 1, value: (x) => 0.25 * agents(x, 0) - 1 });
    expect((await outcome).planned).toEqual([[4]]);
    expect(progress.map((p) => p.cost)).toEqual([0, 2, 4]);
  });

  it('steps by a quarter of the agents in the cut once they are more than eight', async () => {
    // Value 0.1 · agents − 3 from a start of 20 agents (a start row): deficit 1, slope 0.1, step
    // ⌈0.25 · 20⌉ = 5: factor 1 / (0.1 · 5) = 2, so the cut asks for 20 + 5 = 25 agents, then
    // (deficit 0.5, within 5 steps) the plain cut for 30.
    const { outcome, progress } = run({ T: 1, value: (x) => 0.1 * agents(x, 0) - 3, upper: [[100]], startRows: [{ terms: [[0, 1]], lower: 20 }] });
    expect((await outcome).planned).toEqual([[30]]);
    expect(progress.map((p) => p.cost)).toEqual([20, 25, 30]);
  });

  it('asks for one more agent of the groups able to serve when none helped measurably', async () => {
    // The place is met from 3 agents on and its value does not move below: gains of 0, fallback
    // cuts y ≥ 1, y ≥ 2, y ≥ 3.
    const { outcome, progress } = run({ T: 1, value: (x) => (agents(x, 0) >= 3 ? 1 : -1) });
    const out = await outcome;
    expect(out.planned).toEqual([[3]]);
    expect(out.cuts).toBe(3);
    expect(progress.map((p) => p.cost)).toEqual([0, 1, 2, 3]);
  });

  it('perturbs only the groups able to help a missed place, in their active intervals below their maximum', async () => {
    // Two groups, only group 1 serves the target; group 1 is off in interval 1, where nothing is needed.
    const need = [2, 0];
    const { outcome, evaluated } = run({
      T: 2,
      cost: [1, 5],
      value: (x, k) => x[1]![k]! - need[k]!,
      targetGroups: [[1]],
      active: [[true, true], [true, false]],
    });
    const out = await outcome;
    expect(out.planned).toEqual([[0, 0], [2, 0]]);
    // The finite differences: the base and group 1 alone, one more agent in interval 0 only.
    expect(evaluated[1]).toEqual([[[0, 0], [0, 0]], [[0, 0], [1, 0]]]);
  });

  it('a group at its maximum is not perturbed, and its zero gain stays out of the cut', async () => {
    // Group 0 (cost 1) may have 0 agents at most; group 1 (cost 2) helps.
    const { outcome, evaluated } = run({ T: 1, cost: [1, 2], upper: [[0], [10]], value: (x) => agents(x, 0) - 2 });
    expect((await outcome).planned).toEqual([[0], [2]]);
    expect(evaluated[1]).toEqual([[[0], [0]], [[0], [0]], [[0], [1]]]);
  });

  it('a day-scope place spreads the gain over the intervals where the agent was added', async () => {
    // One day place: the agents of both intervals together must reach 4. One more agent in each
    // interval gains 2, spread as 1 per interval: the cut y0 + y1 ≥ 4, steepened (deficit 4, two
    // steps of gain 1) to 2·y0 + 2·y1 ≥ 4; then at 2 agents in all, y0 + y1 ≥ 4.
    const { outcome, progress } = run({ T: 2, places: [{ target: 0, interval: -1 }], target: { scope: 'day' }, value: (x) => agents(x, 0) + agents(x, 1) - 4 });
    const out = await outcome;
    expect(out.planned[0]!.reduce((a, b) => a + b, 0)).toBe(4);
    expect(progress.map((p) => p.cost)).toEqual([0, 2, 4]);
  });
});

describe('searchStaffing(): places without a value', () => {
  it('constrain nothing and are not counted in the progress', async () => {
    // Interval 1 has no contacts: its place has no value.
    const { outcome, progress } = run({ T: 2, value: (x, k) => (k === 1 ? null : agents(x, 0) - 1) });
    expect((await outcome).planned).toEqual([[1, 0]]);
    expect(progress.map((p) => [p.met, p.total])).toEqual([
      [0, 1],
      [1, 1],
    ]);
  });
});

describe('searchStaffing(): when the targets cannot be met', () => {
  it('infeasible: reports the places still missed at the maximum, and plans the maximum when it misses least', async () => {
    const { outcome } = run({ T: 2, upper: [[3, 10]], value: (x, k) => agents(x, k) - [5, 1][k]! });
    // Cuts: y0 ≥ 2 (steepened) and y1 ≥ 1; at [2, 1] y0 ≥ 4 (steepened), above the maximum 3.
    const out = await outcome;
    expect(out.status).toBe('infeasible');
    expect(out.iterations).toBe(3);
    expect(out.cuts).toBe(3);
    expect(out.unreachable).toEqual([0]);
    expect(out.planned).toEqual([[3, 10]]);
  });

  it('iteration limit: the nearest candidate, not the maximum', async () => {
    // Need 6 agents at a slope of 0.5: the cuts ask for 2 (steepened by 3), then 4 (steepened by 2).
    const { outcome, progress } = run({ T: 1, maxIterations: 2, upper: [[20]], value: (x) => 0.5 * agents(x, 0) - 3 });
    const out = await outcome;
    expect(out.status).toBe('iteration-limit');
    expect(out.iterations).toBe(2);
    expect(out.cuts).toBe(2);
    // 20 agents would meet the target; the second candidate misses less than the first.
    expect(out.unreachable).toEqual([]);
    expect(progress.map((p) => p.cost)).toEqual([0, 2]);
    expect(out.planned).toEqual([[2]]);
  });

  it('an unbounded maximum is taken as twice the best staffing (at least 1)', async () => {
    const { outcome, evaluated } = run({ T: 2, maxIterations: 1, upper: [[Infinity, Infinity]], value: (x, k) => agents(x, k) - [3, 0][k]! });
    const out = await outcome;
    expect(out.status).toBe('iteration-limit');
    // Best [0, 0] after one iteration: the maximum evaluated is [1, 1] (twice 0, at least 1).
    expect(evaluated.at(-1)).toEqual([[[1, 1]]]);
    expect(out.unreachable).toEqual([0]);
    expect(out.planned).toEqual([[0, 0]]);
  });
});

describe('searchStaffing(): the removal phase after a staffing meets every place', () => {
  it('takes agents away, one a round, down to what the places need', async () => {
    // The start (Erlang) rows ask for 5 agents where 2 are needed: the first candidate meets the
    // place, then each polish round removes one agent until 2 (a third removal would miss).
    const { outcome, progress } = run({ T: 1, value: (x) => agents(x, 0) - 2, startRows: [{ terms: [[0, 1]], lower: 5 }], polishRounds: 5 });
    const out = await outcome;
    expect(out).toMatchObject({ status: 'met', planned: [[2]], iterations: 1, cuts: 0 });
    expect(progress.map((p) => [p.phase, p.iteration, p.cost])).toEqual([
      ['search', 1, 5],
      ['polish', 1, 4],
      ['polish', 2, 3],
      ['polish', 3, 2],
    ]);
  });
});
