import type { ContactCenterView } from '../model/view';
import { ratio } from './contact-tally';
import type { GroupIntervalMetrics } from './detail-result';
import type { IntervalGrid } from './stats/interval-grid';
import { IntervalTimeWeighted } from './stats/interval-time-weighted';

/**
 * Agents on duty and busy per agent group and reporting interval (part of the detailed metrics):
 * the per-group split of the run's `intervals[k].agentsOnDuty` and `intervals[k].occupancy`, with
 * the same definitions, so that the groups' agent-seconds add up to the run's. An agent is on duty
 * when logged on and available or holding a contact, and busy when holding a contact (in service
 * or wrap-up), as in `AgentTime.change`.
 */
export class GroupIntervalTally {
  private readonly staffed: readonly IntervalTimeWeighted[];
  private readonly busy: readonly IntervalTimeWeighted[];
  private readonly staffedNow: Int32Array;
  private readonly busyNow: Int32Array;
  private readonly onDuty: Uint8Array;
  private readonly holding: Uint8Array;
  private readonly gridEnd: number;

  constructor(
    private readonly view: ContactCenterView,
    private readonly grid: IntervalGrid,
  ) {
    const groups = view.model.agentGroups.length;
    this.staffed = Array.from({ length: groups }, () => new IntervalTimeWeighted(grid, 0, 0));
    this.busy = Array.from({ length: groups }, () => new IntervalTimeWeighted(grid, 0, 0));
    this.staffedNow = new Int32Array(groups);
    this.busyNow = new Int32Array(groups);
    this.onDuty = new Uint8Array(view.agentCount);
    this.holding = new Uint8Array(view.agentCount);
    this.gridEnd = grid.end;
  }

  /** Agent `a`'s load or duty changed now. */
  change(a: number): void {
    const v = this.view;
    const load = v.agentLoad(a);
    const onDuty = load > 0 || v.agentAvailable(a) ? 1 : 0;
    const busy = load > 0 ? 1 : 0;
    const g = v.agentGroup(a);
    const now = v.now;
    if (onDuty !== this.onDuty[a]) {
      this.onDuty[a] = onDuty;
      this.staffedNow[g]! += onDuty === 1 ? 1 : -1;
      if (now < this.gridEnd) this.staffed[g]!.update(now, this.staffedNow[g]!);
    }
    if (busy !== this.holding[a]) {
      this.holding[a] = busy;
      this.busyNow[g]! += busy === 1 ? 1 : -1;
      if (now < this.gridEnd) this.busy[g]!.update(now, this.busyNow[g]!);
    }
  }

  /** Closes the interval statistics at `end` (the run's end, or the grid's end if earlier). */
  close(end: number): void {
    for (const s of this.staffed) s.finalize(Math.max(end, s.lastTime));
    for (const b of this.busy) b.finalize(Math.max(end, b.lastTime));
  }

  /** Group `g`'s intervals, one per reporting interval from time 0. */
  intervalsOf(g: number): GroupIntervalMetrics[] {
    const staffed = this.staffed[g]!;
    const busy = this.busy[g]!;
    const out: GroupIntervalMetrics[] = [];
    for (let k = 0; k < this.grid.binCount; k++) {
      out.push({
        start: this.grid.boundary(k),
        agentsOnDuty: staffed.mean(k),
        occupancy: ratio(busy.integral(k), staffed.integral(k)),
      });
    }
    return out;
  }
}
