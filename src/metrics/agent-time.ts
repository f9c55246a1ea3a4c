import { CHANNEL_COUNT, VOICE } from '../model/channel';
import type { ContactCenterView } from '../model/view';

/**
 * Per-agent time accounting: time logged on, time occupied (holding at least one contact) and
 * capacity-time used, integrated between the agent's state changes from `start` (the end of the
 * warm-up) on. Memory is fixed: three numbers per agent.
 */
export class AgentTime {
  readonly staffed: Float64Array;
  readonly occupied: Float64Array;
  readonly used: Float64Array;
  /** Agents counted as logged on, and agents holding at least one contact, now. */
  staffedCount = 0;
  busyCount = 0;
  private readonly last: Float64Array;
  private readonly onDuty: Uint8Array;
  private readonly busy: Uint8Array;
  private readonly use: Float64Array;
  private readonly inverseCapacity: Float64Array;
  private start = 0;

  constructor(private readonly view: ContactCenterView) {
    const n = view.agentCount;
    this.staffed = new Float64Array(n);
    this.occupied = new Float64Array(n);
    this.used = new Float64Array(n);
    this.last = new Float64Array(n);
    this.onDuty = new Uint8Array(n);
    this.busy = new Uint8Array(n);
    this.use = new Float64Array(n);
    const groups = view.model.agentGroups;
    this.inverseCapacity = new Float64Array(groups.length * CHANNEL_COUNT);
    groups.forEach((g, gi) => {
      for (let ch = 0; ch < CHANNEL_COUNT; ch++) {
        const k = g.concurrency[ch] ?? 0;
        this.inverseCapacity[gi * CHANNEL_COUNT + ch] = k > 0 ? 1 / k : 0;
      }
    });
  }

  /** Starts counting at `now` (the end of the warm-up): time before it is forgotten. */
  restart(now: number): void {
    for (let a = 0; a < this.last.length; a++) this.accumulate(a, now);
    this.staffed.fill(0);
    this.occupied.fill(0);
    this.used.fill(0);
    this.start = now;
  }

  /** Integrates agent `a` up to `now`, then reads its new state from the view. */
  change(a: number, now: number): void {
    this.accumulate(a, now);
    const v = this.view;
    const load = v.agentLoad(a);
    const onDuty = load > 0 || v.agentAvailable(a) ? 1 : 0;
    const busy = load > 0 ? 1 : 0;
    this.staffedCount += onDuty - (this.onDuty[a] as number);
    this.busyCount += busy - (this.busy[a] as number);
    this.onDuty[a] = onDuty;
    this.busy[a] = busy;
    if (load === 0) {
      this.use[a] = 0;
    } else if (v.agentLoad(a, VOICE) > 0) {
      this.use[a] = 1;
    } else {
      const g = v.agentGroup(a);
      let u = 0;
      for (let ch = 0; ch < CHANNEL_COUNT; ch++) u += v.agentLoad(a, ch) * (this.inverseCapacity[g * CHANNEL_COUNT + ch] as number);
      this.use[a] = Math.min(1, u);
    }
  }

  /** Integrates every agent up to `now`. */
  close(now: number): void {
    for (let a = 0; a < this.last.length; a++) this.accumulate(a, now);
  }

  private accumulate(a: number, now: number): void {
    const from = Math.max(this.last[a] as number, this.start);
    const dt = now - from;
    this.last[a] = now;
    if (dt <= 0 || this.onDuty[a] === 0) return;
    this.staffed[a]! += dt;
    if (this.busy[a] === 1) {
      this.occupied[a]! += dt;
      this.used[a]! += dt * (this.use[a] as number);
    }
  }
}
