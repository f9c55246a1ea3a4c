import { CHANNEL_COUNT, VOICE } from './channel';
import type { AgentGroupDefinition } from './definition';

/** Numbers per pool record of `AgentTable.pools`, and the place of each in the record. */
const POOL_STRIDE = 4;
const HEAD_IDLE = 0;
const HEAD = 1;
const TAIL = 2;
const SIZE = 3;
/** The previous-agent link of a pool node whose agent is not in that pool. */
const NOT_IN_POOL = -2;

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

  /**
   * Per pool (index `group * CHANNEL_COUNT + channel`), a record of {@link POOL_STRIDE} numbers:
   * `idleSince` of its head (meaningless while the pool is empty), its head and tail agents (-1:
   * none) and its size. The head's idle time is kept beside the head so that a selector comparing
   * the heads of many groups reads one small record per group instead of an agent row per group
   * (rows that miss the caches in a large center); the four in one record, so that reading or
   * re-filing a pool touches one cache line, not four arrays.
   */
  private readonly pools: Float64Array;
  /** Agents in the free pools of each channel, over all groups (the sum of the pools' sizes per channel). */
  private readonly channelPoolSize = new Int32Array(CHANNEL_COUNT);
  /**
   * Per pool node (index `agent * CHANNEL_COUNT + channel`), two numbers: the previous and the next
   * agent in the pool (-1: none), or {@link NOT_IN_POOL} as the previous one while the agent is not
   * in that pool. Interleaved, so that linking or unlinking an agent touches one line per neighbour.
   */
  private readonly links: Int32Array;
  /**
   * Per group, the channels it takes at all (concurrency > 0), other channels' pools staying empty:
   * `CHANNEL_COUNT + 1` numbers per group, their count then the channels. One flat array rather than
   * an array per group: no pointer to follow on every re-filing.
   */
  private readonly groupChannels: Int32Array;

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
    this.pools = new Float64Array(groups.length * CHANNEL_COUNT * POOL_STRIDE);
    for (let p = 0; p < groups.length * CHANNEL_COUNT; p++) {
      this.pools[p * POOL_STRIDE + HEAD] = -1;
      this.pools[p * POOL_STRIDE + TAIL] = -1;
    }
    this.links = new Int32Array(total * CHANNEL_COUNT * 2).fill(-1);
    for (let node = 0; node < total * CHANNEL_COUNT; node++) this.links[2 * node] = NOT_IN_POOL;
    this.groupChannels = new Int32Array(groups.length * (CHANNEL_COUNT + 1));
    for (let gi = 0; gi < groups.length; gi++) {
      const at = gi * (CHANNEL_COUNT + 1);
      for (let ch = 0; ch < CHANNEL_COUNT; ch++) {
        if ((this.capacity[gi * CHANNEL_COUNT + ch] as number) > 0) this.groupChannels[at + 1 + this.groupChannels[at]!++] = ch;
      }
    }
  }

  /** True when the agent can take one more contact of `channel` now. */
  canTake(agent: number, channel: number): boolean {
    if (this.onDuty[agent] === 0 || this.leaving[agent] === 1) return false;
    const g = this.group[agent] as number;
    const base = agent * CHANNEL_COUNT;
    if ((this.load[base + channel] as number) >= (this.capacity[g * CHANNEL_COUNT + channel] as number)) return false;
    return channel === VOICE ? this.totalLoad[agent] === 0 : this.load[base + VOICE] === 0;
  }

  /** True when the agent can take one more contact of some channel now (`canTake` for any channel). */
  hasFreeCapacity(agent: number): boolean {
    const channels = this.groupChannels;
    const at = (this.group[agent] as number) * (CHANNEL_COUNT + 1);
    const end = at + 1 + (channels[at] as number);
    for (let i = at + 1; i < end; i++) if (this.canTake(agent, channels[i] as number)) return true;
    return false;
  }

  /** Longest-idle agent of `group` able to take a contact of `channel`, or -1. */
  poolFirst(group: number, channel: number): number {
    return this.pools[(group * CHANNEL_COUNT + channel) * POOL_STRIDE + HEAD] as number;
  }

  /** `idleSince` of {@link AgentTable.poolFirst}`(group, channel)`; meaningless when that pool is empty. */
  poolFirstIdleSince(group: number, channel: number): number {
    return this.pools[(group * CHANNEL_COUNT + channel) * POOL_STRIDE + HEAD_IDLE] as number;
  }

  /** The agent after `agent` in its (group, channel) pool, or -1. */
  poolAfter(agent: number, channel: number): number {
    return this.links[2 * (agent * CHANNEL_COUNT + channel) + 1] as number;
  }

  /** Number of agents of `group` able to take a contact of `channel`. */
  poolCount(group: number, channel: number): number {
    return this.pools[(group * CHANNEL_COUNT + channel) * POOL_STRIDE + SIZE] as number;
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
    const channels = this.groupChannels;
    const at = g * (CHANNEL_COUNT + 1);
    const end = at + 1 + (channels[at] as number);
    for (let i = at + 1; i < end; i++) {
      const ch = channels[i] as number;
      const node = agent * CHANNEL_COUNT + ch;
      if (this.links[2 * node] !== NOT_IN_POOL) this.unlink(g * CHANNEL_COUNT + ch, node, ch);
      if (this.canTake(agent, ch)) this.append(g * CHANNEL_COUNT + ch, node, agent, ch);
    }
  }

  private append(pool: number, node: number, agent: number, ch: number): void {
    const pools = this.pools;
    const links = this.links;
    const p = pool * POOL_STRIDE;
    const tail = pools[p + TAIL] as number;
    links[2 * node] = tail;
    links[2 * node + 1] = -1;
    if (tail < 0) {
      pools[p + HEAD] = agent;
      pools[p + HEAD_IDLE] = this.idleSince[agent] as number;
    } else links[2 * (tail * CHANNEL_COUNT + ch) + 1] = agent;
    pools[p + TAIL] = agent;
    pools[p + SIZE]!++;
    this.channelPoolSize[ch]!++;
  }

  private unlink(pool: number, node: number, ch: number): void {
    const pools = this.pools;
    const links = this.links;
    const p = pool * POOL_STRIDE;
    const before = links[2 * node] as number;
    const after = links[2 * node + 1] as number;
    if (before < 0) {
      pools[p + HEAD] = after;
      if (after >= 0) pools[p + HEAD_IDLE] = this.idleSince[after] as number;
    } else links[2 * (before * CHANNEL_COUNT + ch) + 1] = after;
    if (after < 0) pools[p + TAIL] = before;
    else links[2 * (after * CHANNEL_COUNT + ch)] = before;
    links[2 * node] = NOT_IN_POOL;
    links[2 * node + 1] = -1;
    pools[p + SIZE]!--;
    this.channelPoolSize[ch]!--;
  }
}
