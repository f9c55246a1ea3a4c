import { CHANNEL_COUNT, VOICE } from './channel';
import type { AgentGroupDefinition } from './definition';

/**
 * The agents, as parallel typed arrays indexed by a dense agent id, with per-(group, channel)
 * *free pools*: linked lists of the agents that can take one more contact of that channel,
 * ordered by the time their load last changed. The head of a pool is the agent idle the longest,
 * so the common routing decisions cost O(groups), never O(agents).
 *
 * Capacity rule: an agent of a group with `concurrency[ch] = k` holds up to k contacts of
 * channel ch at once; a voice call is exclusive (an agent on a call takes nothing else, and takes
 * a call only when holding nothing). A contact counts against capacity from the start of service
 * to the end of its wrap-up.
 */
export class AgentTable {
  /** Number of agents. */
  readonly count: number;
  /** Group id of each agent. */
  readonly group: Int32Array;
  /** Contacts in hand per agent and channel (index agent * CHANNEL_COUNT + channel). */
  readonly load: Int32Array;
  /** Contacts in hand per agent over all channels. */
  readonly totalLoad: Int32Array;
  /** 1 while the agent is logged on. */
  readonly onDuty: Uint8Array;
  /** 1 when the agent is to log off once its contacts in hand are finished. */
  readonly leaving: Uint8Array;
  /** Time the agent's load or duty last changed (the start of its current idle or busy spell). */
  readonly idleSince: Float64Array;
  /** Agents logged on, per group. */
  readonly groupOnDuty: Int32Array;
  /** Agents logged on and holding at least one contact, per group. */
  readonly groupBusy: Int32Array;
  /** Concurrency limit per group and channel (index group * CHANNEL_COUNT + channel). */
  readonly capacity: Int32Array;
  /** Agent ids of each group, in id order. */
  readonly members: readonly Int32Array[];

  private readonly poolHead: Int32Array;
  /**
   * Per pool, `idleSince` of its head (meaningless while the pool is empty): kept beside the heads
   * so that a selector comparing the heads of many groups reads one small pool-indexed table
   * instead of one agent row per group (rows that miss the caches in a large center).
   */
  private readonly poolHeadIdle: Float64Array;
  private readonly poolTail: Int32Array;
  private readonly poolSize: Int32Array;
  /** Agents in the free pools of each channel, over all groups (the sum of `poolSize` per channel). */
  private readonly channelPoolSize = new Int32Array(CHANNEL_COUNT);
  private readonly poolPrev: Int32Array;
  private readonly poolNext: Int32Array;
  private readonly inPool: Uint8Array;
  /** Per group, the channels it takes at all (concurrency > 0); other channels' pools stay empty. */
  private readonly channelsOf: readonly Int32Array[];

  /** @param agentsPerGroup the number of agents to create for each group (its peak staffing) */
  constructor(groups: readonly AgentGroupDefinition[], agentsPerGroup: readonly number[]) {
    const total = agentsPerGroup.reduce((a, b) => a + b, 0);
    this.count = total;
    this.group = new Int32Array(total);
    this.load = new Int32Array(total * CHANNEL_COUNT);
    this.totalLoad = new Int32Array(total);
    this.onDuty = new Uint8Array(total);
    this.leaving = new Uint8Array(total);
    this.idleSince = new Float64Array(total);
    this.groupOnDuty = new Int32Array(groups.length);
    this.groupBusy = new Int32Array(groups.length);
    this.capacity = new Int32Array(groups.length * CHANNEL_COUNT);
    const members: Int32Array[] = [];
    let id = 0;
    groups.forEach((g, gi) => {
      // Stryker disable next-line EqualityOperator: one step past writes 0 into the next group's first channel, which its own turn then sets (the last group's write is past the array, a no-op)
      for (let ch = 0; ch < CHANNEL_COUNT; ch++) this.capacity[gi * CHANNEL_COUNT + ch] = g.concurrency[ch] ?? 0;
      const n = agentsPerGroup[gi] ?? 0;
      const list = new Int32Array(n);
      for (let k = 0; k < n; k++, id++) {
        this.group[id] = gi;
        list[k] = id;
      }
      members.push(list);
    });
    this.members = members;
    const pools = groups.length * CHANNEL_COUNT;
    this.poolHead = new Int32Array(pools).fill(-1);
    this.poolHeadIdle = new Float64Array(pools);
    this.poolTail = new Int32Array(pools).fill(-1);
    this.poolSize = new Int32Array(pools);
    // Stryker disable next-line UnaryOperator: poolPrev is read only by unlink, for a node in a pool, whose poolPrev append wrote
    this.poolPrev = new Int32Array(total * CHANNEL_COUNT).fill(-1);
    this.poolNext = new Int32Array(total * CHANNEL_COUNT).fill(-1);
    this.inPool = new Uint8Array(total * CHANNEL_COUNT);
    this.channelsOf = groups.map((_, gi) => {
      // Stryker disable next-line ArrayDeclaration: a string becomes channel 0 (voice) in the Int32Array: voice refiled twice ends at the same tail, and a group without voice is never filed in it (canTake is false)
      const channels: number[] = [];
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a channel of capacity 0 in the list is never filed (canTake is false), as refile's comment says
      for (let ch = 0; ch < CHANNEL_COUNT; ch++) if ((this.capacity[gi * CHANNEL_COUNT + ch] as number) > 0) channels.push(ch);
      return Int32Array.from(channels);
    });
  }

