import type { CandidateEvaluation } from './evaluation';
import { placeMet, range } from './criterion';
import type { SearchProblem } from './search';
import { replicationsToSettle } from './sequential-sampling';

/**
 * The removal phase of the staffing search: local moves (one agent fewer, or one swapped for a
 * cheaper group's) where the simulation shows slack, after the cutting planes found a staffing
 * meeting every target.
 *
 * @module
 */

/** Largest number of planned groups for which the removal phase also tries swaps. */
const MAX_SWAP_GROUPS = 8;

/** One move of the removal phase: one agent fewer in group `remove`, one more in `add` (-1: none). */
interface Move {
  readonly remove: number;
  readonly add: number;
  readonly saving: number;
}

/**
 * Removal phase: try one agent fewer of each group wherever it is above its lower bound, and (with
 * at most {@link MAX_SWAP_GROUPS} groups) one agent of a dearer group swapped for one of a cheaper
 * group — one candidate per move, common random numbers. In each interval where some move kept
 * the targets of that interval and the next one met (or within reach of more replications), take the move saving most; simulate the
 * combination (on more replications where its places straddle their targets), and undo the moves in the intervals (and the one before) where it broke a target,
 * until it meets every target or no move is left.
 */
export async function polish(
  problem: SearchProblem,
  start: { x: number[][]; ev: CandidateEvaluation },
  evaluate: (planned: number[][][]) => Promise<CandidateEvaluation[]>,
  settle: (planned: number[][]) => Promise<CandidateEvaluation>,
  missed: (ev: CandidateEvaluation) => number[],
  report: (phase: 'polish', iteration: number, x: number[][], ev: CandidateEvaluation) => void,
): Promise<{ x: number[][]; ev: CandidateEvaluation }> {
  const T = problem.intervals;
  const places = problem.evaluator.places;
  const P = problem.groups.length;
  const moves: Move[] = range(P).map((p) => ({ remove: p, add: -1, saving: problem.cost[p]! }));
  if (P <= MAX_SWAP_GROUPS) {
    for (const g of range(P)) for (const h of range(P)) if (problem.cost[h]! < problem.cost[g]! - 1e-12) moves.push({ remove: g, add: h, saving: problem.cost[g]! - problem.cost[h]! });
  }
  let current = start;
  const dayPlaces = places.map((pl, j) => (pl.interval < 0 ? j : -1)).filter((j) => j >= 0);
  const placesAt = range(T).map((k) => places.map((pl, j) => (pl.interval === k ? j : -1)).filter((j) => j >= 0));
  // A trial (first block only) passes a place that is met, or that more replications could settle
  // (its mean meets the target); the combination is then judged on its settled evaluation.
  const promising = (ev: CandidateEvaluation, j: number) => {
    const target = problem.targets[places[j]!.target]!;
    if (placeMet(target, ev.estimates[j]!, problem.criterion)) return true;
    return problem.criterion === 'confidence' && replicationsToSettle(ev.estimates[j]!, target) <= problem.maxReplications;
  };
  const metAt = (ev: CandidateEvaluation, js: readonly number[]) => js.every((j) => promising(ev, j));
  for (let round = 1; round <= problem.polishRounds; round++) {
    const x = current.x;
    const allowed = (m: Move, k: number) =>
      x[m.remove]![k]! > problem.lower[m.remove]![k]! && (m.add < 0 || (x[m.add]![k]! < problem.upper[m.add]![k]! && problem.active[m.add]![k] === true));
    const apply = (m: Move, k: number, n: number, q: number) => (q === m.remove ? n - 1 : q === m.add ? n + 1 : n);
    const trials = moves.map((m) => x.map((row, q) => row.map((n, k) => (allowed(m, k) ? apply(m, k, n, q) : n))));
    const evs = await evaluate(trials);
    // The move kept in each interval (an interval without one is a hole, read as undefined).
    const chosen: (Move | undefined)[] = [];
    for (const k of range(T)) {
      moves.forEach((m, i) => {
        if (!allowed(m, k)) return;
        const ev = evs[i]!;
        if (!metAt(ev, placesAt[k]!) || (k + 1 < T && !metAt(ev, placesAt[k + 1]!)) || !metAt(ev, dayPlaces)) return;
        if (chosen[k] === undefined || m.saving > chosen[k]!.saving + 1e-12) chosen[k] = m;
      });
    }
    // Without any move kept the loop below does not run and the round ends (accepted stays undefined).
    let accepted: { x: number[][]; ev: CandidateEvaluation } | undefined;
    for (let attempt = 0; attempt < 4 && chosen.some((m) => m !== undefined); attempt++) {
      const y = x.map((row, q) => row.map((n, k) => (chosen[k] === undefined ? n : apply(chosen[k]!, k, n, q))));
      const ev = await settle(y);
      const misses = missed(ev);
      if (misses.length === 0) {
        accepted = { x: y, ev };
        break;
      }
      const broken = new Set(misses.map((j) => places[j]!.interval));
      if (broken.has(-1)) break;
      for (const k of broken) {
        chosen[k] = undefined;
        chosen[Math.max(0, k - 1)] = undefined;
      }
    }
    if (accepted === undefined) break;
    current = accepted;
    report('polish', round, current.x, current.ev);
  }
  return current;
}
