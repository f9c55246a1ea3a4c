import { describe, expect, it } from 'vitest';
import type { CandidateEvaluation, PlaceEstimate } from '../../src/optimize/evaluation';
import type { MeasurePlace } from '../../src/optimize/measure';
import { polish } from '../../src/optimize/removal-phase';
import type { SearchProblem } from '../../src/optimize/search';
import type { StaffingMatrix } from '../../src/optimize/staffing-plan';
import type { ResolvedTarget } from '../../src/optimize/targets';

/**
 * The removal phase on made-up centers where each place's estimate is a function of the staffing:
 * `trial` for the moves' trials (first block), `settled` for the combination (more replications).
 */
interface World {
  readonly T: number;
  readonly cost: readonly number[];
  readonly places?: readonly MeasurePlace[];
  readonly targets?: readonly ResolvedTarget[];
  readonly trial: (x: StaffingMatrix, j: number) => PlaceEstimate;
  readonly settled?: (x: StaffingMatrix, j: number) => PlaceEstimate;
  readonly upper?: readonly (readonly number[])[];
  readonly lower?: readonly (readonly number[])[];
  readonly active?: readonly (readonly boolean[])[];
  readonly criterion?: 'mean' | 'confidence';
  readonly polishRounds?: number;
}

const target = (extra: Partial<ResolvedTarget> = {}) => ({ metric: 'service-level', type: -1, group: -1, value: 0, within: 0, scope: 'interval', sense: 1, label: 't', index: 0, ...extra }) as ResolvedTarget;
const est = (mean: number, bound: number | null = null, n = 4): PlaceEstimate => ({ mean, bound, halfWidth: null, n });
const total = (x: StaffingMatrix, k: number) => x.reduce((s, row) => s + row[k]!, 0);

function world(w: World) {
  const P = w.cost.length;
  const places = w.places ?? Array.from({ length: w.T }, (_, k) => ({ target: 0, interval: k }));
  const targets = w.targets ?? [target()];
  const fill = <T,>(v: T) => Array.from({ length: P }, () => new Array<T>(w.T).fill(v));
  const problem = {
    evaluator: { places },
    targets,
    groups: Array.from({ length: P }, (_, p) => p),
    intervals: w.T,
    cost: w.cost,
    lower: w.lower ?? fill(0),
    upper: w.upper ?? fill(10),
    active: w.active ?? fill(true),
    criterion: w.criterion ?? 'mean',
    maxReplications: 16,
    polishRounds: w.polishRounds ?? 10,
  } as unknown as SearchProblem;
  const settledOf = w.settled ?? w.trial;
  const evaluation = (x: StaffingMatrix, f: (x: StaffingMatrix, j: number) => PlaceEstimate): CandidateEvaluation => ({ staffing: x, rows: [], estimates: places.map((_, j) => f(x, j)) });
  const trials: StaffingMatrix[][] = [];
  const settled: StaffingMatrix[] = [];
  const reported: { phase: string; round: number; x: StaffingMatrix }[] = [];
  const run = (start: number[][]) =>
    polish(
      problem,
      { x: start, ev: evaluation(start, settledOf) },
      async (xs) => {
        trials.push(xs);
        return xs.map((x) => evaluation(x, w.trial));
      },
      async (x) => {
        settled.push(x);
        return evaluation(x, settledOf);
      },
      (ev) => ev.estimates.flatMap((e, j) => (e.mean! < targets[places[j]!.target]!.value ? [j] : [])),
      (phase, round, x) => reported.push({ phase, round, x }),
    );
  return { run, trials, settled, reported };
}

describe('polish(): which moves it tries', () => {
  it('tries swaps with up to 8 groups (every dearer group for every cheaper one), only removals with more', async () => {
    // One round: its trials are the moves.
    const eight = world({ T: 1, cost: [8, 7, 6, 5, 4, 3, 2, 1], trial: (x) => est(total(x, 0) - 8), polishRounds: 1 });
    await eight.run(Array.from({ length: 8 }, () => [1]));
    expect(eight.trials).toHaveLength(1);
    expect(eight.trials[0]).toHaveLength(8 + 28);
    const nine = world({ T: 1, cost: [9, 8, 7, 6, 5, 4, 3, 2, 1], trial: (x) => est(total(x, 0) - 9), polishRounds: 1 });
    await nine.run(Array.from({ length: 9 }, () => [1]));
    expect(nine.trials[0]).toHaveLength(9);
  });

  it('no swap between groups of the same cost', async () => {
    const w = world({ T: 1, cost: [2, 2], trial: (x) => est(total(x, 0) - 2) });
    await w.run([[1], [1]]);
    expect(w.trials[0]).toHaveLength(2);
  });

  it('a swap needs room in the cheaper group and the cheaper group working in that interval', async () => {
    // Group 1 (cheap) is at its maximum in interval 0 and off in interval 1; the place needs 1 agent.
    const w = world({ T: 3, cost: [2, 1], upper: [[5, 5, 5], [0, 5, 5]], active: [[true, true, true], [true, false, true]], trial: (x, k) => est(total(x, k) - 1), polishRounds: 1 });
    const out = await w.run([[1, 1, 1], [0, 0, 0]]);
    // The swap trial changes interval 2 only.
    expect(w.trials[0]![2]).toEqual([[1, 1, 0], [0, 0, 1]]);
    expect(out.x).toEqual([[1, 1, 0], [0, 0, 1]]);
  });

  it('a swap into the first group needs room and work there too', async () => {
    // The same center with the groups listed the other way round: group 0 is now the cheap one.
    const w = world({ T: 3, cost: [1, 2], upper: [[0, 5, 5], [5, 5, 5]], active: [[true, false, true], [true, true, true]], trial: (x, k) => est(total(x, k) - 1), polishRounds: 1 });
    const out = await w.run([[0, 0, 0], [1, 1, 1]]);
    expect(w.trials[0]![2]).toEqual([[0, 0, 1], [1, 1, 0]]);
    expect(out.x).toEqual([[0, 0, 1], [1, 1, 0]]);
  });

  it('a group at its lower bound loses no agent', async () => {
    const w = world({ T: 2, cost: [1], lower: [[2, 0]], trial: () => est(5), polishRounds: 1 });
    await w.run([[2, 2]]);
    expect(w.trials[0]).toEqual([[[2, 1]]]);
  });
});

