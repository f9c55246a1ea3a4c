import type { CandidateEvaluation, CandidateEvaluator, PlaceEstimate } from '../../src/optimize/evaluation';
import type { TargetCriterion } from '../../src/optimize/criterion';
import type { LinearRow } from '../../src/optimize/integer-program';
import type { MeasurePlace } from '../../src/optimize/measure';
import { searchStaffing, type OptimizeProgress, type SearchOutcome, type SearchProblem } from '../../src/optimize/search';
import type { StaffingMatrix } from '../../src/optimize/staffing-plan';
import type { ResolvedTarget } from '../../src/optimize/targets';

/**
 * Made-up centers for the cutting-plane search: the value of a place is a function of the
 * staffing (no simulation), against an "at least `value`" target (or "at most" with sense −1), so
 * each cut, each integer program's answer and each candidate can be worked out by hand.
 */
export interface World {
  /** Number of planning intervals. */
  readonly T: number;
  /** The places (target 0, one per interval, unless given). */
  readonly places?: readonly MeasurePlace[];
  /** Value of place j for a staffing (the same in every replication). */
  readonly value: (x: StaffingMatrix, j: number) => number | null;
  /** The one-sided confidence bound of a place's mean over n replications (null, as with one replication, unless given). */
  readonly bound?: (mean: number, n: number) => number;
  readonly cost?: readonly number[];
  readonly upper?: readonly (readonly number[])[];
  readonly lower?: readonly (readonly number[])[];
  readonly targetGroups?: readonly (readonly number[])[];
  readonly active?: readonly (readonly boolean[])[];
  readonly startRows?: readonly LinearRow[];
  readonly maxIterations?: number;
  readonly polishRounds?: number;
  /** Changes to target 0. */
  readonly target?: Partial<ResolvedTarget>;
  /** More targets (1, 2, …), each an "at least" service-level target unless changed. */
  readonly moreTargets?: readonly Partial<ResolvedTarget>[];
  readonly criterion?: TargetCriterion;
  /** Replications of a block (4 unless given). */
  readonly replications?: number;
  /** Most replications of a candidate (the block unless given). */
  readonly maxReplications?: number;
}

/** One call of the evaluator: the candidates and the replications `from … to − 1`. */
export interface EvaluateCall {
  readonly candidates: StaffingMatrix[];
  readonly from: number;
  readonly to: number;
}

/** The search on a made-up center: its outcome, the candidates evaluated (per call) and the progress. */
export function runWorld(w: World): {
  outcome: Promise<SearchOutcome>;
  evaluated: StaffingMatrix[][];
  calls: EvaluateCall[];
  progress: OptimizeProgress[];
} {
  const groups = (w.cost ?? [1]).length;
  const places = w.places ?? Array.from({ length: w.T }, (_, k) => ({ target: 0, interval: k }));
  const targetOf = (i: number, change: Partial<ResolvedTarget> | undefined) =>
    ({ metric: 'service-level', type: 0, group: -1, value: 0, within: 20, scope: 'interval', sense: 1, label: `t${i}`, index: i, ...change }) as ResolvedTarget;
  const targets = [targetOf(0, w.target), ...(w.moreTargets ?? []).map((t, i) => targetOf(i + 1, t))];
  const estimate = (mean: number | null, n: number): PlaceEstimate => ({
    mean,
    bound: mean === null || w.bound === undefined ? null : w.bound(mean, n),
    halfWidth: null,
    n,
  });
  const evaluated: StaffingMatrix[][] = [];
  const calls: EvaluateCall[] = [];
  const evaluation = (x: StaffingMatrix, n: number): CandidateEvaluation => ({
    staffing: x,
    rows: Array.from({ length: n }, () => places.map((_, j) => w.value(x, j))),
    estimates: places.map((_, j) => estimate(w.value(x, j), n)),
  });
  const evaluator = {
    places,
    simulations: 0,
    async evaluate(candidates: readonly StaffingMatrix[], _seed: number | string, from: number, to: number) {
      const copies = candidates.map((c) => c.map((row) => [...row]));
      evaluated.push(copies);
      calls.push({ candidates: copies, from, to });
      evaluator.simulations += candidates.length * (to - from);
      return candidates.map((c) => evaluation(c, to - from));
    },
    // Every replication of a candidate has the same values: the mean of the rows is any row's value.
    summarize: (rows: readonly (readonly (number | null)[])[]) => places.map((_, j) => estimate(rows[0]![j]!, rows.length)),
  };
  const fill = <V,>(v: V) => Array.from({ length: groups }, () => new Array<V>(w.T).fill(v));
  const progress: OptimizeProgress[] = [];
  const replications = w.replications ?? 4;
  const problem: SearchProblem = {
    evaluator: evaluator as unknown as CandidateEvaluator,
    targets,
    groups: Array.from({ length: groups }, (_, p) => p),
    intervals: w.T,
    cost: w.cost ?? [1],
    lower: w.lower ?? fill(0),
    upper: w.upper ?? fill(10),
    startRows: w.startRows ?? [],
    startColumns: [],
    targetGroups: w.targetGroups ?? targets.map(() => Array.from({ length: groups }, (_, p) => p)),
    active: w.active ?? fill(true),
    criterion: w.criterion ?? 'mean',
    seed: 1,
    replications,
    maxReplications: w.maxReplications ?? replications,
    maxIterations: w.maxIterations ?? 20,
    polishRounds: w.polishRounds ?? 0,
    fullStaffing: (planned) => planned,
    onProgress: (p) => progress.push(p),
  };
  return { outcome: searchStaffing(problem), evaluated, calls, progress };
}

/** Agents of all groups in interval k. */
export const agents = (x: StaffingMatrix, k: number): number => x.reduce((s, row) => s + row[k]!, 0);
