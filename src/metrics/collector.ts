import { CHANNELS } from '../model/channel';
import { usesIndividualAgents } from '../model/agent-profiles';
import { ServiceOutcome } from '../model/contact-table';
import type { ContactCenterObserver } from '../model/observer';
import type { ContactCenterView } from '../model/view';
import { AgentTally, ServedField } from './agent-tally';
import { ContactIntervals } from './contact-intervals';
import { ContactTallies } from './contact-tallies';
import { ratio } from './contact-tally';
import { DetailTally } from './detail-tally';
import { WAIT_DISTRIBUTION_THRESHOLDS, type IntervalMetrics, type OverflowMetrics, type RunMetrics } from './result';
import { SessionOwners } from './session-owners';
import { IntervalGrid } from './stats/interval-grid';
import { TimeWeightedStats } from './stats/time-weighted-stats';

/** Options of the {@link MetricsCollector}. */
export interface MetricsOptions {
  /**
   * Abandons within this many seconds are *short abandons*, left out of the denominator of
   * `serviceLevelExcludingShortAbandons`.
   * @default 5
   */
  shortAbandonThreshold?: number;
  /**
   * Relative accuracy of wait percentiles (the quantile sketch's α).
   * @default 0.01
   */
  percentileAccuracy?: number;
  /**
   * Also report every agent's own metrics (`byAgent`, named `<group>#<k>` or by the group's
   * `individuals` list); off by default because the list grows with the number of agents.
   * @default true when some group has individual agents (`individuals`), else false
   */
  perAgent?: boolean;
  /**
   * Also report the detailed metrics the literature uses (`detailed`): P(wait) and the mean wait of
   * delayed contacts overall and per contact type, busy time per agent group × contact type, and
   * service level, ASA and abandonment per contact type × interval. Off by default: it adds a
   * section to every result, and the per type × interval table grows with types × intervals.
   * @default false
   */
  detailed?: boolean;
}

/**
 * The standard metrics observer: contact metrics overall and per contact type, channel, segment
 * and interval; agent metrics per group, site and overall; queue lengths. It only listens.
 * Contacts count when they arrive at or after the warm-up; agent time counts from the warm-up on.
 * Memory does not grow with the number of contacts.
 */
export class MetricsCollector implements ContactCenterObserver {
  private view!: ContactCenterView;
  /** The contact slices (overall, type, channel, segment) as flat records, updated per (type, segment) class. */
  private tallies!: ContactTallies;
  private segments = 1;
  private agents!: AgentTally;
  /** The agent tally's records per group and per agent ({@link ServedField}), filled here (the hot path: no call per contact). */
  private groupServed!: Float64Array;
  private agentServed!: Float64Array;
  private queueAll!: TimeWeightedStats;
  /** Queue length per type; with a single type, `queueAll` itself (the same updates). */
  private queueByType!: TimeWeightedStats[];
  private waitingAll = 0;
  private waitingByType!: Int32Array;
  private grid!: IntervalGrid;
  private perInterval!: ContactIntervals;
  private warmup = 0;
  private thresholds!: Float64Array;
  /**
   * Per contact type with overflow steps, per step: answered count and wait sum side by side, from
   * `stepAnswered[stepStart[type] + 2 * step]`; `stepStart[type]` is -1 for a type without overflow.
   */
  private stepAnswered = new Float64Array(0);
  private stepStart = new Int32Array(0);
  private readonly shortAbandon: number;
  private readonly accuracy: number;
  private perAgent: boolean;
  private readonly perAgentOption: boolean | undefined;
  private readonly wantDetail: boolean;
  /** The detailed metrics' counters, when asked for. */
  private detail: DetailTally | null = null;
  /** Messaging sessions with `released` slots count at their first turn's agent (null: the model has none). */
  private owners: SessionOwners | null = null;

  /** Creates a collector; see {@link MetricsOptions} for the metric definitions. */
  constructor(options: MetricsOptions = {}) {
    this.shortAbandon = options.shortAbandonThreshold ?? 5;
    this.accuracy = options.percentileAccuracy ?? 0.01;
    this.perAgentOption = options.perAgent;
    this.perAgent = options.perAgent ?? false;
    this.wantDetail = options.detailed ?? false;
  }

  /** Sets up the slices, the interval grid and the service-level thresholds of the view's model. */
  attach(view: ContactCenterView): void {
    const m = view.model;
    this.view = view;
    this.warmup = m.warmup;
    this.perAgent = this.perAgentOption ?? usesIndividualAgents(m.agentGroups);
    this.tallies = new ContactTallies(m, this.accuracy);
    this.segments = m.segments.length;
    this.queueAll = new TimeWeightedStats(0, 0);
    this.queueByType = m.contactTypes.length === 1 ? [this.queueAll] : m.contactTypes.map(() => new TimeWeightedStats(0, 0));
    this.waitingByType = new Int32Array(m.contactTypes.length);
    this.grid = IntervalGrid.covering(m.horizon, m.intervalLength);
    this.perInterval = new ContactIntervals(this.grid);
    this.agents = new AgentTally(view, this.grid, this.perAgent);
    this.groupServed = this.agents.groupServed;
    this.agentServed = this.agents.agentServed;
    this.thresholds = Float64Array.from(m.contactTypes, (t) => t.serviceLevel.threshold);
    let steps = 0;
    this.stepStart = Int32Array.from(m.contactTypes, (t) => {
      if (t.overflow === null) return -1;
      steps += t.overflow.length;
      return 2 * (steps - t.overflow.length);
    });
    this.stepAnswered = new Float64Array(2 * steps);
    this.detail = this.wantDetail ? new DetailTally(view, this.grid) : null;
    this.owners = SessionOwners.of(m);
  }

