/**
 * A min-heap of agents keyed by (time, agent id) with lazy deletion, for the agents a call may
 * interrupt in one group ({@link InterruptionCandidates}): an agent is pushed with its
 * `idleSince` whenever it may have become interruptible or its busy spell restarted; entries that
 * no longer hold (the agent is not interruptible any more, or its key changed) are dropped when
 * they reach the top. Keys only grow (a busy spell restarts at the current time), so the oldest
 * valid entry is the agent whose busy spell is the oldest, ties to the lower id.
 *
 * @module
 */

/** Tells whether a heap entry still holds: `agent` is interruptible and its key is still `time`. */
export type EntryCheck = (agent: number, time: number) => boolean;

/** One group's heap (see the module description). */
export class InterruptibleHeap {
  private times: Float64Array = new Float64Array(16);
  private agents: Int32Array = new Int32Array(16);
  private size = 0;

  /**
   * @param limit - entries beyond which the heap is rebuilt from the valid ones (stale entries of
   *   agents never looked at would otherwise pile up)
   */
  constructor(private readonly limit: number) {}

  /** Adds an entry for `agent` with key `time`. */
  push(time: number, agent: number, valid: EntryCheck): void {
    if (this.size >= this.limit) this.compact(valid);
    if (this.size === this.times.length) this.grow();
    let i = this.size++;
    const { times, agents } = this;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent] as number;
      // Stryker disable next-line EqualityOperator: equal time and agent make identical entries, so moving one past the other changes nothing
      if (pt < time || (pt === time && (agents[parent] as number) <= agent)) break;
      times[i] = pt;
      agents[i] = agents[parent] as number;
      i = parent;
    }
    times[i] = time;
    agents[i] = agent;
  }

  /** The agent of the smallest valid entry, or -1; invalid entries above it are removed. */
  peek(valid: EntryCheck): number {
    while (this.size > 0) {
      const agent = this.agents[0] as number;
      if (valid(agent, this.times[0] as number)) return agent;
      this.pop();
    }
    return -1;
  }

  /** Entries held, valid or stale (at most `limit`: see the constructor). */
  get entries(): number {
    return this.size;
  }

  /** Key of the top entry (call after {@link InterruptibleHeap.peek} returned an agent). */
  topTime(): number {
    return this.times[0] as number;
  }

  private pop(): void {
    const n = --this.size;
    // Stryker disable next-line ConditionalExpression: a shortcut; with n = 0 the loop breaks at once and writes the popped entry back to slot 0, past the heap's end
    if (n === 0) return;
    const { times, agents } = this;
    const time = times[n] as number;
    const agent = agents[n] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      // Stryker disable next-line EqualityOperator: child = n is slot n, which still holds the entry being placed: the comparison below breaks on it
      if (child >= n) break;
      const right = child + 1;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: right ≤ n always (child < n); right = n is slot n, the entry being placed, chosen only when it is below the left child, where the comparison below breaks anyway
      if (right < n) {
        const ct = times[child] as number;
        const rt = times[right] as number;
        // Stryker disable next-line EqualityOperator: equal time and agent make identical entries, so either child is the same
        if (rt < ct || (rt === ct && (agents[right] as number) < (agents[child] as number))) child = right;
      }
      const ct = times[child] as number;
      // Stryker disable next-line EqualityOperator: equal time and agent make identical entries, so moving one past the other changes nothing
      if (time < ct || (time === ct && agent <= (agents[child] as number))) break;
      times[i] = ct;
      agents[i] = agents[child] as number;
      i = child;
    }
    times[i] = time;
    agents[i] = agent;
  }

  /** Keeps only the valid entries, once each, and rebuilds the heap. */
  private compact(valid: EntryCheck): void {
    const { times, agents } = this;
    const seen = new Set<number>();
    let n = 0;
    for (let i = 0; i < this.size; i++) {
      const agent = agents[i] as number;
      const time = times[i] as number;
      if (seen.has(agent) || !valid(agent, time)) continue;
      seen.add(agent);
      times[n] = time;
      agents[n] = agent;
      n++;
    }
    this.size = 0;
    // (Copies for clarity: reading the arrays themselves would do, each push writes only below the next read.)
    // Stryker disable next-line MethodExpression: see above
    const keptTimes = times.slice(0, n);
    // Stryker disable next-line MethodExpression: see above
    const keptAgents = agents.slice(0, n);
    for (let i = 0; i < n; i++) this.push(keptTimes[i] as number, keptAgents[i] as number, valid);
  }

  private grow(): void {
    const times = new Float64Array(this.times.length * 2);
    times.set(this.times);
    this.times = times;
    const agents = new Int32Array(this.agents.length * 2);
    agents.set(this.agents);
    this.agents = agents;
  }
}
