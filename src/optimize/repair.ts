import { tQuantile } from '../metrics/stats/confidence';
import { normalCdf } from '../random/special/normal';
import type { CandidateEvaluation, CandidateEvaluator, PlaceEstimate } from './evaluation';
import { placeMet, range, type TargetCriterion } from './criterion';
import type { StaffingMatrix } from './staffing-plan';
import type { ResolvedTarget } from './targets';

/**
 * Validation on fresh seeds, and repair where it misses. The search chose its staffing on its own
 * seeds, so a place that was just met there can fall short on fresh ones (the winner's curse).
 * Round 1 simulates the staffing on `"<seed>/validation"`. Where it misses places (or where the
 * next round would miss them with a chance above 1 / places, see {@link missChance}), one agent is
 * added per such place — in the place's interval (a day-scope place: the interval with the
 * most arrivals of its types), of the qualified group whose extra agent raised that place most per
 * unit of cost on the round's own first replications (common random numbers: one candidate per
 * qualified group; the cheapest qualified group when none helped measurably), an agent shared by
 * two places of one interval counted once — and the new staffing is validated again on
 * `"<seed>/validation/<round>"`, seeds never used before, up to `repairRounds` times.
 *
 * What is reported is the last round: a staffing fixed before its seeds were drawn, so each place's
 * one-sided bound is an ordinary confidence bound for it. The loop stops at the first round with
 * no misses, which gives a truly short place several chances to pass by luck; the repair rounds
 * therefore judge at the Bonferroni level `1 − (1 − level) / repairRounds`, so that all of them
 * together wrongly pass a short place with probability at most `1 − level`, on top of the first
 * round's own `1 − level` (at most twice `1 − level` for the whole procedure; see docs/optimizer.md).
 *
 * @module
 */

/** One validation round. */
export interface ValidationRound {
  /** Round number, from 1. */
  readonly round: number;
  /** Seed of the round's replications (`<seed>/validation`, then `<seed>/validation/<round>`). */
  readonly seed: string;
  /** Replications of the round. */
  readonly replications: number;
  /** Confidence level of the round's bounds (Bonferroni-adjusted after the first round). */
  readonly level: number;
  /** Places missed under the criterion: `<target label> @ <interval>` or `@ day`. */
  readonly misses: readonly string[];
  /** Agents added after this round (empty for the last round). */
  readonly added: readonly { readonly group: string; readonly interval: number; readonly agents: number }[];
}

/** The validation's outcome: the final staffing and its evaluation on seeds never used before. */
export interface ValidationOutcome {
  /** The staffing after repair (all groups). */
  readonly staffing: StaffingMatrix;
  /** Its evaluation in the last round, summarized at that round's level. */
  readonly evaluation: CandidateEvaluation;
  /** Every round, in order. */
  readonly rounds: readonly ValidationRound[];
}

/** What the validation needs. */
export interface RepairProblem {
  readonly evaluator: CandidateEvaluator;
  readonly targets: readonly ResolvedTarget[];
  readonly criterion: TargetCriterion;
  /** Confidence level of the first round. */
  readonly level: number;
  /** Master seed of the optimization. */
  readonly seed: number | string;
  /** Replications per round. */
  readonly replications: number;
  /** Replications on which the gain of one more agent is measured (the first ones of the round's seed). */
  readonly gainReplications: number;
  /** Most repair rounds (0: validate once, never repair). */
  readonly repairRounds: number;
  /** Planned groups (ids), in column order. */
  readonly groups: readonly number[];
  /** Group names, by id. */
  readonly groupNames: readonly string[];
  /** Planned groups able to serve each target, `[target]` (indices into `groups`). */
  readonly targetGroups: readonly (readonly number[])[];
  /** Whether planned group p works in interval k, `[p][k]`. */
  readonly active: readonly (readonly boolean[])[];
  /** Most agents of planned group p in interval k, `[p][k]`. */
  readonly upper: readonly (readonly number[])[];
  /** Cost of one agent of planned group p for one interval, `[p]`. */
  readonly cost: readonly number[];
  /** Arrival rate `[type][interval]` (where a day-scope place gets its agent). */
  readonly rate: readonly (readonly number[])[];
  /** Staffing of all groups for a planned matrix. */
  readonly fullStaffing: (planned: number[][]) => StaffingMatrix;
  /** Told of each round. */
  readonly onRound?: (round: number, staffing: StaffingMatrix, evaluation: CandidateEvaluation) => void;
}

/** The seed of a validation round: `<seed>/validation`, then `<seed>/validation/<round>`. */
export function validationSeed(seed: number | string, round: number): string {
  return round === 1 ? `${String(seed)}/validation` : `${String(seed)}/validation/${round}`;
}

/** The level of a round: the given one for round 1, Bonferroni over the repair rounds after. */
export function roundLevel(level: number, round: number, repairRounds: number): number {
  return round === 1 ? level : 1 - (1 - level) / repairRounds;
}

