/**
 * Replies of messaging sessions waiting for the agent of their previous turn to have a free slot
 * (timed stickiness, scenario `sticky: { waitFor }`): one first-in-first-out list per agent. The
 * replies are in no waiting queue, so no routing policy sees them; the agent takes them, oldest
 * first, before any other work.
 */
export class ReplyHolds {
  private readonly byAgent = new Map<number, number[]>();
  /** Replies held in all. */
  size = 0;

  /** Reply of session `c` waits for `agent`. */
  add(agent: number, c: number): void {
    const list = this.byAgent.get(agent);
    if (list === undefined) this.byAgent.set(agent, [c]);
    else list.push(c);
    this.size++;
  }

  /** The oldest reply waiting for `agent`, or -1. */
  first(agent: number): number {
    if (this.size === 0) return -1;
    const list = this.byAgent.get(agent);
    return list === undefined || list.length === 0 ? -1 : (list[0] as number);
  }

  /** Reply of session `c` no longer waits for `agent` (taken, routed elsewhere or abandoned). */
  remove(agent: number, c: number): void {
    const list = this.byAgent.get(agent);
    const at = list === undefined ? -1 : list.indexOf(c);
    if (at < 0) throw new Error(`messaging session reply ${c} is not waiting for agent ${agent}`);
    list!.splice(at, 1);
    this.size--;
  }
}
