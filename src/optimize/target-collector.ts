import { ServiceOutcome } from '../model/contact-table';
import type { ContactCenterObserver, ObserverHook } from '../model/observer';
import type { ContactCenterView } from '../model/view';

/**
 * The optimizer's observer: what the standard metrics do not break down finely enough for staffing
 * targets — per contact type **and** interval: answered, abandoned, answered within each target
 * threshold and the sum of waits, first contacts ended and resolved (first-contact resolution by
 * interval of first contact); per agent group and interval: agent time logged on and agent time
 * holding a contact. Contacts are counted in the interval of their arrival, from the warm-up on, as
 * the metrics collector counts them (an issue in the interval its first contact arrived in, as the
 * journey collector counts it). It only listens.
 *
 * @module
 */

/** Per-(type, interval) and per-(group, interval) tallies, flat arrays indexed `row * intervals + k`. */
export interface TargetTallies {
  /** Number of intervals. */
  readonly intervals: number;
  /** Interval length (seconds). */
  readonly intervalLength: number;
  /** The service-level thresholds tallied, in seconds. */
  readonly thresholds: readonly number[];
  /** Answered contacts, `[type][interval]`. */
  readonly answered: Float64Array;
  /** Abandoned contacts, `[type][interval]`. */
  readonly abandoned: Float64Array;
  /** Sum of the waits of answered contacts (seconds), `[type][interval]`. */
  readonly waitSum: Float64Array;
  /** Answered within `thresholds[j]`, `[j][type][interval]`. */
  readonly within: Float64Array;
  /**
   * Issues whose first contact ended (served, abandoned or blocked), `[type][interval]` by the type
   * and interval of arrival of the first contact: the denominator of first-contact resolution. A
   * first contact still waiting or in service when the run ends is not counted (censored).
   */
  readonly firstEnded: Float64Array;
  /** Issues resolved by their first contact, `[type][interval]` of the first contact. */
  readonly resolvedAtFirst: Float64Array;
  /** Agent-seconds logged on, `[group][interval]`. */
  readonly onDuty: Float64Array;
  /** Agent-seconds holding at least one contact, `[group][interval]`. */
  readonly busy: Float64Array;
}

/** Collects {@link TargetTallies} during one run. */
export class TargetCollector implements ContactCenterObserver {
  private view!: ContactCenterView;
  private warmup = 0;
  private types = 0;
  private groups = 0;
  private tallies!: TargetTallies;
  private lastChange!: Float64Array;
  private busyNow!: Float64Array;
  private dutyNow!: Float64Array;

  /**
   * @param intervals - number of intervals of `intervalLength` seconds from time 0
   * @param thresholds - service-level thresholds (seconds) to count answers within
   */
  constructor(
    private readonly intervals: number,
    private readonly intervalLength: number,
    private readonly thresholds: readonly number[],
  ) {}

  /** Sizes the tallies for the model. */
  attach(view: ContactCenterView): void {
    this.view = view;
    const m = view.model;
    this.warmup = m.warmup;
    this.types = m.contactTypes.length;
    this.groups = m.agentGroups.length;
    const cells = this.types * this.intervals;
    const groupCells = this.groups * this.intervals;
    this.tallies = {
      intervals: this.intervals,
      intervalLength: this.intervalLength,
      thresholds: this.thresholds,
      answered: new Float64Array(cells),
      abandoned: new Float64Array(cells),
      waitSum: new Float64Array(cells),
      within: new Float64Array(cells * this.thresholds.length),
      firstEnded: new Float64Array(cells),
      resolvedAtFirst: new Float64Array(cells),
      onDuty: new Float64Array(groupCells),
      busy: new Float64Array(groupCells),
    };
    this.lastChange = new Float64Array(this.groups);
    this.busyNow = new Float64Array(this.groups);
    this.dutyNow = new Float64Array(this.groups);
  }

  /** Only the hooks used here. */
  subscribes(hook: ObserverHook): boolean {
    // Stryker disable next-line ConditionalExpression: the dispatch calls only hooks an observer implements, and these are all this one does
    return hook === 'onServiceStart' || hook === 'onServiceEnd' || hook === 'onAbandon' || hook === 'onBlocked' || hook === 'onAgentChange' || hook === 'onEnd';
  }

