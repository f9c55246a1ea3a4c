import type { CandidateEvaluation, CandidateEvaluator, PlaceEstimate } from './evaluation';
import type { MeasurePlace } from './measure';
import { PendingEvaluations } from './shard-store';
import { staffingKey, type StaffingMatrix } from './staffing-plan';
import type { ResolvedTarget } from './targets';

/**
 * Sequential sampling with common random numbers. A place whose estimate is on the right side of
 * its target but whose one-sided confidence bound is not (it *straddles* the target) is not a
 * reason to add agents: more replications would settle it. So a candidate is first simulated on
 * the search's replications, then — only while some place straddles and more replications could
 * settle it — on further blocks of replications of the same seed (`replications … 2·replications
 * − 1`, and so on up to `maxReplications`), and its estimates are taken over all of them. The
 * blocks are the same for every candidate, so the candidates still share their random numbers,
 * and each block is simulated once per candidate (cached), so the result does not depend on the
 * order of evaluation or the number of threads.
 *
 * @module
 */

/**
 * Replications that would bring the one-sided bound of a straddling place onto the right side of
 * its target, were the mean and standard deviation to stay: the half-width shrinks as 1/√n, so
 * `n · ((mean − bound) / (mean − target))²` (Student's t at the current n, slightly conservative).
 * `Infinity` for a place with its mean on the target or the wrong side, or without a bound;
 * `n` for a place already met by its bound.
 */
export function replicationsToSettle(estimate: PlaceEstimate, target: ResolvedTarget): number {
  const { mean, bound, n } = estimate;
  if (mean === null || bound === null) return Infinity;
  // Stryker disable next-line ArithmeticOperator: only the sign of the gap is read, and sense is ±1
  const gap = target.sense * (mean - target.value);
  if (!(gap > 0)) return Infinity;
  // Stryker disable next-line EqualityOperator: with the bound on the target the formula below gives n too
  if (target.sense * (bound - target.value) >= 0) return n;
  return Math.ceil(n * ((mean - bound) / (mean - target.value)) ** 2 - 1e-9);
}

/**
 * The replications a candidate should be simulated on next: the most any straddling place needs
 * (see {@link replicationsToSettle}) among those that `max` replications could settle, rounded up
 * to a whole number of blocks of `block` replications and capped at `max`; `n` (no growth) when no
 * place straddles or none could be settled within `max`.
 *
 * @param n - replications the estimates are over now
 */
export function nextReplications(places: readonly MeasurePlace[], targets: readonly ResolvedTarget[], estimates: readonly PlaceEstimate[], n: number, block: number, max: number): number {
  let need = n;
  places.forEach((place, j) => {
    const settle = replicationsToSettle(estimates[j]!, targets[place.target]!);
    // Stryker disable next-line EqualityOperator: settle = n leaves need at its max with n
    if (settle > n && settle <= max) need = Math.max(need, settle);
  });
  if (need <= n) return n;
  return Math.min(max, Math.ceil(need / block) * block);
}

/** Evaluations on a growing number of replications, in blocks (see the module comment). */
export class SequentialEvaluator {
  /** Replications per candidate of a candidate's settled evaluation, by staffing key. */
  private readonly merged = new Map<string, CandidateEvaluation>();

  /**
   * @param block - replications of one block (the search's `replications`)
   * @param max - most replications of one candidate (criterion `'mean'`: growth is off, give `block`)
   */
  constructor(
    private readonly evaluator: CandidateEvaluator,
    private readonly seed: number | string,
    readonly block: number,
    readonly max: number,
  ) {}

  /** Candidates on their first block of replications. */
  first(candidates: readonly StaffingMatrix[]): Promise<CandidateEvaluation[]> {
    return this.evaluator.evaluate(candidates, this.seed, 0, this.block);
  }

  /** One candidate on replications [0, n): its blocks, simulated once each, concatenated. */
  async on(candidate: StaffingMatrix, n: number): Promise<CandidateEvaluation> {
    const blocks: Promise<CandidateEvaluation[]>[] = [];
    for (let from = 0; from < n; from += this.block) blocks.push(this.evaluator.evaluate([candidate], this.seed, from, Math.min(n, from + this.block)));
    const outcomes = await Promise.allSettled(blocks);
    const pending = outcomes.flatMap((o) => (o.status === 'rejected' && o.reason instanceof PendingEvaluations ? o.reason.tasks : []));
    if (pending.length > 0) throw new PendingEvaluations(pending);
    const parts = outcomes.map((o) => {
      if (o.status === 'rejected') throw o.reason;
      return o.value[0]!;
    });
    if (parts.length === 1) return parts[0]!;
    const key = `${n}|${staffingKey(candidate)}`;
    const known = this.merged.get(key);
    if (known !== undefined) return known;
    const rows = parts.flatMap((p) => p.rows);
    const ev: CandidateEvaluation = { staffing: candidate, rows, estimates: this.evaluator.summarize(rows) };
    this.merged.set(key, ev);
    return ev;
  }

  /** A candidate on as many blocks as its straddling places need (at most `max` replications). */
  async settled(candidate: StaffingMatrix, targets: readonly ResolvedTarget[]): Promise<CandidateEvaluation> {
    let n = this.block;
    let ev = await this.on(candidate, n);
    for (;;) {
      const next = nextReplications(this.evaluator.places, targets, ev.estimates, n, this.block, this.max);
      if (next <= n) return ev;
      n = next;
      ev = await this.on(candidate, n);
    }
  }
}
