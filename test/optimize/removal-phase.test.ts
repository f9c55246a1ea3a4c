import { describe, expect, it } from 'vitest';
import type { CandidateEvaluation } from '../../src/optimize/evaluation';
import { polish } from '../../src/optimize/removal-phase';
import type { SearchProblem } from '../../src/optimize/search';
import type { ResolvedTarget } from '../../src/optimize/targets';

/**
 * A made-up center where a place is met when the agents of both groups in its interval reach its
 * need: the estimate of place k is (agents in k) − need[k], against an "at least 0" target. Group 0
 * costs 2 an interval, group 1 costs 1. The trials (first block) see `trialNeed`; the settled
 * evaluations (more replications) see `settledNeed`, which may be stricter.
 */
function world(trialNeed: readonly number[], settledNeed: readonly number[], polishRounds = 10) {
  const T = trialNeed.length;
  const target = { metric: 'service-level', type: -1, group: -1, value: 0, within: 0, scope: 'interval', sense: 1, label: 't', index: 0 } as ResolvedTarget;
  const places = Array.from({ length: T }, (_, k) => ({ target: 0, interval: k }));
  const problem = {
    evaluator: { places },
    targets: [target],
    groups: [0, 1],
    intervals: T,
    cost: [2, 1],
    lower: [new Array<number>(T).fill(0), new Array<number>(T).fill(0)],
    upper: [new Array<number>(T).fill(10), new Array<number>(T).fill(10)],
    active: [new Array<boolean>(T).fill(true), new Array<boolean>(T).fill(true)],
    criterion: 'mean',
    maxReplications: 10,
    polishRounds,
  } as unknown as SearchProblem;
  const evaluation = (x: number[][], need: readonly number[]): CandidateEvaluation => ({
    staffing: x,
    rows: [],
    estimates: need.map((n, k) => ({ mean: x[0]![k]! + x[1]![k]! - n, halfWidth: null, bound: null, n: 1 })),
  });
  const trials: number[][][] = [];
  const settled: number[][][] = [];
  const reported: { round: number; x: number[][] }[] = [];
  const run = (start: number[][]) =>
    polish(
      problem,
      { x: start, ev: evaluation(start, settledNeed) },
      async (xs) => {
        trials.push(...xs);
        return xs.map((x) => evaluation(x, trialNeed));
      },
      async (x) => {
        settled.push(x);
        return evaluation(x, settledNeed);
      },
      (ev) => ev.estimates.flatMap((e, j) => (e.mean! < 0 ? [j] : [])),
      (_, round, x) => reported.push({ round, x }),
    );
  return { run, trials, settled, reported };
}

describe('polish(): the removal phase on a made-up center', () => {
  it('removes dear agents, then swaps them for cheap ones, one move per interval and round', async () => {
    const w = world([2, 2], [2, 2]);
    const result = await w.run([
      [3, 3],
      [0, 0],
    ]);
    // Round 1: one agent of group 0 fewer (saving 2) meets both places; round 2 and 3: a swap to
    // group 1 (saving 1) each; round 4 finds no move.
    expect(result.x).toEqual([
      [0, 0],
      [2, 2],
    ]);
    expect(w.reported).toEqual([
      { round: 1, x: [[2, 2], [0, 0]] },
      { round: 2, x: [[1, 1], [1, 1]] },
      { round: 3, x: [[0, 0], [2, 2]] },
    ]);
    // Each round tries the three moves: group 0 out, group 1 out, a group-0 agent for a group-1 one.
    expect(w.trials.slice(0, 3)).toEqual([
      [[2, 2], [0, 0]],
      [[3, 3], [0, 0]],
      [[2, 2], [1, 1]],
    ]);
    expect(w.trials).toHaveLength(12);
  });

  it('stops after its rounds', async () => {
    const w = world([2, 2], [2, 2], 2);
    expect((await w.run([[3, 3], [0, 0]])).x).toEqual([[1, 1], [1, 1]]);
  });

  it('undoes the moves of an interval the settled evaluation breaks, and of the one before', async () => {
    // The trials see a need of 2 everywhere; more replications show interval 2 needs 3.
    const w = world([2, 2, 2], [2, 2, 3]);
    const result = await w.run([
      [3, 3, 3],
      [0, 0, 0],
    ]);
    // Round 1: group 0 out everywhere breaks interval 2: kept in interval 0 only.
    // Round 2: a swap in 0, group 0 out in 1 and 2 (saving more); 2 breaks: the swap alone stays.
    // Round 3: the same again; round 4: only group 0 out in 1 and 2 is chosen, it breaks 2, nothing is left.
    expect(w.reported.map((r) => r.x)).toEqual([
      [[2, 3, 3], [0, 0, 0]],
      [[1, 3, 3], [1, 0, 0]],
      [[0, 3, 3], [2, 0, 0]],
    ]);
    expect(result.x).toEqual([[0, 3, 3], [2, 0, 0]]);
    expect(w.settled).toEqual([
      [[2, 2, 2], [0, 0, 0]],
      [[2, 3, 3], [0, 0, 0]],
      [[1, 2, 2], [1, 0, 0]],
      [[1, 3, 3], [1, 0, 0]],
      [[0, 2, 2], [2, 0, 0]],
      [[0, 3, 3], [2, 0, 0]],
      [[0, 2, 2], [2, 0, 0]],
    ]);
  });
});