  /** The cell of a contact (type × interval of arrival), or -1 when it is not counted. */
  private cellOf(c: number): number {
    const arrival = this.view.contactArrival(c);
    if (arrival < this.warmup) return -1;
    const k = Math.floor(arrival / this.intervalLength);
    if (k < 0 || k >= this.intervals) return -1;
    return this.view.contactType(c) * this.intervals + k;
  }

  /** Counts an answer, its wait and whether it was within each threshold. */
  onServiceStart(c: number): void {
    const cell = this.cellOf(c);
    if (cell < 0) return;
    const wait = this.view.now - this.view.contactQueuedAt(c);
    const t = this.tallies;
    t.answered[cell]!++;
    t.waitSum[cell]! += wait;
    const stride = this.types * this.intervals;
    // Stryker disable next-line EqualityOperator: past the last threshold the comparison with undefined is false
    for (let j = 0; j < this.thresholds.length; j++) if (wait <= this.thresholds[j]!) t.within[j * stride + cell]!++;
  }

  /** Counts a first contact ended by a service, and whether that service resolved the issue. */
  onServiceEnd(c: number): void {
    if (this.view.contactAttempt(c) !== 1) return;
    const cell = this.cellOf(c);
    // Stryker disable next-line ConditionalExpression: a typed array ignores writes at index -1 (a shortcut)
    if (cell < 0) return;
    this.tallies.firstEnded[cell]!++;
    if (this.view.contactOutcome(c) === ServiceOutcome.resolved) this.tallies.resolvedAtFirst[cell]!++;
  }

  /** Counts an abandon (and a first contact ended unresolved). */
  onAbandon(c: number): void {
    const cell = this.cellOf(c);
    // Stryker disable next-line ConditionalExpression: a typed array ignores writes at index -1 (a shortcut)
    if (cell < 0) return;
    this.tallies.abandoned[cell]!++;
    if (this.view.contactAttempt(c) === 1) this.tallies.firstEnded[cell]!++;
  }

  /** Counts a blocked first contact as ended unresolved. */
  onBlocked(c: number): void {
    if (this.view.contactAttempt(c) !== 1) return;
    const cell = this.cellOf(c);
    // Stryker disable next-line ConditionalExpression: a typed array ignores writes at index -1
    if (cell >= 0) this.tallies.firstEnded[cell]!++;
  }

  /** Integrates the agent's group's logged-on and busy counts up to now, then reads the new ones. */
  onAgentChange(agent: number): void {
    const g = this.view.agentGroup(agent);
    this.advance(g, this.view.now);
    this.busyNow[g] = this.view.groupBusy(g);
    this.dutyNow[g] = this.view.groupOnDuty(g);
  }

  /** Closes every group's integrals at the end of the run. */
  onEnd(): void {
    // Stryker disable next-line EqualityOperator: group `groups` has no last change (NaN start), so advancing it adds nothing
    for (let g = 0; g < this.groups; g++) this.advance(g, this.view.now);
  }

  /** The tallies (after the run). */
  result(): TargetTallies {
    return this.tallies;
  }

  /** Adds the group's current counts over [last change, now), split at interval boundaries. */
  private advance(g: number, now: number): void {
    let from = Math.max(this.lastChange[g]!, this.warmup);
    this.lastChange[g] = now;
    const busy = this.busyNow[g]!;
    const duty = this.dutyNow[g]!;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: an agent busy after its hours stays logged on (busy ≤ duty), so nothing is added when duty is 0; a shortcut
    if (duty === 0 && busy === 0) return;
    const L = this.intervalLength;
    while (from < now) {
      const k = Math.floor(from / L);
      if (k >= this.intervals) return;
      const to = Math.min(now, (k + 1) * L);
      const cell = g * this.intervals + k;
      this.tallies.onDuty[cell]! += duty * (to - from);
      this.tallies.busy[cell]! += busy * (to - from);
      from = to;
    }
  }
}
