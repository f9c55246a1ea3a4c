import { erlangCFromErlangB, erlangCFromParts } from './erlang-c';
import {
  MAX_AGENTS,
  requireCount,
  requireFraction,
  requireNonNegative,
  requireOptions,
  requirePositive,
} from './validate';

/** A service-level staffing question for an Erlang C (M/M/c) queue. Times in seconds. */
export interface ServiceLevelTargetOptions {
  /** Arrival rate `λ` in contacts per second, `>= 0`. */
  readonly arrivalRate: number;
  /** Mean service (handle) time `1/μ` in seconds, `> 0`. */
  readonly meanServiceTime: number;
  /** Target answer time `t` in seconds, `>= 0` (the "20" of 80/20). */
  readonly targetTime: number;
  /** Required fraction answered within `targetTime`, in `[0, 1)` (the "0.8" of 80/20). */
  readonly target: number;
}

/** Options of {@link erlangCStaffing}: a service-level target plus table shape. */
export interface ErlangCStaffingOptions extends ServiceLevelTargetOptions {
  /**
   * Highest acceptable occupancy `a/c`, in `(0, 1]`; agents are added until it holds too.
   * @default 1 (no occupancy cap)
   */
  readonly maxOccupancy?: number;
  /** Number of table rows with fewer agents than required. @default 2 */
  readonly rowsBefore?: number;
  /** Number of table rows with more agents than required. @default 2 */
  readonly rowsAfter?: number;
}

/** One line of a staffing table: Erlang C performance with `agents` agents. */
export interface StaffingRow {
  /** Number of agents `c`. */
  readonly agents: number;
  /** `a < c`. */
  readonly stable: boolean;
  /** Occupancy `a/c` (capped at 1). */
  readonly occupancy: number;
  /** Erlang C probability of waiting. */
  readonly probabilityOfWait: number;
  /** Average speed of answer in seconds (`Infinity` if unstable). */
  readonly averageSpeedOfAnswer: number;
  /** `P(W <= targetTime)` (0 if unstable). */
  readonly serviceLevel: number;
  /** Whether this row meets the service-level target (and the occupancy cap, if any). */
  readonly meetsTarget: boolean;
}

/** Result of {@link erlangCStaffing}. */
export interface ErlangCStaffing {
  /** Offered load `a = λ/μ` in erlangs. */
  readonly offeredLoad: number;
  /** Smallest number of agents meeting the target. */
  readonly agents: number;
  /** The row for {@link ErlangCStaffing.agents}. */
  readonly required: StaffingRow;
  /** Rows for `agents − rowsBefore … agents + rowsAfter` (never below 1), ascending. */
  readonly rows: readonly StaffingRow[];
}

interface ResolvedTarget {
  readonly lambda: number;
  readonly s: number;
  readonly t: number;
  readonly target: number;
}

function resolveTarget(where: string, options: ServiceLevelTargetOptions): ResolvedTarget {
  requireOptions(where, options);
  const lambda = requireNonNegative(where, 'arrivalRate', options.arrivalRate);
  const s = requirePositive(where, 'meanServiceTime', options.meanServiceTime);
  const t = requireNonNegative(where, 'targetTime', options.targetTime);
  const target = requireFraction(where, 'target', options.target, true, false);
  if (!Number.isFinite(lambda * s)) {
    throw new RangeError(`${where}: arrivalRate × meanServiceTime must be finite, got ${lambda * s}`);
  }
  return { lambda, s, t, target };
}

/** Erlang C service level `1 − C·e^{−(c − a)t/E[S]}` for `c > a`, else 0. */
function serviceLevelAt(a: number, c: number, b: number, t: number, s: number): number {
  if (a >= c) return 0;
  return 1 - erlangCFromErlangB(a, c, b) * Math.exp((-(c - a) * t) / s);
}

