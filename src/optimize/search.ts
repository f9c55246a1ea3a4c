import type { CandidateEvaluation, CandidateEvaluator, PlaceEstimate } from './evaluation';
import type { IntegerColumn, LinearRow } from './integer-program';
import { solveIntegerProgram } from './integer-program';
import { criterionValue, placeMet, range, type TargetCriterion } from './criterion';
import { polish } from './removal-phase';
import { SequentialEvaluator } from './sequential-sampling';
import type { MeasurePlace } from './measure';
import type { StaffingMatrix } from './staffing-plan';
import type { ResolvedTarget } from './targets';

/**
 * The simulation-based search, in the spirit of Cezik & L'Ecuyer (2008): an integer program over
 * the planned agents per group and interval, started from Erlang lower bounds, solved by HiGHS;
 * the solution is simulated (common random numbers); every target it misses adds a linear cut
 * from a finite-difference subgradient (one extra agent per group, same random numbers) that the
 * current staffing violates, and the program is solved again. Once a staffing meets every target,
 * a removal phase takes agents away where the simulation shows slack. Every cut excludes the
 * current staffing and the bounds are finite, so the loop ends.
 *
 * @module
 */

/** Progress of the optimizer, reported after each step. */
export interface OptimizeProgress {
  /** `'search'` (cutting planes), `'polish'` (removals), `'validate'`, `'shifts'`. */
  readonly phase: 'search' | 'polish' | 'validate' | 'shifts';
  /** Iteration of the phase (from 1). */
  readonly iteration: number;
  /** Cost of the current staffing. */
  readonly cost: number;
  /** Targets (places: target × interval) met by the current staffing. */
  readonly met: number;
  /** Places with a value. */
  readonly total: number;
  /** Simulations run so far (candidates × replications). */
  readonly simulations: number;
}

/** The problem the search solves. */
export interface SearchProblem {
  /** Runs candidates with common random numbers. */
  readonly evaluator: CandidateEvaluator;
  /** The resolved targets. */
  readonly targets: readonly ResolvedTarget[];
  /** Planned groups (ids). */
  readonly groups: readonly number[];
  /** Number of planning intervals. */
  readonly intervals: number;
  /** Cost of one agent of planned group p for one interval, `[p]`. */
  readonly cost: readonly number[];
  /** Fewest agents `[p][interval]`. */
  readonly lower: readonly (readonly number[])[];
  /** Most agents `[p][interval]` (finite). */
  readonly upper: readonly (readonly number[])[];
  /** Starting constraints (Erlang), over columns `p * intervals + k` and the `startColumns`. */
  readonly startRows: readonly LinearRow[];
  /** Auxiliary columns of the start (the pooled start's flows), numbered from `groups × intervals`. */
  readonly startColumns: readonly IntegerColumn[];
  /** Planned groups able to serve a target's contacts, per target (for fallback cuts). */
  readonly targetGroups: readonly (readonly number[])[];
  /** Whether a planned group works at all in interval k (contacts it may serve arrive): `[p][k]`. */
  readonly active: readonly (readonly boolean[])[];
  /** How a place counts as met. */
  readonly criterion: TargetCriterion;
  /** Seed of the search. */
  readonly seed: number | string;
  /** Replications per candidate (one block of the sequential sampling). */
  readonly replications: number;
  /** Most replications of a candidate whose places straddle their targets (see `sequential-sampling.ts`). */
  readonly maxReplications: number;
  /** Most cutting-plane iterations. */
  readonly maxIterations: number;
  /** Most rounds of the removal phase. */
  readonly polishRounds: number;
  /** Staffing of all groups for a planned matrix (fixed groups added back). */
  readonly fullStaffing: (planned: number[][]) => StaffingMatrix;
  /**
   * Cost of a staffing of every group (fixed groups included), as the result's `cost` counts it:
   * the progress reports give it for each candidate. Without it they give the planned groups' cost
   * at `cost` per agent and interval.
   */
  readonly staffingCost?: (staffing: StaffingMatrix) => number;
  /** Told of each step. */
  readonly onProgress?: (progress: OptimizeProgress) => void;
}

