import { CHANNELS } from '../model/channel';
import type { ContactCenterObserver } from '../model/observer';
import type { ContactCenterView } from '../model/view';
import { AgentTime } from './agent-time';
import { ContactIntervals } from './contact-intervals';
import { ContactTally, ratio } from './contact-tally';
import { WAIT_DISTRIBUTION_THRESHOLDS, type AgentMetrics, type IntervalMetrics, type NamedAgentMetrics, type OverflowMetrics, type RunMetrics } from './result';
import { contactSlices } from './slices';
import { IntervalGrid } from './stats/interval-grid';
import { IntervalTimeWeighted } from './stats/interval-time-weighted';
import { RunningStats } from './stats/running-stats';
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
   * Also report every agent's own metrics (`byAgent`, named `<group>#<k>`); off by default
   * because the list grows with the number of agents.
   * @default false
   */
  perAgent?: boolean;
}

/**
 * The standard metrics observer: contact metrics overall and per contact type, channel, segment
 * and interval; agent metrics per group, site and overall; queue lengths. It only listens.
 * Contacts count when they arrive at or after the warm-up; agent time counts from the warm-up on.
 * Memory does not grow with the number of contacts.
 */
export class MetricsCollector implements ContactCenterObserver {
  private view!: ContactCenterView;
  private overall!: ContactTally;
  private byType!: readonly ContactTally[];
  private byChannel!: readonly ContactTally[];
  private bySegment!: readonly ContactTally[];
  /** The distinct tallies of each (type, segment) class (see {@link contactSlices}). */
  private byClass!: readonly (readonly ContactTally[])[];
  private segments = 1;
  private groupAnswered!: Float64Array;
  /** Handle times per group; with a single group, the overall slice's (same contacts, same order). */
  private groupHandle!: RunningStats[];
  private agentTime!: AgentTime;
  private queueAll!: TimeWeightedStats;
  /** Queue length per type; with a single type, `queueAll` itself (the same updates). */
  private queueByType!: TimeWeightedStats[];
  private waitingAll = 0;
  private waitingByType!: Int32Array;
  private grid!: IntervalGrid;
  private gridEnd = 0;
  private perInterval!: ContactIntervals;
  private iStaffed!: IntervalTimeWeighted;
  private iBusy!: IntervalTimeWeighted;
  private staffedNow = 0;
  private busyNow = 0;
  private warmup = 0;
  private thresholds!: Float64Array;
  /** Per contact type and overflow step: answered count and wait sum. */
  private stepAnswered: Float64Array[] = [];
  private stepWait: Float64Array[] = [];
  private readonly shortAbandon: number;
  private readonly accuracy: number;
  private readonly perAgent: boolean;
  private agentAnswered!: Float64Array;
  private agentHandle: RunningStats[] = [];

  constructor(options: MetricsOptions = {}) {
    this.shortAbandon = options.shortAbandonThreshold ?? 5;
    this.accuracy = options.percentileAccuracy ?? 0.01;
    this.perAgent = options.perAgent ?? false;
  }

  attach(view: ContactCenterView): void {
    const m = view.model;
    this.view = view;
    this.warmup = m.warmup;
    const slices = contactSlices(m, () => new ContactTally(this.accuracy));
    this.overall = slices.overall;
    this.byType = slices.byType;
    this.byChannel = slices.byChannel;
    this.bySegment = slices.bySegment;
    this.byClass = slices.byClass;
    this.segments = m.segments.length;
    this.groupAnswered = new Float64Array(m.agentGroups.length);
    this.groupHandle = m.agentGroups.length === 1 ? [this.overall.handle] : m.agentGroups.map(() => new RunningStats());
    this.agentTime = new AgentTime(view);
    this.queueAll = new TimeWeightedStats(0, 0);
    this.queueByType = m.contactTypes.length === 1 ? [this.queueAll] : m.contactTypes.map(() => new TimeWeightedStats(0, 0));
    this.waitingByType = new Int32Array(m.contactTypes.length);
    this.grid = IntervalGrid.covering(m.horizon, m.intervalLength);
    this.gridEnd = this.grid.end;
    this.perInterval = new ContactIntervals(this.grid);
    this.iStaffed = new IntervalTimeWeighted(this.grid, 0, 0);
    this.iBusy = new IntervalTimeWeighted(this.grid, 0, 0);
    this.thresholds = Float64Array.from(m.contactTypes, (t) => t.serviceLevel.threshold);
    this.stepAnswered = m.contactTypes.map((t) => new Float64Array(t.overflow?.length ?? 1));
    this.stepWait = m.contactTypes.map((t) => new Float64Array(t.overflow?.length ?? 1));
    if (this.perAgent) {
      this.agentAnswered = new Float64Array(view.agentCount);
      this.agentHandle = Array.from({ length: view.agentCount }, () => new RunningStats());
    }
  }