  private counted(c: number): boolean {
    return this.view.contactArrival(c) >= this.warmup;
  }

  /** The class of a contact (its type and segment), whose slices its events update. */
  private classOf(c: number): number {
    const v = this.view;
    return v.contactType(c) * this.segments + v.contactSegment(c);
  }

  /** Counts a contact that arrived at or after the warm-up as offered, in its slices and its arrival interval. */
  onArrival(c: number): void {
    const v = this.view;
    const arrival = v.contactArrival(c);
    if (arrival < this.warmup) return;
    this.tallies.offer(v.contactType(c) * this.segments + v.contactSegment(c));
    this.perInterval.offer(arrival);
    if (this.detail !== null) this.detail.offer(this.view.contactType(c), arrival);
  }

  /** Counts a blocked contact (arrived at or after the warm-up) in its slices. */
  onBlocked(c: number): void {
    if (!this.counted(c)) return;
    this.tallies.block(this.classOf(c));
  }

  /** A contact joined a waiting queue: updates the queue-length statistics. */
  onQueued(c: number): void {
    this.changeQueue(this.view.contactType(c), 1);
  }

  /** A contact left its waiting queue: updates the queue-length statistics. */
  onDequeued(c: number): void {
    this.changeQueue(this.view.contactType(c), -1);
  }

  private changeQueue(type: number, delta: number): void {
    const now = this.view.now;
    this.waitingAll += delta;
    this.waitingByType[type]! += delta;
    this.queueAll.update(now, this.waitingAll);
    const byType = this.queueByType[type]!;
    if (byType !== this.queueAll) byType.update(now, this.waitingByType[type]!);
  }

  /**
   * Records an answer: the wait (since the contact entered its queue), whether it was within the type's
   * threshold, the serving group, the overflow step and the arrival interval.
   */
  onServiceStart(c: number, agent: number): void {
    const v = this.view;
    if (v.contactArrival(c) < this.warmup) return;
    const group = v.agentGroup(agent);
    const wait = v.now - v.contactQueuedAt(c);
    const type = v.contactType(c);
    // A same-contact retrial is tested on its wait over all its attempts.
    const within = wait + v.contactPriorWait(c) <= (this.thresholds[type] as number);
    this.tallies.answer(type * this.segments + v.contactSegment(c), wait, within);
    this.groupServed[group * ServedField.stride + ServedField.answered]!++;
    if (this.perAgent) this.agentServed[agent * ServedField.stride + ServedField.answered]!++;
    this.owners?.answered(c, type, agent);
    const steps = this.stepStart[type]!;
    if (steps >= 0) {
      const k = steps + 2 * v.contactOverflowStep(c);
      this.stepAnswered[k]!++;
      this.stepAnswered[k + 1]! += wait;
    }
    this.perInterval.answer(v.contactArrival(c), wait, within);
    if (this.detail !== null) this.detail.answer(type, v.contactArrival(c), wait, within);
  }

  /**
   * Counts the contact as served and records its handle time (its slices, the agent's group, the
   * agent with `perAgent`; a messaging session with `released` slots: its first turn's agent).
   */
  onServiceEnd(c: number, ender: number): void {
    const v = this.view;
    if (this.detail !== null) this.detail.serviceEnded(c, ender, this.warmup);
    if (v.contactArrival(c) < this.warmup) return;
    const type = v.contactType(c);
    const agent = this.owners === null ? ender : this.owners.ownerOf(c, type, ender);
    // Work done only: time suspended by calls (interruptions) is not handle time.
    const handle = v.now - v.contactServiceStart(c) - v.contactTimeAway(c);
    this.tallies.serve(type * this.segments + v.contactSegment(c), handle);
    AgentTally.serve(this.groupServed, v.agentGroup(agent) * ServedField.stride, handle);
    if (this.perAgent) {
      const o = agent * ServedField.stride;
      AgentTally.serve(this.agentServed, o, handle);
      if (v.contactOutcome(c) === ServiceOutcome.resolved) this.agentServed[o + ServedField.resolved]!++;
    }
  }

  /** Counts an abandon and its time to abandon (a short abandon within `shortAbandonThreshold`). */
  onAbandon(c: number): void {
    const v = this.view;
    if (!this.counted(c)) return;
    const wait = v.now - v.contactQueuedAt(c);
    const short = wait <= this.shortAbandon;
    this.tallies.abandon(this.classOf(c), wait, short);
    this.perInterval.abandon(v.contactArrival(c));
    if (this.detail !== null) this.detail.abandon(v.contactType(c), v.contactArrival(c), wait);
  }

