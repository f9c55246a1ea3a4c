import { growFloat64, growInt32, growUint8 } from '../util/typed-array-growth';

/**
 * The state of the messaging sessions under way, as parallel arrays indexed by contact slot (see
 * `messaging-session.ts`); a slot is set up when its contact arrives.
 */
export class SessionTable {
  /** Per contact slot: the agent turns of its session (0: not a session). */
  turns: Int32Array = new Int32Array(256);
  /** Per contact slot: agent turns finished so far. */
  done: Int32Array = new Int32Array(256);
  /** Per contact slot: 1 once its customer stopped replying (the session ends at the timeout). */
  stopped: Uint8Array = new Uint8Array(256);
  /** Per contact slot: 1 once its customer gave up waiting for a reply to be taken (`replyPatience`). */
  abandoned: Uint8Array = new Uint8Array(256);
  /** Per contact slot: the agent of the last turn (for `sticky`, context loss and the end of a released session). */
  lastAgent: Int32Array = new Int32Array(256);
  /** Per contact slot: seconds away from any agent so far (released reply gaps and the wait for the reply to be taken). */
  awayTime: Float64Array = new Float64Array(256);
  /** Per contact slot: when its current released gap began. */
  awaySince: Float64Array = new Float64Array(256);
  /** Per contact slot: when the contact first entered its queue (waits of later turns restart from the reply). */
  firstQueuedAt: Float64Array = new Float64Array(256);
  /** Per contact slot: its plan of turns 2..k (see `SessionPlans`; null: one turn). */
  // Stryker disable next-line ArrayDeclaration: draw() sets a slot's plan before anything reads it
  plans: (Float64Array | null)[] = [];

  /** Makes room for contact slot `c` (`capacity`: the contact table's). */
  ensure(c: number, capacity: number): void {
    if (c < this.turns.length) return;
    const n = Math.max(capacity, c + 1);
    this.turns = growInt32(this.turns, n);
    this.done = growInt32(this.done, n);
    this.stopped = growUint8(this.stopped, n);
    this.abandoned = growUint8(this.abandoned, n);
    this.lastAgent = growInt32(this.lastAgent, n);
    this.firstQueuedAt = growFloat64(this.firstQueuedAt, n);
    this.awayTime = growFloat64(this.awayTime, n);
    this.awaySince = growFloat64(this.awaySince, n);
  }
}