  private counted(c: number): boolean {
    return this.view.contactArrival(c) >= this.warmup;
  }

  /** The distinct tallies of the slices a contact belongs to (overall, type, channel, segment). */
  private slicesOf(c: number): readonly ContactTally[] {
    const v = this.view;
    return this.byClass[v.contactType(c) * this.segments + v.contactSegment(c)]!;
  }

  onArrival(c: number): void {
    const arrival = this.view.contactArrival(c);
    if (arrival < this.warmup) return;
    const slices = this.slicesOf(c);
    for (let i = 0; i < slices.length; i++) slices[i]!.offered++;
    this.perInterval.offer(arrival);
  }

  onBlocked(c: number): void {
    if (!this.counted(c)) return;
    const slices = this.slicesOf(c);
    for (let i = 0; i < slices.length; i++) slices[i]!.blocked++;
  }

  onQueued(c: number): void {
    this.changeQueue(this.view.contactType(c), 1);
  }

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

  onServiceStart(c: number, agent: number): void {
    const v = this.view;
    if (!this.counted(c)) return;
    const group = v.agentGroup(agent);
    const wait = v.now - v.contactQueuedAt(c);
    const type = v.contactType(c);
    const within = wait <= (this.thresholds[type] as number);
    const slices = this.byClass[type * this.segments + v.contactSegment(c)]!;
    for (let i = 0; i < slices.length; i++) slices[i]!.answer(wait, within);
    this.groupAnswered[group]!++;
    const step = v.contactOverflowStep(c);
    this.stepAnswered[type]![step]!++;
    this.stepWait[type]![step]! += wait;
    if (this.perAgent) this.agentAnswered[agent]!++;
    this.perInterval.answer(v.contactArrival(c), wait, within);
  }

  onServiceEnd(c: number, agent: number): void {
    const v = this.view;
    if (!this.counted(c)) return;
    const handle = v.now - v.contactServiceStart(c);
    const slices = this.slicesOf(c);
    for (let i = 0; i < slices.length; i++) {
      const t = slices[i]!;
      t.served++;
      t.handle.add(handle);
    }
    const groupHandle = this.groupHandle[v.agentGroup(agent)]!;
    if (groupHandle !== this.overall.handle) groupHandle.add(handle);
    if (this.perAgent) this.agentHandle[agent]!.add(handle);
  }

  onAbandon(c: number): void {
    const v = this.view;
    if (!this.counted(c)) return;
    const wait = v.now - v.contactQueuedAt(c);
    const short = wait <= this.shortAbandon;
    const slices = this.slicesOf(c);
    for (let i = 0; i < slices.length; i++) slices[i]!.abandon(wait, short);
    this.perInterval.abandon(v.contactArrival(c));
  }

  onUnfinished(c: number): void {
    if (!this.counted(c)) return;
    const slices = this.slicesOf(c);
    for (let i = 0; i < slices.length; i++) slices[i]!.unfinished++;
  }

  onAgentChange(agent: number): void {
    const v = this.view;
    const now = v.now;
    const at = this.agentTime;
    at.change(agent, now);
    // The agents logged on and busy now, per interval (the counts change by at most one).
    if (at.staffedCount !== this.staffedNow) {
      this.staffedNow = at.staffedCount;
      if (now < this.gridEnd) this.iStaffed.update(now, this.staffedNow);
    }
    if (at.busyCount !== this.busyNow) {
      this.busyNow = at.busyCount;
      if (now < this.gridEnd) this.iBusy.update(now, this.busyNow);
    }
  }

  onWarmupEnd(): void {
    const now = this.view.now;
    this.agentTime.restart(now);
    this.queueAll.reset(now);
    for (const q of this.queueByType) if (q !== this.queueAll) q.reset(now);
  }

  onEnd(): void {
    const now = this.view.now;
    this.agentTime.close(now);
    this.queueAll.finalize(now);
    for (const q of this.queueByType) if (q !== this.queueAll) q.finalize(now);
    const end = Math.min(now, this.grid.end);
    this.iStaffed.finalize(Math.max(end, this.iStaffed.lastTime));
    this.iBusy.finalize(Math.max(end, this.iBusy.lastTime));
  }