/** The outcome of the search. */
export interface SearchOutcome {
  /** `'met'`: every target met in the search; `'infeasible'`: the bounds do not allow it; `'iteration-limit'`. */
  readonly status: 'met' | 'infeasible' | 'iteration-limit';
  /** The best planned staffing found `[p][interval]` (the cheapest meeting every target, else the one missing least). */
  readonly planned: number[][];
  /** Its evaluation in the search. */
  readonly evaluation: CandidateEvaluation;
  /** Cutting-plane iterations. */
  readonly iterations: number;
  /** Cuts added. */
  readonly cuts: number;
  /** With status `'infeasible'`: places still missed at the maximum staffing allowed (null when not evaluated). */
  readonly unreachable: readonly number[] | null;
}

/** Shortfall of a place, relative to its target (0 when met). */
function shortfall(target: ResolvedTarget, estimate: PlaceEstimate, criterion: TargetCriterion): number {
  const v = criterionValue(estimate, criterion);
  if (v === null) return 0;
  return Math.max(0, (target.sense * (target.value - v)) / Math.max(Math.abs(target.value), 1e-3));
}

/** Runs the search (see the module comment). */
export async function searchStaffing(problem: SearchProblem): Promise<SearchOutcome> {
  const { evaluator, intervals: T, groups } = problem;
  const places = evaluator.places;
  const P = groups.length;
  const columns: IntegerColumn[] = [];
  for (let p = 0; p < P; p++) for (let k = 0; k < T; k++) columns.push({ cost: problem.cost[p]!, lower: problem.lower[p]![k]!, upper: problem.upper[p]![k]! });
  columns.push(...problem.startColumns);
  const cuts: LinearRow[] = [];
  const sampler = new SequentialEvaluator(evaluator, problem.seed, problem.replications, problem.criterion === 'confidence' ? problem.maxReplications : problem.replications);
  const evaluate = (planned: number[][][]) => sampler.first(planned.map(problem.fullStaffing));
  const settle = (x: number[][]) => sampler.settled(problem.fullStaffing(x), problem.targets);
  const staffingCost = problem.staffingCost;
  const costOf = (x: number[][]) =>
    staffingCost !== undefined ? staffingCost(problem.fullStaffing(x)) : x.reduce((s, row, p) => s + row.reduce((a, b) => a + b, 0) * problem.cost[p]!, 0);
  const report = (phase: OptimizeProgress['phase'], iteration: number, x: number[][], ev: CandidateEvaluation) => {
    const counted = places.filter((_, j) => ev.estimates[j]!.mean !== null);
    const met = places.filter((pl, j) => ev.estimates[j]!.mean !== null && placeMet(problem.targets[pl.target]!, ev.estimates[j]!, problem.criterion)).length;
    problem.onProgress?.({ phase, iteration, cost: costOf(x), met, total: counted.length, simulations: evaluator.simulations });
  };
  const missed = (ev: CandidateEvaluation) => places.map((pl, j) => (placeMet(problem.targets[pl.target]!, ev.estimates[j]!, problem.criterion) ? -1 : j)).filter((j) => j >= 0);
  const totalShortfall = (ev: CandidateEvaluation) => places.reduce((s, pl, j) => s + shortfall(problem.targets[pl.target]!, ev.estimates[j]!, problem.criterion), 0);

  let best: { x: number[][]; ev: CandidateEvaluation } | undefined;
  let iteration = 0;
  let status: SearchOutcome['status'] = 'iteration-limit';
  // One-sided trust region: the next candidate keeps at least the current one's agents everywhere,
  // so the cuts add agents where places miss and cannot take them from intervals already met.
  let floor: number[][] | undefined;
  const solve = async () => {
    const rows = [...problem.startRows, ...cuts];
    if (floor !== undefined) {
      const above = floor;
      const raised = columns.map((c, i) => (i < P * T ? { ...c, lower: Math.max(c.lower, above[Math.floor(i / T)]![i % T]!) } : c));
      const solution = await solveIntegerProgram({ columns: raised, rows });
      // Stryker disable next-line ConditionalExpression: every row only asks for at least (cuts, Erlang rows) or caps the pooled start's flows by the staffing, so a plain solution raised to the floor meets them: the raised program is infeasible only when the plain one is, which the plain solve then reports
      if (solution.status === 'optimal') return solution;
    }
    return solveIntegerProgram({ columns, rows });
  };
  while (iteration < problem.maxIterations) {
    iteration++;
    const solution = await solve();
    if (solution.status === 'infeasible') {
      status = 'infeasible';
      break;
    }
    const x = unflatten(solution.values, P, T);
    const ev = await settle(x);
    report('search', iteration, x, ev);
    const misses = missed(ev);
    // The best so far misses some place (the loop stops at the first candidate meeting every place):
    // a candidate meeting every place replaces it, and so does one missing less.
    if (best === undefined || misses.length === 0 || totalShortfall(ev) < totalShortfall(best.ev)) best = { x, ev };
    if (misses.length === 0) {
      status = 'met';
      break;
    }
    // Finite differences with common random numbers (the first block): one more agent in group p
    // wherever it works, for the groups able to help some missed place.
    const helping = new Set(misses.flatMap((j) => problem.targetGroups[places[j]!.target]!));
    const perturbed: number[][][] = [];
    // Stryker disable next-line EqualityOperator: a copy for p = P would be x itself, and the filter below drops it (no group P helps)
    for (let p = 0; p < P; p++) perturbed.push(x.map((row, q) => row.map((n, k) => (q === p && helping.has(p) && problem.active[p]![k] === true && n < problem.upper[p]![k]! ? n + 1 : n))));
    const [baseEv, ...evs] = await evaluate([x, ...perturbed.filter((_, p) => helping.has(p))]);
    const byGroup = range(P).map((p) => (helping.has(p) ? evs[[...helping].sort((a, b) => a - b).indexOf(p)] : undefined));
    for (const j of misses) cuts.push(cutFor(problem, places[j]!, j, x, { settled: ev, base: baseEv! }, byGroup, perturbed));
    floor = x;
  }
  if (best === undefined) {
    const x = problem.lower.map((row) => [...row]);
    const [ev] = await evaluate([x]);
    best = { x, ev: ev! };
  }
  if (status === 'met') best = await polish(problem, best, evaluate, settle, missed, report);
  let unreachable: number[] | null = null;
  if (status !== 'met') {
    const max = problem.upper.map((row, p) => row.map((n, k) => (Number.isFinite(n) ? n : Math.max(best!.x[p]![k]! * 2, 1))));
    const ev = await settle(max);
    unreachable = missed(ev);
    // Infeasible: the maximum allowed may be the best there is. At the iteration limit the targets are
    // reachable; the search's nearest candidate is a far better plan than the maximum.
    if (status === 'infeasible' && missed(best.ev).length > 0 && totalShortfall(ev) < totalShortfall(best.ev)) best = { x: max, ev };
  }
  return { status, planned: best.x, evaluation: best.ev, iterations: iteration, cuts: cuts.length, unreachable };
}