  /** True when the agent can take one more contact of `channel` now. */
  canTake(agent: number, channel: number): boolean {
    if (this.onDuty[agent] === 0 || this.leaving[agent] === 1) return false;
    const g = this.group[agent] as number;
    const base = agent * CHANNEL_COUNT;
    if ((this.load[base + channel] as number) >= (this.capacity[g * CHANNEL_COUNT + channel] as number)) return false;
    // Stryker disable next-line ArithmeticOperator: VOICE is 0, so base - VOICE is base + VOICE
    return channel === VOICE ? this.totalLoad[agent] === 0 : this.load[base + VOICE] === 0;
  }

  /** True when the agent can take one more contact of some channel now (`canTake` for any channel). */
  hasFreeCapacity(agent: number): boolean {
    const channels = this.channelsOf[this.group[agent] as number]!;
    for (let i = 0; i < channels.length; i++) if (this.canTake(agent, channels[i]!)) return true;
    return false;
  }

  /** Longest-idle agent of `group` able to take a contact of `channel`, or -1. */
  poolFirst(group: number, channel: number): number {
    return this.poolHead[group * CHANNEL_COUNT + channel] as number;
  }

  /** `idleSince` of {@link AgentTable.poolFirst}`(group, channel)`; meaningless when that pool is empty. */
  poolFirstIdleSince(group: number, channel: number): number {
    return this.poolHeadIdle[group * CHANNEL_COUNT + channel] as number;
  }

  /** The agent after `agent` in its (group, channel) pool, or -1. */
  poolAfter(agent: number, channel: number): number {
    return this.poolNext[agent * CHANNEL_COUNT + channel] as number;
  }

  /** Number of agents of `group` able to take a contact of `channel`. */
  poolCount(group: number, channel: number): number {
    return this.poolSize[group * CHANNEL_COUNT + channel] as number;
  }

  /** Number of agents, over all groups, able to take a contact of `channel`. */
  channelPoolCount(channel: number): number {
    return this.channelPoolSize[channel] as number;
  }

  /**
   * Re-files the agent in the free pools after its load or duty changed at time `now`: it leaves
   * the pools of channels it can no longer take and goes to the tail of those it can.
   */
  refresh(agent: number, now: number): void {
    this.idleSince[agent] = now;
    this.refile(agent);
  }

  /**
   * {@link AgentTable.refresh} with the time already written to `idleSince[agent]`: a hot caller
   * writes the clock there itself rather than pass it, which would box the double in a call the
   * compiler does not inline.
   */
  refile(agent: number): void {
    const g = this.group[agent] as number;
    // Only the group's channels: for a channel of capacity 0 the agent is never in the pool and
    // `canTake` is false.
    const channels = this.channelsOf[g]!;
    // Stryker disable next-line EqualityOperator: one step past refiles channel undefined: every index is NaN, and typed arrays ignore reads and writes there (canTake's NaN comparisons file nothing real)
    for (let i = 0; i < channels.length; i++) {
      const ch = channels[i]!;
      const node = agent * CHANNEL_COUNT + ch;
      if (this.inPool[node] === 1) this.unlink(g * CHANNEL_COUNT + ch, node);
      if (this.canTake(agent, ch)) this.append(g * CHANNEL_COUNT + ch, node, agent);
    }
  }

  private append(pool: number, node: number, agent: number): void {
    const tail = this.poolTail[pool] as number;
    this.poolPrev[node] = tail;
    this.poolNext[node] = -1;
    if (tail < 0) {
      this.poolHead[pool] = agent;
      this.poolHeadIdle[pool] = this.idleSince[agent] as number;
    } else this.poolNext[tail * CHANNEL_COUNT + (node - agent * CHANNEL_COUNT)] = agent;
    this.poolTail[pool] = agent;
    this.inPool[node] = 1;
    this.poolSize[pool]!++;
    this.channelPoolSize[node - agent * CHANNEL_COUNT]!++;
  }

  private unlink(pool: number, node: number): void {
    const ch = node % CHANNEL_COUNT;
    const p = this.poolPrev[node] as number;
    const n = this.poolNext[node] as number;
    if (p < 0) {
      this.poolHead[pool] = n;
      // Stryker disable next-line ConditionalExpression: an empty pool's head idle time is meaningless (view.ts freeAgentHeadIdleSince) and every reader looks at the head first
      if (n >= 0) this.poolHeadIdle[pool] = this.idleSince[n] as number;
    } else this.poolNext[p * CHANNEL_COUNT + ch] = n;
    if (n < 0) this.poolTail[pool] = p;
    else this.poolPrev[n * CHANNEL_COUNT + ch] = p;
    // Stryker disable next-line UnaryOperator: poolPrev is read only by unlink, for a node in a pool, whose poolPrev append wrote
    this.poolPrev[node] = -1;
    this.poolNext[node] = -1;
    this.inPool[node] = 0;
    this.poolSize[pool]!--;
    this.channelPoolSize[ch]!--;
  }
}