describe('polish(): which moves it keeps', () => {
  it('keeps the move saving most in each interval; of equal savings, the first', async () => {
    // Costs 3, 2, 1; every move keeps the place (it needs nothing). Removing group 0 saves 3.
    const w = world({ T: 1, cost: [3, 2, 1], trial: () => est(1), polishRounds: 1 });
    expect((await w.run([[1], [1], [1]])).x).toEqual([[0], [1], [1]]);
    // Equal costs: the removal of group 0, listed first.
    const tie = world({ T: 1, cost: [1, 1], trial: () => est(1), polishRounds: 1 });
    expect((await tie.run([[1], [1]])).x).toEqual([[0], [1]]);
  });

  it('keeps the move saving most even when a cheaper move comes first', async () => {
    // Removing group 0 (listed first) saves 1, removing group 1 saves 3.
    const w = world({ T: 1, cost: [1, 3], trial: () => est(1), polishRounds: 1 });
    expect((await w.run([[1], [1]])).x).toEqual([[1], [0]]);
  });

  it('of equal savings keeps the first also at prices where 1e-12 is below the rounding step', async () => {
    // 40 000 (yen) an agent-hour is 20 000 a half-hour interval; a double near 20 000 is spaced
    // 3.6e-12 apart, so 20 000 + 1e-12 rounds back to 20 000 and the tie must still go to group 0.
    const w = world({ T: 1, cost: [20000, 20000], trial: () => est(1), polishRounds: 1 });
    expect((await w.run([[1], [1]])).x).toEqual([[0], [1]]);
  });

  it('judges each interval by its own places', async () => {
    // Only interval 1 needs agents (2); the trial takes one agent from intervals 1 and 2 and breaks
    // interval 1. Interval 2's removal breaks nothing of its own (it has no next interval) and is kept.
    const w = world({ T: 3, cost: [1], trial: (x, k) => est(x[0]![k]! - (k === 1 ? 2 : 0)), polishRounds: 1 });
    const out = await w.run([[0, 2, 1]]);
    expect(w.settled).toEqual([[[0, 2, 0]]]);
    expect(out.x).toEqual([[0, 2, 0]]);
  });

  it('a move must keep the next interval met too (agents finishing calls carry over)', async () => {
    // Interval 1 needs the agents of interval 0 as well: removing one there breaks interval 1.
    const w = world({ T: 2, cost: [1], trial: (x, k) => est(k === 0 ? x[0]![0]! - 1 : x[0]![0]! + x[0]![1]! - 4), polishRounds: 1 });
    const out = await w.run([[2, 2]]);
    // The trial [1, 1] meets interval 0 (1 − 1 = 0) but breaks interval 1 (1 + 1 − 4): no move is
    // kept in either interval, and nothing is simulated further.
    expect(out.x).toEqual([[2, 2]]);
    expect(w.settled).toEqual([]);
  });

  it('a move must keep the day places met', async () => {
    // Interval places need nothing; the day place needs 2 agents in all. A trial removes one agent
    // in every interval at once.
    const places = [{ target: 0, interval: 0 }, { target: 0, interval: 1 }, { target: 1, interval: -1 }];
    const targets = [target(), target({ scope: 'day', index: 1 })];
    const w = world({ T: 2, cost: [1], places, targets, trial: (x, j) => est(j < 2 ? 1 : total(x, 0) + total(x, 1) - 2) });
    const out = await w.run([[2, 2]]);
    // Round 1: [1, 1] keeps the day; round 2's trial [0, 0] breaks it: no move, no simulation.
    expect(out.x).toEqual([[1, 1]]);
    expect(w.settled).toEqual([[[1, 1]]]);
  });

  it('undoes a broken interval and the one before it, up to four attempts a round', async () => {
    // Trials promise every removal; the settled evaluation needs 2 agents everywhere but interval 0.
    const w = world({ T: 6, cost: [1], trial: () => est(1), settled: (x, k) => est(x[0]![k]! - (k === 0 ? 0 : 2)), polishRounds: 1 });
    const out = await w.run([[1, 2, 2, 2, 2, 2]]);
    // Attempt 1: all six removed; 1–5 break, so 0–5 are undone: nothing left, the round ends.
    expect(w.settled).toEqual([[[0, 1, 1, 1, 1, 1]]]);
    expect(out.x).toEqual([[1, 2, 2, 2, 2, 2]]);
  });

  it('tries at most four combinations a round', async () => {
    // Every trial passes; each settled combination breaks the last interval it changed. Ten
    // intervals: attempts break 9, 7, 5, 3 (undoing 9–8, 7–6, 5–4, 3–2); the fourth is the last.
    const start = [new Array<number>(10).fill(2)];
    const w = world({
      T: 10,
      cost: [1],
      trial: () => est(1),
      settled: (x, k) => {
        const changed = x[0]!.map((n, i) => (n < 2 ? i : -1)).filter((i) => i >= 0);
        return est(k === changed.at(-1) ? -1 : 1);
      },
      polishRounds: 1,
    });
    const out = await w.run(start);
    expect(w.settled.map((x) => x[0]!.filter((n) => n < 2).length)).toEqual([10, 8, 6, 4]);
    expect(out.x).toEqual(start);
  });

  it('a settled combination that breaks a day place ends the round', async () => {
    const places = [{ target: 0, interval: 0 }, { target: 1, interval: -1 }];
    const targets = [target(), target({ scope: 'day', index: 1 })];
    const w = world({ T: 1, cost: [1], places, targets, trial: () => est(1), settled: (x, j) => est(j === 0 ? 1 : x[0]![0]! - 2) });
    const out = await w.run([[2]]);
    expect(w.settled).toHaveLength(1);
    expect(out.x).toEqual([[2]]);
  });

  it('a broken day place ends the round with several intervals too, wherever it is listed', async () => {
    // The day place comes first; the settled combination [1, 1] breaks it (it needs 3 agents in
    // all). It cannot be pinned on an interval, so nothing is undone and retried: the round ends.
    const places = [{ target: 1, interval: -1 }, { target: 0, interval: 0 }, { target: 0, interval: 1 }];
    const targets = [target(), target({ scope: 'day', index: 1 })];
    const w = world({ T: 2, cost: [1], places, targets, trial: () => est(1), settled: (x, j) => est(j === 0 ? total(x, 0) + total(x, 1) - 3 : 1), polishRounds: 1 });
    const out = await w.run([[2, 2]]);
    expect(w.settled).toEqual([[[1, 1]]]);
    expect(out.x).toEqual([[2, 2]]);
  });

  it('a trial breaking the day place listed first keeps no move', async () => {
    // As 'a move must keep the day places met', with the day place first among the places.
    const places = [{ target: 1, interval: -1 }, { target: 0, interval: 0 }, { target: 0, interval: 1 }];
    const targets = [target(), target({ scope: 'day', index: 1 })];
    const w = world({ T: 2, cost: [1], places, targets, trial: (x, j) => est(j > 0 ? 1 : total(x, 0) + total(x, 1) - 2) });
    const out = await w.run([[2, 2]]);
    expect(out.x).toEqual([[1, 1]]);
    expect(w.settled).toEqual([[[1, 1]]]);
  });

  it('reports each accepted round as the polish phase', async () => {
    const w = world({ T: 1, cost: [1], trial: (x) => est(x[0]![0]! - 1) });
    expect((await w.run([[3]])).x).toEqual([[1]]);
    expect(w.reported).toEqual([
      { phase: 'polish', round: 1, x: [[2]] },
      { phase: 'polish', round: 2, x: [[1]] },
    ]);
  });
});

describe('polish() with the confidence criterion', () => {
  it('a trial passes a place whose mean meets the target when more replications could settle it', async () => {
    // At 3 agents: mean 1, bound −1 (straddles 0): needs 4 · (2/1)² = 16 replications ≤ 16: promising.
    // At 2 agents: mean 0.5, bound −1.5: needs 4 · (2/0.5)² = 64: not.
    const trial = (x: StaffingMatrix) => {
      const n = x[0]![0]!;
      return n >= 4 ? est(2, 1) : n === 3 ? est(1, -1) : est(0.5, -1.5);
    };
    const w = world({ T: 1, cost: [1], criterion: 'confidence', trial, settled: (x) => est(x[0]![0]! - 3 + 1, x[0]![0]! - 3 + 0.5), polishRounds: 3 });
    const out = await w.run([[4]]);
    expect(out.x).toEqual([[3]]);
    expect(w.settled).toEqual([[[3]]]);
    // Judged by the mean, the same trials would also pass 2 agents (mean 0.5 ≥ 0).
    const byMean = world({ T: 1, cost: [1], criterion: 'mean', trial, settled: (x) => est(x[0]![0]! - 2), polishRounds: 3 });
    expect((await byMean.run([[4]])).x).toEqual([[2]]);
  });
});