function unflatten(values: readonly number[], P: number, T: number): number[][] {
  const x: number[][] = [];
  for (let p = 0; p < P; p++) x.push(values.slice(p * T, (p + 1) * T).map((v) => Math.round(v))); // flow columns after P·T are not staffing
  return x;
}

/**
 * The cut of a missed place: `value(x) + Σ Δ_p · (y_p − x_p) ≥ target` (signs turned for "at most"
 * targets), with Δ_p the change one more agent of group p made (negative changes dropped). A
 * day-scope place spreads Δ_p over the intervals where the agent was added. When no group helped
 * measurably, the cut asks for at least one more agent of the groups able to serve the target.
 */
function cutFor(
  problem: SearchProblem,
  place: MeasurePlace,
  j: number,
  x: readonly (readonly number[])[],
  ev: { readonly settled: CandidateEvaluation; readonly base: CandidateEvaluation },
  evs: readonly (CandidateEvaluation | undefined)[],
  perturbed: readonly (readonly (readonly number[])[])[],
): LinearRow {
  const T = problem.intervals;
  const target = problem.targets[place.target]!;
  const base = criterionValue(ev.settled.estimates[j]!, problem.criterion)!;
  const terms: [number, number][] = [];
  let rhs = target.sense * (target.value - base);
  evs.forEach((pev, p) => {
    if (pev === undefined) return;
    // The change is measured on the first block, where the perturbed candidates share random numbers with x.
    const before = ev.base.estimates[j]!.mean;
    const after = pev.estimates[j]!.mean;
    if (before === null || after === null) return;
    const gain = target.sense * (after - before);
    if (!(gain > 1e-9)) return;
    const ks = place.interval >= 0 ? [place.interval] : range(T).filter((k) => perturbed[p]![p]![k]! > x[p]![k]!);
    if (place.interval >= 0 && !(perturbed[p]![p]![place.interval]! > x[p]![place.interval]!)) return;
    // Stryker disable next-line ConditionalExpression: a group added in no interval is x itself, whose first block gives the same value (gain 0, returned above)
    if (ks.length === 0) return;
    const coefficient = gain / ks.length;
    for (const k of ks) {
      terms.push([p * T + k, coefficient]);
      rhs += coefficient * x[p]![k]!;
    }
  });
  if (terms.length > 0) return steepened(terms, rhs, target.sense * (target.value - base), x, T);
  const helpers = problem.targetGroups[place.target]!;
  const ks = place.interval >= 0 ? [place.interval] : range(T);
  // Stryker disable next-line ArrayDeclaration: a stray element reads as the term ('S', 't'), whose coefficient is not a number, and solveIntegerProgram drops every term not at least 1e-9 in size
  const fallback: [number, number][] = [];
  let now = 0;
  for (const p of helpers) {
    for (const k of ks) {
      fallback.push([p * T + k, 1]);
      now += x[p]![k]!;
    }
  }
  return { terms: fallback, lower: now + 1 };
}