  /** Counts a contact still waiting or in service when the run ended. */
  onUnfinished(c: number): void {
    const agent = this.view.contactAgent(c);
    // Stryker disable next-line ConditionalExpression: a contact still waiting (agent -1) has no group, so serviceEnded's busy index is NaN and the typed-array write is dropped
    if (this.detail !== null && agent >= 0) this.detail.serviceEnded(c, agent, this.warmup);
    if (!this.counted(c)) return;
    this.tallies.unfinish(this.classOf(c));
  }

  /** Updates the agent-time statistics (logged on, occupied, used) of the agent. */
  onAgentChange(agent: number): void {
    this.agents.change(agent);
    if (this.detail !== null) this.detail.agentChanged(agent);
  }

  /** Forgets agent time and queue lengths before the end of the warm-up. */
  onWarmupEnd(): void {
    const now = this.view.now;
    this.agents.restart(now);
    this.queueAll.reset(now);
    // Stryker disable next-line ConditionalExpression: resetting queueAll a second time at the same instant changes nothing (reset keeps the value, clears the rest)
    for (const q of this.queueByType) if (q !== this.queueAll) q.reset(now);
  }

  /** Closes the time-weighted statistics at the end of the run. */
  onEnd(): void {
    const now = this.view.now;
    this.agents.close(now, Math.min(now, this.grid.end));
    if (this.detail !== null) this.detail.close(Math.min(now, this.grid.end));
    this.queueAll.finalize(now);
    for (const q of this.queueByType) if (q !== this.queueAll) q.finalize(now);
  }

  /** The metrics of the run (call after the run ended). */
  result(): RunMetrics {
    const m = this.view.model;
    const agents = this.agents.summaries();
    const intervals: IntervalMetrics[] = [];
    const pi = this.perInterval;
    for (let k = 0; k < this.grid.binCount; k++) {
      const answered = pi.answered[k]!;
      const abandoned = pi.abandoned[k]!;
      const staffed = this.agents.staffedIn(k);
      intervals.push({
        start: this.grid.boundary(k),
        offered: pi.offered[k]!,
        answered,
        abandoned,
        serviceLevel: ratio(pi.within[k]!, answered + abandoned),
        asa: ratio(pi.waitSum[k]!, answered),
        abandonmentRate: ratio(abandoned, answered + abandoned),
        occupancy: ratio(this.agents.busyIn(k), staffed),
        agentsOnDuty: this.grid.intervalLength > 0 ? this.agents.meanStaffedIn(k) : 0,
      });
    }
    const tallies = this.tallies;
    return {
      overall: tallies.summary(tallies.overall),
      byContactType: m.contactTypes.map((t) => ({ name: t.name, ...tallies.summary(tallies.byType[t.id]!) })),
      byChannel: CHANNELS.map((name, i) => ({ name, ...tallies.summary(tallies.byChannel[i]!) })).filter((x) => x.offered > 0),
      bySegment: m.segments.map((s) => ({ name: s.name, ...tallies.summary(tallies.bySegment[s.id]!) })),
      agents: agents.all,
      byAgentGroup: agents.byGroup,
      bySite: agents.bySite,
      intervals,
      waitDistribution: tallies.waitDistribution(tallies.overall, WAIT_DISTRIBUTION_THRESHOLDS),
      afterHorizon: { offered: pi.offeredAfterEnd, answered: pi.answeredAfterEnd, abandoned: pi.abandonedAfterEnd },
      meanQueueLength: this.queueAll.mean(),
      meanQueueLengthByContactType: m.contactTypes.map((t) => ({ name: t.name, value: this.queueByType[t.id]!.mean() })),
      maxQueueLength: this.queueAll.max,
      overflow: this.overflowMetrics(),
      ...(this.perAgent ? { byAgent: this.agents.byAgent() } : {}),
      ...(this.detail !== null ? { detailed: this.detail.result(agents.byGroup) } : {}),
    };
  }

  private overflowMetrics(): OverflowMetrics[] {
    const m = this.view.model;
    const out: OverflowMetrics[] = [];
    for (const t of m.contactTypes) {
      if (t.overflow === null) continue;
      const start = this.stepStart[t.id]!;
      const answered = t.overflow.map((_, k) => this.stepAnswered[start + 2 * k]!);
      const waits = t.overflow.map((_, k) => this.stepAnswered[start + 2 * k + 1]!);
      let total = 0;
      for (const n of answered) total += n;
      out.push({
        name: t.name,
        steps: t.overflow.map((s, k) => ({
          step: k,
          after: s.after,
          groups: s.groups.map((g) => m.agentGroups[g]!.name),
          answered: answered[k]!,
          meanWait: ratio(waits[k]!, answered[k]!),
        })),
        overflowShare: ratio(total - answered[0]!, total),
      });
    }
    return out;
  }
}