/** Validates `planned` on fresh seeds and repairs where it misses (see the module comment). */
export async function validateAndRepair(problem: RepairProblem, planned: readonly (readonly number[])[]): Promise<ValidationOutcome> {
  const { evaluator, targets } = problem;
  const places = evaluator.places;
  const labels = evaluator.placeLabels();
  const x = planned.map((row) => [...row]);
  const rounds: ValidationRound[] = [];
  for (let round = 1; ; round++) {
    const seed = validationSeed(problem.seed, round);
    const level = roundLevel(problem.level, round, problem.repairRounds);
    const staffing = problem.fullStaffing(x);
    const [raw] = await evaluator.evaluate([staffing], seed, 0, problem.replications);
    const evaluation: CandidateEvaluation = { ...raw!, estimates: evaluator.summarize(raw!.rows, level) };
    problem.onRound?.(round, staffing, evaluation);
    const misses = places.map((pl, j) => (placeMet(targets[pl.target]!, evaluation.estimates[j]!, problem.criterion) ? -1 : j)).filter((j) => j >= 0);
    const last = misses.length === 0 || round > problem.repairRounds;
    // Agents go wherever the place would miss at the next round's (stricter) level.
    let added: { p: number; k: number }[] = [];
    if (!last) {
      // Agents also go where the next round (fresh seeds, its stricter level) would miss with a
      // chance above 1 / (places measured): otherwise each round finds new misses at the margin.
      const nextLevel = roundLevel(problem.level, round + 1, problem.repairRounds);
      const measured = evaluation.estimates.filter((e) => e.mean !== null).length;
      const atRisk = places.map((pl, j) => (missChance(evaluation.estimates[j]!, targets[pl.target]!, level, nextLevel, problem.criterion) > 1 / Math.max(1, measured) ? j : -1)).filter((j) => j >= 0);
      added = await additions(problem, x, [...new Set([...misses, ...atRisk])].sort((a, b) => a - b), seed);
    }
    rounds.push({ round, seed, replications: problem.replications, level, misses: misses.map((j) => labels[j]!), added: added.map(({ p, k }) => ({ group: problem.groupNames[problem.groups[p]!]!, interval: k, agents: 1 })) });
    if (last || added.length === 0) return { staffing, evaluation, rounds };
    for (const { p, k } of added) x[p]![k]!++;
  }
}

/**
 * The chance that a place misses in a fresh round of as many replications, judged at `nextLevel`
 * (criterion `'confidence'`; the mean alone with `'mean'`), were its true value the estimate and
 * its standard error the one measured: `Φ(t_next − gap / se)`, `gap` the estimate's distance to
 * the target on the right side (negative when it misses), `se` from the bound at `level`. 0 for a
 * place without a value.
 */
export function missChance(estimate: PlaceEstimate, target: ResolvedTarget, level: number, nextLevel: number, criterion: TargetCriterion): number {
  const { mean, bound, n } = estimate;
  if (mean === null) return 0;
  const gap = target.sense * (mean - target.value);
  if (bound === null || n < 2) return gap >= 0 ? 0 : 1;
  const se = Math.abs(mean - bound) / tQuantile(level, n - 1);
  const quantile = criterion === 'confidence' ? tQuantile(nextLevel, n - 1) : 0;
  if (!(se > 0)) return gap >= 0 ? 0 : 1; // no spread: the next round sees the same value
  return normalCdf(quantile - gap / se);
}

/** One agent per missed place (shared within an interval), chosen by measured gain per cost. */
async function additions(problem: RepairProblem, x: number[][], misses: readonly number[], seed: string): Promise<{ p: number; k: number }[]> {
  const places = problem.evaluator.places;
  const T = x[0]?.length ?? 0;
  const where = misses.map((j) => {
    const place = places[j]!;
    const target = problem.targets[place.target]!;
    const k = place.interval >= 0 ? place.interval : busiestInterval(problem, target, T);
    const qualified = problem.targetGroups[place.target]!.filter((p) => problem.active[p]![k] === true && x[p]![k]! < problem.upper[p]![k]!);
    return { j, k, qualified };
  });
  // The cut information: one more agent of each qualified group in the intervals it may repair.
  const candidates = [...new Set(where.flatMap((w) => w.qualified))].sort((a, b) => a - b);
  const perturbed = candidates.map((p) => x.map((row, q) => row.map((n, k) => (q === p && where.some((w) => w.k === k && w.qualified.includes(p)) ? n + 1 : n))));
  const m = Math.min(problem.gainReplications, problem.replications);
  const [base, ...evs] = await problem.evaluator.evaluate([x, ...perturbed].map(problem.fullStaffing), seed, 0, m);
  const chosen: { p: number; k: number }[] = [];
  for (const { j, k, qualified } of where) {
    if (qualified.length === 0) continue;
    const sense = problem.targets[places[j]!.target]!.sense;
    const before = base!.estimates[j]!.mean;
    const value = (p: number) => {
      const after = evs[candidates.indexOf(p)]!.estimates[j]!.mean;
      const gain = before === null || after === null ? 0 : sense * (after - before);
      return gain > 1e-9 ? gain / Math.max(problem.cost[p]!, 1e-9) : 0;
    };
    const best = qualified.reduce((a, b) => {
      const va = value(a);
      const vb = value(b);
      if (vb > va + 1e-12) return b;
      if (va > vb + 1e-12) return a;
      return problem.cost[b]! < problem.cost[a]! - 1e-12 ? b : a;
    });
    if (!chosen.some((c) => c.p === best && c.k === k)) chosen.push({ p: best, k });
  }
  return chosen;
}

/** The interval with the most arrivals of a target's contact types (all types for `*`). */
function busiestInterval(problem: RepairProblem, target: ResolvedTarget, T: number): number {
  const types = target.metric !== 'occupancy' && target.type >= 0 ? [target.type] : range(problem.rate.length);
  const arrivals = range(T).map((k) => types.reduce((s, t) => s + (problem.rate[t]![k] ?? 0), 0));
  return arrivals.indexOf(Math.max(...arrivals));
}
