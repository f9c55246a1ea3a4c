import type { ContactCenterView } from '../model/view';
import { AgentTime } from './agent-time';
import { ratio } from './contact-tally';
import type { AgentMetrics, IndividualAgentMetrics, NamedAgentMetrics } from './result';
import type { IntervalGrid } from './stats/interval-grid';
import { IntervalTimeWeighted } from './stats/interval-time-weighted';

/**
 * The fields of an agent group's or an agent's record in {@link AgentTally.groupServed} and
 * {@link AgentTally.agentServed}: record `i`'s field `f` is at `i * ServedField.stride + f`
 * (an `enum`: esbuild inlines its members).
 */
export enum ServedField {
  /** Contacts answered. */
  answered = 0,
  /** Contacts served (the handle times' count). */
  served = 1,
  /** Mean handle time, Welford's running mean (as `RunningStats.add`; 0 when none served). */
  handleMean = 2,
  /** Services that resolved the issue (agents only). */
  resolved = 3,
  /** Numbers per record (32 bytes). */
  stride = 4,
}

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
   * Contacts answered and served and the mean handle time per group, one {@link ServedField}
   * record each. Filled by the caller on its hot path (see `MetricsCollector.onServiceStart`, and
   * {@link AgentTally.serve}); this class sums them.
   */
  readonly groupServed: Float64Array;
  /** The same per agent, with the services that resolved the issue (empty unless `perAgent`). */
  readonly agentServed: Float64Array;

  /**
   * @param perAgent also keep every agent's answered count and handle times
   */
  constructor(
    private readonly view: ContactCenterView,
    grid: IntervalGrid,
    readonly perAgent: boolean,
  ) {
    const groups = view.model.agentGroups.length;
    this.time = new AgentTime(view);
    this.iStaffed = new IntervalTimeWeighted(grid, 0, 0);
    this.iBusy = new IntervalTimeWeighted(grid, 0, 0);
    this.gridEnd = grid.end;
    this.groupServed = new Float64Array(groups * ServedField.stride);
    this.agentServed = new Float64Array((perAgent ? view.agentCount : 0) * ServedField.stride);
  }

  /**
   * Counts a served contact with handle time `handle` in the record at offset `o` of `records`
   * (`groupServed` or `agentServed`): the count and Welford's running mean, as `RunningStats.add`.
   */
  static serve(records: Float64Array, o: number, handle: number): void {
    const n = records[o + ServedField.served]! + 1;
    records[o + ServedField.served] = n;
    const mean = records[o + ServedField.handleMean]!;
    records[o + ServedField.handleMean] = mean + (handle - mean) / n;
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
      const staffed = at.staffed(a);
      const o = a * ServedField.stride;
      const r = this.agentServed;
      const served = r[o + ServedField.served]!;
      const resolved = r[o + ServedField.resolved]!;
      out.push({
        name: g.individuals?.agents[k]?.name ?? `${g.name}#${k}`,
        group: g.name,
        staffedHours: staffed / 3600,
        occupancy: ratio(at.occupied(a), staffed),
        utilization: ratio(at.used(a), staffed),
        answered: r[o + ServedField.answered]!,
        served,
        meanHandleTime: served === 0 ? null : r[o + ServedField.handleMean]!,
        resolved,
        resolutionRate: served === 0 ? null : resolved / served,
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
      staffed += at.staffed(a);
      occupied += at.occupied(a);
      used += at.used(a);
    }
    let answered = 0;
    // The groups' handle times merged as `RunningStats.merge` merges count and mean (Chan et al.).
    let served = 0;
    let mean = 0;
    const r = this.groupServed;
    for (const g of groups) {
      const o = g * ServedField.stride;
      answered += r[o + ServedField.answered]!;
      const nb = r[o + ServedField.served]!;
      if (nb === 0) continue;
      const mb = r[o + ServedField.handleMean]!;
      if (served === 0) {
        served = nb;
        mean = mb;
      } else {
        const n = served + nb;
        mean += ((mb - mean) * nb) / n;
        served = n;
      }
    }
    return {
      staffedHours: staffed / 3600,
      occupancy: ratio(occupied, staffed),
      utilization: ratio(used, staffed),
      answered,
      served,
      meanHandleTime: served === 0 ? null : mean,
    };
  }

  private agentsOf(group: number): number[] {
    const out: number[] = [];
    for (let a = 0; a < this.view.agentCount; a++) if (this.view.agentGroup(a) === group) out.push(a);
    return out;
  }
}
