import { EventPriority } from '../core/priority';
import type { EventKind, Simulator } from '../core/simulator';
import { growFloat64 } from '../util/typed-array-growth';
import type { AgentTable } from './agent-table';
import { CHANNEL_COUNT } from './channel';
import { ContactReal, type ContactTable } from './contact-table';
import type { AgentGroupDefinition } from './definition';

/** True when some group of the model slows its contacts down with concurrency (scenario `slowdown`). */
export function usesSlowdown(groups: readonly AgentGroupDefinition[]): boolean {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: counting a group whose tables are all empty only builds a slowdown that applies() to no contact (same results)
  return groups.some((g) => g.slowdown !== undefined && g.slowdown.some((table) => table.length > 0));
}

/**
 * Handle times that stretch with concurrency (see docs/channels.md). A contact's service is an
 * amount of *work* (its handle time at full speed: the drawn handle time × the agent's speed
 * factor × the journey's context factor); while its agent holds k contacts of its channel, the work
 * progresses at `1 / table[k - 1]` per second. With the table `[1, 2, ..., K]` one agent is a
 * processor-sharing server.
 *
 * The remaining work is tracked exactly: whenever an agent's load of a slowed channel changes,
 * every contact the agent is serving on that channel is advanced to now and its end of service is
 * rescheduled at the new speed, O(contacts held) per change. No random draw is involved, so a
 * model without slowdown never builds this and runs exactly as before.
 */
export class ConcurrencySlowdown {
  /** Factor tables per (group, channel) (index group * CHANNEL_COUNT + channel); empty: not slowed. */
  private readonly tables: readonly (readonly number[])[];
  /** Contacts in service per (agent, channel) under slowdown (index agent * CHANNEL_COUNT + channel). */
  private readonly held: number[][];
  /** The load each (agent, channel) had when its contacts were last rescheduled. */
  private readonly level: Int32Array;
  /** Work left per contact slot (seconds at full speed), as of `since`. */
  private workLeft: Float64Array;
  /** When each contact's `workLeft` was last brought up to date. */
  private since: Float64Array;
  /** The factor each contact progresses under since `since`. */
  private factor: Float64Array;
  // Stryker disable next-line UnaryOperator: bind() sets the kind before any service starts
  private kind: EventKind = -1;

  constructor(
    groups: readonly AgentGroupDefinition[],
    private readonly agents: AgentTable,
    private readonly contacts: ContactTable,
    private readonly sim: Simulator,
  ) {
    const tables: (readonly number[])[] = [];
    for (const g of groups) for (let ch = 0; ch < CHANNEL_COUNT; ch++) tables.push(g.slowdown?.[ch] ?? []);
    this.tables = tables;
    this.held = Array.from({ length: agents.count * CHANNEL_COUNT }, () => []);
    // Stryker disable next-line ArithmeticOperator: a short level table (reads undefined) only makes loadChanged reschedule at an unchanged load, to the same end
    this.level = new Int32Array(agents.count * CHANNEL_COUNT);
    this.workLeft = new Float64Array(256);
    this.since = new Float64Array(256);
    this.factor = new Float64Array(256).fill(1);
  }

  /** Sets the event that ends a service (fired with the contact slot); called once by the service flow. */
  bind(serviceEnd: EventKind): void {
    this.kind = serviceEnd;
  }

  /** True when contacts of `channel` served by `group` slow down with the agent's load. */
  applies(group: number, channel: number): boolean {
    return (this.tables[group * CHANNEL_COUNT + channel] as readonly number[]).length > 0;
  }

  /**
   * Contact `c` starts service with `agent` (whose load already counts it), needing `work` seconds at
   * full speed: schedules its end and reschedules the agent's other contacts of the channel.
   */
  start(c: number, agent: number, channel: number, work: number): void {
    // Stryker disable next-line ConditionalExpression: growing when not needed changes nothing (the never-growing mutant fails the 300-chat test)
    if (c >= this.workLeft.length) this.grow(this.contacts.capacity);
    const key = agent * CHANNEL_COUNT + channel;
    const now = this.sim.now;
    this.workLeft[c] = work;
    this.since[c] = now;
    this.factor[c] = this.factorAt(agent, channel);
    this.held[key]!.push(c);
    // Stryker disable next-line ArithmeticOperator: the caller has already counted c in the agent's load, so loadChanged below always finds it above the level and reschedules this end
    const end = work * (this.factor[c] as number);
    this.contacts.reals[c * ContactReal.stride + ContactReal.timer] = this.sim.schedule(end, this.kind, c, EventPriority.release);
    this.loadChanged(agent, channel);
  }