  /** The metrics of the run (call after the run ended). */
  result(): RunMetrics {
    const m = this.view.model;
    const groupMetrics = m.agentGroups.map((g) => {
      const agents = agentsOf(this.view, g.id);
      return { name: g.name, ...this.agentMetrics(agents, [g.id]) };
    });
    const bySite: NamedAgentMetrics[] = m.sites.map((s) => {
      const groups = m.agentGroups.filter((g) => g.site === s.id).map((g) => g.id);
      const agents = groups.flatMap((g) => agentsOf(this.view, g));
      return { name: s.name, ...this.agentMetrics(agents, groups) };
    });
    const all = m.agentGroups.map((g) => g.id);
    const intervals: IntervalMetrics[] = [];
    const pi = this.perInterval;
    for (let k = 0; k < this.grid.binCount; k++) {
      const answered = pi.answered[k]!;
      const abandoned = pi.abandoned[k]!;
      const staffed = this.iStaffed.integral(k);
      intervals.push({
        start: this.grid.boundary(k),
        offered: pi.offered[k]!,
        answered,
        abandoned,
        serviceLevel: ratio(pi.within[k]!, answered + abandoned),
        asa: ratio(pi.waitSum[k]!, answered),
        abandonmentRate: ratio(abandoned, answered + abandoned),
        occupancy: ratio(this.iBusy.integral(k), staffed),
        agentsOnDuty: this.grid.intervalLength > 0 ? this.iStaffed.mean(k) : 0,
      });
    }
    return {
      overall: this.overall.summary(),
      byContactType: m.contactTypes.map((t) => ({ name: t.name, ...this.byType[t.id]!.summary() })),
      byChannel: CHANNELS.map((name, i) => ({ name, ...this.byChannel[i]!.summary() })).filter((x) => x.offered > 0),
      bySegment: m.segments.map((s) => ({ name: s.name, ...this.bySegment[s.id]!.summary() })),
      agents: this.agentMetrics(all.flatMap((g) => agentsOf(this.view, g)), all),
      byAgentGroup: groupMetrics,
      bySite,
      intervals,
      waitDistribution: this.overall.waitDistribution(WAIT_DISTRIBUTION_THRESHOLDS),
      afterHorizon: { offered: pi.offeredAfterEnd, answered: pi.answeredAfterEnd, abandoned: pi.abandonedAfterEnd },
      meanQueueLength: this.queueAll.mean(),
      meanQueueLengthByContactType: m.contactTypes.map((t) => ({ name: t.name, value: this.queueByType[t.id]!.mean() })),
      maxQueueLength: this.queueAll.max,
      overflow: this.overflowMetrics(),
      ...(this.perAgent ? { byAgent: this.byAgent() } : {}),
    };
  }

  private overflowMetrics(): OverflowMetrics[] {
    const m = this.view.model;
    const out: OverflowMetrics[] = [];
    for (const t of m.contactTypes) {
      if (t.overflow === null) continue;
      const answered = this.stepAnswered[t.id]!;
      const waits = this.stepWait[t.id]!;
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

  private byAgent(): NamedAgentMetrics[] {
    const v = this.view;
    const at = this.agentTime;
    const seen = new Int32Array(v.model.agentGroups.length);
    const out: NamedAgentMetrics[] = [];
    for (let a = 0; a < v.agentCount; a++) {
      const g = v.agentGroup(a);
      const staffed = at.staffed[a] as number;
      const handle = this.agentHandle[a]!;
      out.push({
        name: `${v.model.agentGroups[g]!.name}#${seen[g]!++}`,
        staffedHours: staffed / 3600,
        occupancy: ratio(at.occupied[a] as number, staffed),
        utilization: ratio(at.used[a] as number, staffed),
        answered: this.agentAnswered[a] as number,
        served: handle.count,
        meanHandleTime: handle.count === 0 ? null : handle.mean,
      });
    }
    return out;
  }

  private agentMetrics(agents: readonly number[], groups: readonly number[]): AgentMetrics {
    const at = this.agentTime;
    let staffed = 0;
    let occupied = 0;
    let used = 0;
    for (const a of agents) {
      staffed += at.staffed[a] as number;
      occupied += at.occupied[a] as number;
      used += at.used[a] as number;
    }
    let answered = 0;
    const handle = new RunningStats();
    for (const g of groups) {
      answered += this.groupAnswered[g] as number;
      handle.merge(this.groupHandle[g]!);
    }
    return {
      staffedHours: staffed / 3600,
      occupancy: ratio(occupied, staffed),
      utilization: ratio(used, staffed),
      answered,
      served: handle.count,
      meanHandleTime: handle.count === 0 ? null : handle.mean,
    };
  }
}

function agentsOf(view: ContactCenterView, group: number): number[] {
  const out: number[] = [];
  for (let a = 0; a < view.agentCount; a++) if (view.agentGroup(a) === group) out.push(a);
  return out;
}
