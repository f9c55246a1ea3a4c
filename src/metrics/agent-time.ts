import { CHANNEL_COUNT, VOICE } from '../model/channel';
import type { ContactCenterView } from '../model/view';

/** Numbers per agent record of `AgentTime` (one cache line), and the place of each in the record. */
const STRIDE = 8;
const STAFFED = 0;
const OCCUPIED = 1;
const USED = 2;
/** Time of the agent's last change (integrated up to there). */
const LAST = 3;
/** Capacity used now, in [0, 1]. */
const USE = 4;
/** 1 while counted as logged on. */
const ON_DUTY = 5;
/** 1 while holding at least one contact. */
const BUSY = 6;

/**
 * Per-agent time accounting: time logged on, time occupied (holding at least one contact) and
 * capacity-time used, integrated between the agent's state changes from `start` (the end of the
 * warm-up) on. Memory is fixed: one record of eight numbers per agent, the three totals and the
 * state they integrate side by side, so that an agent's change touches one cache line (seven
 * parallel arrays before: seven lines per change in a center too large for the caches).
 */
export class AgentTime {
  /** Agents counted as logged on, and agents holding at least one contact, now. */
  staffedCount = 0;
  busyCount = 0;
  private readonly rows: Float64Array;
  private readonly agents: number;
  private readonly inverseCapacity: Float64Array;
  private start = 0;

  constructor(private readonly view: ContactCenterView) {
    const n = view.agentCount;
    this.agents = n;
    this.rows = new Float64Array(n * STRIDE);
    const groups = view.model.agentGroups;
    this.inverseCapacity = new Float64Array(groups.length * CHANNEL_COUNT);
    groups.forEach((g, gi) => {
      for (let ch = 0; ch < CHANNEL_COUNT; ch++) {
        const k = g.concurrency[ch] ?? 0;
        this.inverseCapacity[gi * CHANNEL_COUNT + ch] = k > 0 ? 1 / k : 0;
      }
    });
  }

  /** Seconds agent `a` was logged on. */
  staffed(a: number): number {
    return this.rows[a * STRIDE + STAFFED] as number;
  }

  /** Seconds agent `a` held at least one contact. */
  occupied(a: number): number {
    return this.rows[a * STRIDE + OCCUPIED] as number;
  }

  /** Capacity-seconds agent `a` used (a call, or its share of its concurrency limits). */
  used(a: number): number {
    return this.rows[a * STRIDE + USED] as number;
  }

  /** Starts counting at `now` (the end of the warm-up): time before it is forgotten. */
  restart(now: number): void {
    for (let a = 0; a < this.agents; a++) {
      this.accumulate(a, now);
      this.rows.fill(0, a * STRIDE + STAFFED, a * STRIDE + USED + 1);
    }
    this.start = now;
  }

  /** Integrates agent `a` up to `now`, then reads its new state from the view. */
  change(a: number, now: number): void {
    this.accumulate(a, now);
    const v = this.view;
    const load = v.agentLoad(a);
    const onDuty = load > 0 || v.agentAvailable(a) ? 1 : 0;
    const busy = load > 0 ? 1 : 0;
    const rows = this.rows;
    const r = a * STRIDE;
    this.staffedCount += onDuty - (rows[r + ON_DUTY] as number);
    this.busyCount += busy - (rows[r + BUSY] as number);
    rows[r + ON_DUTY] = onDuty;
    rows[r + BUSY] = busy;
    if (load === 0) {
      rows[r + USE] = 0;
    } else if (v.agentLoad(a, VOICE) > 0) {
      rows[r + USE] = 1;
    } else {
      const g = v.agentGroup(a);
      let u = 0;
      for (let ch = 0; ch < CHANNEL_COUNT; ch++) u += v.agentLoad(a, ch) * (this.inverseCapacity[g * CHANNEL_COUNT + ch] as number);
      rows[r + USE] = Math.min(1, u);
    }
  }

  /** Integrates every agent up to `now`. */
  close(now: number): void {
    for (let a = 0; a < this.agents; a++) this.accumulate(a, now);
  }

  private accumulate(a: number, now: number): void {
    const rows = this.rows;
    const r = a * STRIDE;
    const from = Math.max(rows[r + LAST] as number, this.start);
    const dt = now - from;
    rows[r + LAST] = now;
    if (dt <= 0 || rows[r + ON_DUTY] === 0) return;
    rows[r + STAFFED]! += dt;
    if (rows[r + BUSY] === 1) {
      rows[r + OCCUPIED]! += dt;
      rows[r + USED]! += dt * (rows[r + USE] as number);
    }
  }
}
