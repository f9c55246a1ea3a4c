/**
 * Agent-hours of a group over a span, as a WFM planner counts them (see docs/workforce.md):
 * `paid = scheduled − absent`, `available = paid − break − shrinkage`, `productive ≤ available`
 * up to contacts finished past a break or shift start.
 */
export interface WorkforceHours {
  /** Agent-hours rostered: every scheduled agent for its whole shift (breaks included), absent or not. */
  readonly scheduledHours: number;
  /** Agent-hours of scheduled agents absent that day (absenteeism). */
  readonly absentHours: number;
  /** Agent-hours paid: scheduled minus absent (present agents, breaks included). */
  readonly paidHours: number;
  /** Agent-hours on break: agents logged off for a break, from when they left until they returned. */
  readonly breakHours: number;
  /** Agent-hours withheld by shrinkage (present, not on break, kept off contacts). */
  readonly shrinkageHours: number;
  /** Agent-hours available for contacts: paid minus break minus shrinkage. */
  readonly availableHours: number;
  /** Agent-hours productive: agents of the group holding at least one contact (handling or wrap-up). */
  readonly productiveHours: number;
}

/** One reporting interval of a group's {@link WorkforceHours}. */
export type WorkforceIntervalHours = { readonly start: number } & WorkforceHours;

/** A group's workforce hours after the warm-up, and per reporting interval of the horizon. */
export type WorkforceGroupMetrics = { readonly name: string } & WorkforceHours & { readonly intervals: readonly WorkforceIntervalHours[] };

/** The levels the ledger integrates, per group. */
export const LedgerLevel = { scheduled: 0, present: 1, onBreak: 2, shrunk: 3, busy: 4 } as const;
const LEVELS = 5;

/**
 * Integrates step-function levels per group (agents scheduled, present, on break, withheld by
 * shrinkage, busy) over time: per reporting interval over `[0, horizon)` (the same grid as the
 * result's `intervals`) and in total over `[warmup, horizon)`. Memory: levels × groups × intervals.
 */
export class WorkforceLedger {
  private readonly bins: number;
  private readonly perBin: Float64Array;
  private readonly total: Float64Array;
  private readonly value: Float64Array;
  private readonly since: Float64Array;

  /**
   * @param groups - number of agent groups
   * @param horizon - end of the reporting grid and of the totals (seconds)
   * @param warmup - start of the totals (seconds)
   * @param intervalLength - length of one reporting interval (seconds)
   */
  constructor(
    private readonly groups: number,
    private readonly horizon: number,
    private readonly warmup: number,
    private readonly intervalLength: number,
  ) {
    this.bins = Math.max(1, Math.ceil(horizon / intervalLength - 1e-9));
    this.perBin = new Float64Array(groups * LEVELS * this.bins);
    this.total = new Float64Array(groups * LEVELS);
    this.value = new Float64Array(groups * LEVELS);
    this.since = new Float64Array(groups * LEVELS);
  }

  /** Level `level` of `group` becomes `value` at `now`. */
  set(group: number, level: number, now: number, value: number): void {
    const i = group * LEVELS + level;
    // Stryker disable next-line ConditionalExpression: integrating up to now and on from now adds the same agent-seconds; the early return only saves the work
    if (this.value[i] === value) return;
    this.integrate(i, now);
    this.value[i] = value;
  }

  /** Current value of a level. */
  get(group: number, level: number): number {
    return this.value[group * LEVELS + level] as number;
  }

  /** Integrates every level up to `now` (the end of the run). */
  close(now: number): void {
    this.value.forEach((_value, i) => this.integrate(i, now));
  }

  private integrate(i: number, now: number): void {
    const from = this.since[i] as number;
    this.since[i] = now;
    const v = this.value[i] as number;
    const to = Math.min(now, this.horizon);
    // Stryker disable next-line EqualityOperator: over an empty span (to = from) the code below adds only zeros
    if (!(to > from)) return;
    // Stryker disable next-line ConditionalExpression: a level at 0 adds only zeros below; this only skips the work
    if (v === 0) return;
    const totalFrom = Math.max(from, this.warmup);
    // Stryker disable next-line EqualityOperator: at to = totalFrom the product is 0
    if (to > totalFrom) this.total[i]! += v * (to - totalFrom);
    const L = this.intervalLength;
    // Every interval k met has k·L < to and (k + 1)·L > from, so each adds a positive span b − a.
    for (let k = Math.floor(from / L); k < this.bins; k++) {
      // Stryker disable next-line EqualityOperator: an interval starting at to would add a span of 0
      if (!(k * L < to)) break;
      const a = Math.max(from, k * L);
      const b = Math.min(to, (k + 1) * L);
      this.perBin[i * this.bins + k]! += v * (b - a);
    }
  }

  /** The hours of every group (named `names[g]`), after {@link WorkforceLedger.close}. */
  result(names: readonly string[]): WorkforceGroupMetrics[] {
    const out: WorkforceGroupMetrics[] = [];
    for (let g = 0; g < this.groups; g++) {
      const base = g * LEVELS;
      const intervals: WorkforceIntervalHours[] = [];
      for (let k = 0; k < this.bins; k++) {
        intervals.push({ start: k * this.intervalLength, ...hours((l) => this.perBin[(base + l) * this.bins + k] as number) });
      }
      out.push({ name: names[g] as string, ...hours((l) => this.total[base + l] as number), intervals });
    }
    return out;
  }
}

/** Hours from agent-seconds per level. */
function hours(seconds: (level: number) => number): WorkforceHours {
  const h = (level: number): number => seconds(level) / 3600;
  const scheduled = h(LedgerLevel.scheduled);
  const paid = h(LedgerLevel.present);
  const onBreak = h(LedgerLevel.onBreak);
  const shrunk = h(LedgerLevel.shrunk);
  return {
    scheduledHours: scheduled,
    absentHours: scheduled - paid,
    paidHours: paid,
    breakHours: onBreak,
    shrinkageHours: shrunk,
    availableHours: paid - onBreak - shrunk,
    productiveHours: h(LedgerLevel.busy),
  };
}