  /** Contact `c`'s service ends now: it no longer progresses (its capacity is freed later, after wrap-up). */
  end(c: number, agent: number, channel: number): void {
    this.advance(c, this.sim.now);
    const list = this.held[agent * CHANNEL_COUNT + channel]!;
    const i = list.indexOf(c);
    list[i] = list[list.length - 1]!;
    list.pop();
  }

  /**
   * Work left (seconds at full speed) of contact `c` now, if it is served under slowdown; else 0.
   * Progress since the last change is counted at the speed of the agent's *current* load, so a
   * load change that was not followed by a rescheduling shows as work left at the end of service.
   */
  remainingWork(c: number, agent: number, channel: number): number {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: with agent < 0 the key is negative, held[key] undefined, and `?.` returns 0 as well
    if (agent < 0 || !this.held[agent * CHANNEL_COUNT + channel]?.includes(c)) return 0;
    return (this.workLeft[c] as number) - (this.sim.now - (this.since[c] as number)) / this.factorAt(agent, channel);
  }

  /** The agent's load of some channel may have changed: reschedules its slowed contacts of every channel. */
  // Stryker disable next-line BlockStatement: every load change of a slowed channel is followed by loadChanged (service-flow, messaging sessions), and interruptions may not suspend a slowed channel (src/scenario/interruptions-checks.ts): a safety net that finds nothing to do in any model the scenario accepts
  agentChanged(agent: number): void {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: as above
    for (let ch = 0; ch < CHANNEL_COUNT; ch++) if (this.held[agent * CHANNEL_COUNT + ch]!.length > 0) this.loadChanged(agent, ch);
  }

  /**
   * The agent's load of `channel` may have changed: when it did, every contact it serves on that
   * channel is advanced to now and its end rescheduled at the new speed.
   */
  loadChanged(agent: number, channel: number): void {
    const key = agent * CHANNEL_COUNT + channel;
    const load = this.agents.load[key] as number;
    // Stryker disable next-line ConditionalExpression: rescheduling at an unchanged load gives the same ends (a speed-only skip)
    if (load === this.level[key]) return;
    this.level[key] = load;
    const list = this.held[key]!;
    // Stryker disable next-line ConditionalExpression: the loop below does nothing on an empty list
    if (list.length === 0) return;
    const { sim, contacts } = this;
    const now = sim.now;
    const factor = this.factorAt(agent, channel);
    for (let i = 0; i < list.length; i++) {
      const c = list[i]!;
      this.advance(c, now);
      this.factor[c] = factor;
      sim.cancel(contacts.reals[c * ContactReal.stride + ContactReal.timer] as number);
      contacts.reals[c * ContactReal.stride + ContactReal.timer] = sim.schedule(Math.max(0, this.workLeft[c] as number) * factor, this.kind, c, EventPriority.release);
    }
  }

  /** The factor of the agent's current load of `channel` (the last factor beyond the table's end). */
  private factorAt(agent: number, channel: number): number {
    const table = this.tables[(this.agents.group[agent] as number) * CHANNEL_COUNT + channel] as readonly number[];
    const load = this.agents.load[agent * CHANNEL_COUNT + channel] as number;
    return table[Math.min(Math.max(load, 1), table.length) - 1] as number;
  }

  private advance(c: number, now: number): void {
    this.workLeft[c] = (this.workLeft[c] as number) - (now - (this.since[c] as number)) / (this.factor[c] as number);
    this.since[c] = now;
  }

  private grow(n: number): void {
    this.workLeft = growFloat64(this.workLeft, n);
    this.since = growFloat64(this.since, n);
    const factor = new Float64Array(n).fill(1);
    factor.set(this.factor);
    this.factor = factor;
  }
}