/**
 * Below the knee of its S-shaped curve a service level rises faster than its local slope says, and a
 * cut with a tiny slope would ask for dozens of agents in one interval. So the cut is steepened
 * (its coefficients scaled by one factor ≥ 1) until the best group can close the deficit with at
 * most a quarter more agents than the columns of the cut hold now (at least 2). It still excludes
 * the current staffing.
 */
function steepened(terms: [number, number][], rhs: number, deficit: number, x: readonly (readonly number[])[], T: number): LinearRow {
  const now = terms.reduce((sum, [column]) => sum + x[Math.floor(column / T)]![column % T]!, 0);
  const step = Math.max(2, Math.ceil(0.25 * now));
  const best = Math.max(...terms.map(([, c]) => c));
  const factor = Math.max(1, deficit / (best * step));
  // Stryker disable next-line ConditionalExpression: scaled by 1 the terms stay and the lower side is the same sum (deficit plus coefficient times agents) added in another order, equal up to rounding; a shortcut
  if (factor === 1) return { terms, lower: rhs };
  const scaled = terms.map(([column, c]) => [column, c * factor] as [number, number]);
  const lower = deficit + scaled.reduce((sum, [column, c]) => sum + c * x[Math.floor(column / T)]![column % T]!, 0);
  return { terms: scaled, lower };
}

