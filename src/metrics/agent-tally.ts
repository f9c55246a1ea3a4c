import type { ContactCenterView } from '../model/view';
import { AgentTime } from './agent-time';
import { ratio } from './contact-tally';
import type { AgentMetrics, IndividualAgentMetrics, NamedAgentMetrics } from './result';
import type { IntervalGrid } from './stats/interval-grid';
import { IntervalTimeWeighted } from './stats/interval-time-weighted';
import { RunningStats } from './stats/running-stats';

/**
 * The agent side of the standard metrics: time logged on, occupied and used per agent
 * ({@link AgentTime}), the agents on duty and busy per interval, and the contacts answered and
 * handle times per group (and per agent when asked), summed per group, site and overall.
 */
export class AgentTally {
  private readonly time: AgentTime;
  private readonly iStaffed: IntervalTimeWeighted;
  private readonly iBusy: IntervalTimeWeighted;
  private readonly gridEnd: number;
  private staffedNow = 0;
  private busyNow = 0;
  /**
   * Contacts answered per group. The counters and handle times below are filled by the caller on
   * its hot path (see `MetricsCollector.onServiceStart`); this class sums them.
   */
  readonly groupAnswered: Float64Array;
  /** Handle times per group; with a single group, `overallHandle` itself (same contacts, same order). */
  readonly groupHandle: readonly RunningStats[];
  /** Contacts answered per agent (empty unless `perAgent`). */
  readonly agentAnswered: Float64Array;
  /** Handle times per agent (empty unless `perAgent`). */
  readonly agentHandle: readonly RunningStats[];
  /** Services that resolved the issue, per agent (empty unless `perAgent`). */
  readonly agentResolved: Float64Array;

  /**
   * @param overallHandle the handle times of all contacts, kept by the caller (a single group
   *   shares it rather than adding every handle time twice)
   * @param perAgent also keep every agent's answered count and handle times
   */
  constructor(
    private readonly view: ContactCenterView,
    grid: IntervalGrid,
    overallHandle: RunningStats,
    readonly perAgent: boolean,
  ) {
    const groups = view.model.agentGroups.length;
    this.time = new AgentTime(view);
    this.iStaffed = new IntervalTimeWeighted(grid, 0, 0);
    this.iBusy = new IntervalTimeWeighted(grid, 0, 0);
    this.gridEnd = grid.end;
    this.groupAnswered = new Float64Array(groups);
    this.groupHandle = groups === 1 ? [overallHandle] : Array.from({ length: groups }, () => new RunningStats());
    this.agentAnswered = new Float64Array(perAgent ? view.agentCount : 0);
    this.agentHandle = perAgent ? Array.from({ length: view.agentCount }, () => new RunningStats()) : [];
    this.agentResolved = new Float64Array(perAgent ? view.agentCount : 0);
  }

  /** The agent's load or duty changed now. */
  change(agent: number): void {
    const now = this.view.now;
    const at = this.time;
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

  /** The warm-up ended now: time before it is forgotten. */
  restart(now: number): void {
    this.time.restart(now);
  }

  /** The run ended at `now`; the interval statistics are closed at `end` (`now`, or the grid's end if earlier). */
  close(now: number, end: number): void {
    this.time.close(now);
    this.iStaffed.finalize(Math.max(end, this.iStaffed.lastTime));
    this.iBusy.finalize(Math.max(end, this.iBusy.lastTime));
  }

  /** Agent-seconds logged on in interval `k`. */
  staffedIn(k: number): number {
    return this.iStaffed.integral(k);
  }

  /** Agent-seconds busy in interval `k`. */
  busyIn(k: number): number {
    return this.iBusy.integral(k);
  }

  /** Mean number of agents logged on in interval `k`. */
  meanStaffedIn(k: number): number {
    return this.iStaffed.mean(k);
  }

  /** Metrics of all agents, per group and per site. */
  summaries(): { all: AgentMetrics; byGroup: NamedAgentMetrics[]; bySite: NamedAgentMetrics[] } {
    const m = this.view.model;
    const byGroup = m.agentGroups.map((g) => ({ name: g.name, ...this.metricsOf(this.agentsOf(g.id), [g.id]) }));
    const bySite = m.sites.map((s) => {
      const groups = m.agentGroups.filter((g) => g.site === s.id).map((g) => g.id);
      return { name: s.name, ...this.metricsOf(groups.flatMap((g) => this.agentsOf(g)), groups) };
    });
    const all = m.agentGroups.map((g) => g.id);
    return { all: this.metricsOf(all.flatMap((g) => this.agentsOf(g)), all), byGroup, bySite };
  }

  /**
   * Every agent's own metrics (only with `perAgent`), named as the group's `individuals` list names
   * them, else `<group>#<k>` (k: the agent's index in its group).
   */
  byAgent(): IndividualAgentMetrics[] {
    const v = this.view;
    const at = this.time;
    const groups = v.model.agentGroups;
    const seen = new Int32Array(groups.length);
    const out: IndividualAgentMetrics[] = [];
    for (let a = 0; a < v.agentCount; a++) {
      const g = groups[v.agentGroup(a)]!;
      const k = seen[g.id]!++;
      const staffed = at.staffed[a] as number;
      const handle = this.agentHandle[a]!;
      const resolved = this.agentResolved[a] as number;
      out.push({
        name: g.individuals?.agents[k]?.name ?? `${g.name}#${k}`,
        group: g.name,
        staffedHours: staffed / 3600,
        occupancy: ratio(at.occupied[a] as number, staffed),
        utilization: ratio(at.used[a] as number, staffed),
        answered: this.agentAnswered[a] as number,
        served: handle.count,
        meanHandleTime: handle.count === 0 ? null : handle.mean,
        resolved,
        resolutionRate: handle.count === 0 ? null : resolved / handle.count,
      });
    }
    return out;
  }

  private metricsOf(agents: readonly number[], groups: readonly number[]): AgentMetrics {
    const at = this.time;
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

  private agentsOf(group: number): number[] {
    const out: number[] = [];
    for (let a = 0; a < this.view.agentCount; a++) if (this.view.agentGroup(a) === group) out.push(a);
    return out;
  }
}
