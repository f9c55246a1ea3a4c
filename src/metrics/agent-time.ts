import { CHANNEL_COUNT, VOICE } from '../model/channel';
import type { ContactCenterView } from '../model/view';

/**
 * The floating-point fields of an agent's record in `AgentTime`: agent `a`'s field `f` is
 * `reals[a * AgentTimeReal.stride + f]` (an `enum`: esbuild inlines its members). A record is
 * 64 bytes, these five numbers then the two {@link AgentTimeInt} fields: one cache line per change.
 */
export enum AgentTimeReal {
  /** Time logged on, occupied, and capacity-time used, since the warm-up. */
  staffed = 0,
  occupied = 1,
  used = 2,
  /** When the agent was last integrated. */
  last = 3,
  /** Capacity in use now (0 to 1). */
  use = 4,
  /** Numbers of `reals` per record. */
  stride = 8,
}

/** The integer fields of an agent's record: agent `a`'s field `f` is `ints[a * AgentTimeInt.stride + f]`. */
export enum AgentTimeInt {
  /** 1 when counted as logged on now. */
  onDuty = 12,
  /** 1 when holding at least one contact now. */
  busy = 13,
  /** Numbers of `ints` per record. */
  stride = 16,
}

/**
 * Per-agent time accounting: time logged on, time occupied (holding at least one contact) and
 * capacity-time used, integrated between the agent's state changes from `start` (the end of the
 * warm-up) on. Memory is fixed: one 64-byte record per agent (one buffer seen as a
 * `Float64Array` and an `Int32Array`).
 */
export class AgentTime {
  /** Agents counted as logged on, and agents holding at least one contact, now. */
  staffedCount = 0;
  busyCount = 0;
  private readonly reals: Float64Array;
  private readonly ints: Int32Array;
  private readonly agents: number;
  private readonly inverseCapacity: Float64Array;
  private start = 0;

  constructor(private readonly view: ContactCenterView) {
    const n = view.agentCount;
    this.agents = n;
    this.reals = new Float64Array(n * AgentTimeReal.stride);
    this.ints = new Int32Array(this.reals.buffer);
    const groups = view.model.agentGroups;
    this.inverseCapacity = new Float64Array(groups.length * CHANNEL_COUNT);
    groups.forEach((g, gi) => {
      for (let ch = 0; ch < CHANNEL_COUNT; ch++) {
        const k = g.concurrency[ch] ?? 0;
        this.inverseCapacity[gi * CHANNEL_COUNT + ch] = k > 0 ? 1 / k : 0;
      }
    });
  }

  /** Time agent `a` was logged on since the warm-up (up to its last change, or the close). */
  staffed(a: number): number {
    return this.reals[a * AgentTimeReal.stride + AgentTimeReal.staffed]!;
  }

  /** Time agent `a` held at least one contact since the warm-up. */
  occupied(a: number): number {
    return this.reals[a * AgentTimeReal.stride + AgentTimeReal.occupied]!;
  }

  /** Capacity-time agent `a` used since the warm-up. */
  used(a: number): number {
    return this.reals[a * AgentTimeReal.stride + AgentTimeReal.used]!;
  }

  /** Starts counting at `now` (the end of the warm-up): time before it is forgotten. */
  restart(now: number): void {
    const r = this.reals;
    for (let a = 0; a < this.agents; a++) {
      this.accumulate(a, now);
      const o = a * AgentTimeReal.stride;
      r[o + AgentTimeReal.staffed] = 0;
      r[o + AgentTimeReal.occupied] = 0;
      r[o + AgentTimeReal.used] = 0;
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
    const i = a * AgentTimeInt.stride;
    const ints = this.ints;
    this.staffedCount += onDuty - (ints[i + AgentTimeInt.onDuty] as number);
    this.busyCount += busy - (ints[i + AgentTimeInt.busy] as number);
    ints[i + AgentTimeInt.onDuty] = onDuty;
    ints[i + AgentTimeInt.busy] = busy;
    const o = a * AgentTimeReal.stride + AgentTimeReal.use;
    if (load === 0) {
      this.reals[o] = 0;
    } else if (v.agentLoad(a, VOICE) > 0) {
      this.reals[o] = 1;
    } else {
      const g = v.agentGroup(a);
      let u = 0;
      for (let ch = 0; ch < CHANNEL_COUNT; ch++) u += v.agentLoad(a, ch) * (this.inverseCapacity[g * CHANNEL_COUNT + ch] as number);
      this.reals[o] = Math.min(1, u);
    }
  }

  /** Integrates every agent up to `now`. */
  close(now: number): void {
    for (let a = 0; a < this.agents; a++) this.accumulate(a, now);
  }

  private accumulate(a: number, now: number): void {
    const r = this.reals;
    const o = a * AgentTimeReal.stride;
    const from = Math.max(r[o + AgentTimeReal.last] as number, this.start);
    const dt = now - from;
    r[o + AgentTimeReal.last] = now;
    const i = a * AgentTimeInt.stride;
    if (dt <= 0 || this.ints[i + AgentTimeInt.onDuty] === 0) return;
    r[o + AgentTimeReal.staffed]! += dt;
    if (this.ints[i + AgentTimeInt.busy] === 1) {
      r[o + AgentTimeReal.occupied]! += dt;
      r[o + AgentTimeReal.used]! += dt * (r[o + AgentTimeReal.use] as number);
    }
  }
}
