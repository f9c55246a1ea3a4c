import type { ModelDefinition } from '../model/definition';
import { growInt32 } from '../util/typed-array-growth';

/**
 * Which agent a messaging session counts at in the agent metrics (`agents`, `byAgentGroup`,
 * `bySite`, `byAgent`): the agent of its FIRST turn. With `released` slots a reply may be routed
 * to an agent of another group, so the agent ending the session is not always the one that
 * answered it; counting the session answered, served (its handle time, its resolution) at the
 * first turn's agent keeps `served ≤ answered` per agent, group and site. The later turns' work
 * still counts in the busy time (occupancy, utilization) of the agents that do it. See
 * docs/metrics.md.
 *
 * Only types whose sessions release the slot are tracked (a `held` session keeps its agent); a model
 * without them never builds this, and every other contact counts at the agent ending it, as before.
 */
export class SessionOwners {
  /** Per contact type: 1 when its sessions release the slot between turns. */
  private readonly moving: Uint8Array;
  /** Per contact slot: the agent of its first turn (for contacts of a `moving` type). */
  private firstAgent: Int32Array = new Int32Array(256);

  private constructor(model: ModelDefinition) {
    this.moving = Uint8Array.from(model.contactTypes, (t) => (t.session?.slotDuringGap === 'released' ? 1 : 0));
  }

  /** The owners of `model`'s sessions, or null when no type has sessions with `released` slots. */
  static of(model: ModelDefinition): SessionOwners | null {
    return model.contactTypes.some((t) => t.session?.slotDuringGap === 'released') ? new SessionOwners(model) : null;
  }

  /** Contact `c` of `type` is answered by `agent` (its first turn, for a session). */
  answered(c: number, type: number, agent: number): void {
    // Stryker disable next-line ConditionalExpression: ownerOf reads the first agent only for released sessions; recording others changes nothing
    if (this.moving[type] !== 1) return;
    // Stryker disable next-line ConditionalExpression,ArithmeticOperator: growing when not needed, or by less than doubling, keeps the same entries (only the pace of growth)
    if (c >= this.firstAgent.length) this.firstAgent = growInt32(this.firstAgent, Math.max(c + 1, this.firstAgent.length * 2));
    this.firstAgent[c] = agent;
  }

  /** The agent contact `c` of `type`, ended by `agent`, counts at: its first turn's for a released session, else `agent`. */
  ownerOf(c: number, type: number, agent: number): number {
    return this.moving[type] === 1 ? (this.firstAgent[c] as number) : agent;
  }
}