/** Walks the Erlang B recursion upward; the first `c >= minAgents` meeting the target. */
function searchAgents(where: string, r: ResolvedTarget, minAgents: number): number {
  const a = r.lambda * r.s;
  let b = 1;
  for (let c = 1; c <= MAX_AGENTS; c++) {
    const ab = a * b;
    b = ab / (c + ab);
    if (c >= minAgents && a < c && serviceLevelAt(a, c, b, r.t, r.s) >= r.target) return c;
  }
  throw new RangeError(`${where}: more than ${MAX_AGENTS} agents would be needed`);
}

/**
 * The classic Erlang C staffing rule: the smallest number of agents `c` with `c > a` and
 * service level `P(W <= targetTime) = 1 − C(c, a)·e^{−(cμ − λ)·targetTime} >= target`.
 * The service level increases with `c`, so a single upward walk of the Erlang B recursion
 * finds the answer in O(c).
 *
 * Reference: Gans, Koole & Mandelbaum (2003), "Telephone call centers: tutorial, review, and
 * research prospects", M&SOM 5(2), §4.1; Cooper (1981), §3.
 *
 * @throws RangeError naming the field on invalid input (`target` must be in `[0, 1)`).
 * @example agentsForServiceLevel({ arrivalRate: 100 / 1800, meanServiceTime: 180, targetTime: 20, target: 0.8 }) // 14
 */
export function agentsForServiceLevel(options: ServiceLevelTargetOptions): number {
  const where = 'agentsForServiceLevel';
  return searchAgents(where, resolveTarget(where, options), 1);
}

/**
 * A staffing table for an Erlang C queue, as consultants build it: the smallest number of
 * agents meeting a service-level target (e.g. 80% within 20 s) and, optionally, an occupancy
 * cap `a/c <= maxOccupancy`, plus the neighbouring rows with their occupancy, probability of
 * waiting, ASA and service level so the trade-off is visible.
 *
 * Formulas as in {@link erlangC} and {@link agentsForServiceLevel}; the occupancy cap adds the
 * constraint `c >= ⌈a / maxOccupancy⌉`.
 *
 * Reference: Gans, Koole & Mandelbaum (2003), M&SOM 5(2), §4.1.
 *
 * @throws RangeError naming the field on invalid input.
 */
export function erlangCStaffing(options: ErlangCStaffingOptions): ErlangCStaffing {
  const where = 'erlangCStaffing';
  const r = resolveTarget(where, options);
  const maxOccupancy =
    options.maxOccupancy === undefined
      ? 1
      : requireFraction(where, 'maxOccupancy', options.maxOccupancy, false, true);
  const rowsBefore = options.rowsBefore === undefined ? 2 : requireCount(where, 'rowsBefore', options.rowsBefore);
  const rowsAfter = options.rowsAfter === undefined ? 2 : requireCount(where, 'rowsAfter', options.rowsAfter);
  const a = r.lambda * r.s;
  const occupancyFloor = Math.max(1, Math.ceil(a / maxOccupancy - 1e-12));
  const agents = searchAgents(where, r, occupancyFloor);

  const first = Math.max(1, agents - rowsBefore);
  const last = agents + rowsAfter;
  const rows: StaffingRow[] = [];
  let b = 1;
  for (let c = 1; c <= last; c++) {
    const ab = a * b;
    b = ab / (c + ab);
    if (c < first) continue;
    const result = erlangCFromParts(r.lambda, r.s, c, b);
    const serviceLevel = result.serviceLevel(r.t);
    rows.push({
      agents: c,
      stable: result.stable,
      occupancy: result.occupancy,
      probabilityOfWait: result.probabilityOfWait,
      averageSpeedOfAnswer: result.averageSpeedOfAnswer,
      serviceLevel,
      meetsTarget: serviceLevel >= r.target && result.stable && a / c <= maxOccupancy + 1e-12,
    });
  }
  const required = rows[agents - first];
  if (required === undefined) throw new Error(`${where}: internal error, missing row ${agents}`);
  return { offeredLoad: a, agents, required, rows };
}
