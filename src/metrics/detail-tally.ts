import type { ContactCenterView } from '../model/view';
import { ContactIntervals } from './contact-intervals';
import { ratio } from './contact-tally';
import type { DelayMetrics, DetailedMetrics, TypeIntervalMetrics } from './detail-result';
import { GroupIntervalTally } from './group-intervals';
import type { NamedAgentMetrics } from './result';
import type { IntervalGrid } from './stats/interval-grid';

/** Delay counters of one slice. */
class DelayTally {
  answeredOrAbandoned = 0;
  delayed = 0;
  answeredAfterDelay = 0;
  delayedWaitSum = 0;

  answer(wait: number): void {
    this.answeredOrAbandoned++;
    if (wait > 0) {
      this.delayed++;
      this.answeredAfterDelay++;
      this.delayedWaitSum += wait;
    }
  }

  abandon(wait: number): void {
    this.answeredOrAbandoned++;
    if (wait > 0) this.delayed++;
  }

  summary(): DelayMetrics {
    return {
      answeredOrAbandoned: this.answeredOrAbandoned,
      delayed: this.delayed,
      delayProbability: ratio(this.delayed, this.answeredOrAbandoned),
      answeredAfterDelay: this.answeredAfterDelay,
      meanDelayedWait: ratio(this.delayedWaitSum, this.answeredAfterDelay),
    };
  }
}

/**
 * The counters behind {@link DetailedMetrics}, filled by the metrics collector when asked for
 * (`metrics: { detailed: true }`): delays overall and per contact type, per contact type × interval
 * counts (by arrival time, like the run's `intervals`), service time per agent group × contact
 * type, and agents on duty and occupancy per agent group × interval (by time, like the run's
 * `intervals`). Contacts count when they arrived at or after the warm-up (the collector filters
 * them); service time counts by time, from the warm-up on, whoever the contact is.
 */
export class DetailTally {
  private readonly overall = new DelayTally();
  private readonly byType: readonly DelayTally[];
  private readonly typeIntervals: readonly ContactIntervals[];
  /** Seconds in service per (group × types + type), from the warm-up on. */
  private readonly busy: Float64Array;
  private readonly types: number;
  private readonly groupIntervals: GroupIntervalTally;

  constructor(
    private readonly view: ContactCenterView,
    private readonly grid: IntervalGrid,
  ) {
    const m = view.model;
    this.types = m.contactTypes.length;
    this.byType = m.contactTypes.map(() => new DelayTally());
    this.typeIntervals = m.contactTypes.map(() => new ContactIntervals(grid));
    this.busy = new Float64Array(m.agentGroups.length * this.types);
    this.groupIntervals = new GroupIntervalTally(view, grid);
  }

  /** Agent `agent`'s load or duty changed now. */
  agentChanged(agent: number): void {
    this.groupIntervals.change(agent);
  }

  /** The run ended; the interval statistics are closed at `end` (the run's end, or the grid's end if earlier). */
  close(end: number): void {
    this.groupIntervals.close(end);
  }

  /** A counted contact of `type` arrived. */
  offer(type: number, arrival: number): void {
    this.typeIntervals[type]!.offer(arrival);
  }

  /** A counted contact of `type` was answered after `wait`. */
  answer(type: number, arrival: number, wait: number, within: boolean): void {
    this.overall.answer(wait);
    this.byType[type]!.answer(wait);
    this.typeIntervals[type]!.answer(arrival, wait, within);
  }

  /** A counted contact of `type` abandoned after `wait`. */
  abandon(type: number, arrival: number, wait: number): void {
    this.overall.abandon(wait);
    this.byType[type]!.abandon(wait);
    this.typeIntervals[type]!.abandon(arrival);
  }

  /** Service of contact `c` by `agent` ended now (completed, or cut off at the end of the run): adds its time in service after `warmup`. */
  serviceEnded(c: number, agent: number, warmup: number): void {
    const v = this.view;
    // Time suspended by calls (interruptions) is the call's, not this contact's.
    const time = v.now - Math.max(v.contactServiceStart(c), warmup) - v.contactTimeAway(c);
    // Stryker disable next-line EqualityOperator: a time of exactly 0 adds 0 either way (also silences `<=`, which the tests kill)
    if (time > 0) this.busy[v.agentGroup(agent) * this.types + v.contactType(c)]! += time;
  }

  /**
   * The detailed metrics, with the groups' staffed hours from the agent metrics `byAgentGroup`
   * (one entry per agent group, in id order, as `RunMetrics.byAgentGroup`).
   */
  result(byAgentGroup: readonly NamedAgentMetrics[]): DetailedMetrics {
    const m = this.view.model;
    return {
      delays: this.overall.summary(),
      delaysByContactType: m.contactTypes.map((t) => ({ name: t.name, ...this.byType[t.id]!.summary() })),
      busyByAgentGroup: m.agentGroups.map((g) => {
        const staffedHours = byAgentGroup[g.id]!.staffedHours;
        return {
          name: g.name,
          staffedHours,
          byContactType: m.contactTypes.map((t) => {
            const busyHours = this.busy[g.id * this.types + t.id]! / 3600;
            return { name: t.name, busyHours, share: ratio(busyHours, staffedHours) };
          }),
        };
      }),
      byContactTypeAndInterval: m.contactTypes.map((t) => ({ name: t.name, intervals: this.intervalsOf(t.id) })),
      byAgentGroupAndInterval: m.agentGroups.map((g) => ({ name: g.name, intervals: this.groupIntervals.intervalsOf(g.id) })),
    };
  }

  private intervalsOf(type: number): TypeIntervalMetrics[] {
    const ci = this.typeIntervals[type]!;
    const out: TypeIntervalMetrics[] = [];
    for (let k = 0; k < this.grid.binCount; k++) {
      const answered = ci.answered[k]!;
      const abandoned = ci.abandoned[k]!;
      out.push({
        start: this.grid.boundary(k),
        offered: ci.offered[k]!,
        answered,
        abandoned,
        answeredWithinTarget: ci.within[k]!,
        serviceLevel: ratio(ci.within[k]!, answered + abandoned),
        asa: ratio(ci.waitSum[k]!, answered),
        abandonmentRate: ratio(abandoned, answered + abandoned),
      });
    }
    return out;
  }
}
