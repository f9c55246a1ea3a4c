import { SlotPool } from '../util/slot-pool';
import { growFloat64 } from '../util/typed-array-growth';

/**
 * Where a contact is in its life. Terminal states are `served`, `abandoned`, `blocked`,
 * `unfinished`, and the queue exits `balked`, `voicemail`, `rerouted` and `cleared` (see
 * docs/queue-exits.md).
 */
export const ContactState = {
  free: 0,
  waiting: 1,
  inService: 2,
  wrapUp: 3,
  served: 4,
  abandoned: 5,
  blocked: 6,
  unfinished: 7,
  /** A scheduled callback waiting for its promised time (not in a queue). */
  scheduled: 8,
  /** An agent is calling the customer back and nobody answers (the agent is busy). */
  dialing: 9,
  /** Left at arrival instead of waiting (balking). */
  balked: 10,
  /** Left a message after the type's maximum wait. */
  voicemail: 11,
  /** Re-routed to another contact type after the type's maximum wait (a new contact of that type follows). */
  rerouted: 12,
  /** Cleared from its queue at closing. */
  cleared: 13,
  /**
   * A messaging session between two agent turns whose agent released the slot: the customer is
   * composing a reply (not in a queue, no agent). See docs/channels.md.
   */
  awaitingReply: 14,
  /** In service but put aside while its agent takes a call (interruptions, see docs/channels.md); resumes with the same agent. */
  suspended: 15,
} as const;

/** How a served contact ended for its issue. */
export const ServiceOutcome = {
  /** Not served (yet). */
  none: 0,
  resolved: 1,
  unresolved: 2,
  /** Passed on to another contact type (escalation). */
  transferred: 3,
  /**
   * Served after its customer had left without saying so (silent abandonment in chat or
   * messaging): the agent spent the time finding nobody there; the issue is not resolved.
   */
  silentAbandoned: 4,
} as const;

/** A value of {@link ServiceOutcome}. */
export type ServiceOutcomeValue = (typeof ServiceOutcome)[keyof typeof ServiceOutcome];

/** A value of {@link ContactState}. */
export type ContactStateValue = (typeof ContactState)[keyof typeof ContactState];

/**
 * The integer fields of a contact's record in {@link ContactTable.ints}: contact `c`'s field `f` is
 * `ints[c * ContactInt.stride + ContactInt.f]`. A TypeScript `enum` rather than an `as const`
 * object on purpose: esbuild (the bundles, tsup's build) inlines enum members as literals, so an
 * access compiles to one load at a constant offset; an object would be a load and a map check more.
 * The integers fill the record's first 64 bytes, the fields most events touch first.
 */
export enum ContactInt {
  /** Contact type id. */
  type = 0,
  /** Customer segment id. */
  segment = 1,
  /** State, a {@link ContactState}. */
  state = 2,
  /** Agent serving the contact, or -1. */
  agent = 3,
  /** Issue slot the contact is about. */
  issue = 4,
  /** 1 for the issue's first contact, 2 for the next, and so on. */
  attempt = 5,
  /** Overflow step through which the contact was served (0: a primary group). */
  step = 6,
  /** Previous contact in the same waiting queue (slot id, -1 for none). */
  prev = 7,
  /** Next contact in the same waiting queue (slot id, -1 for none). */
  next = 8,
  /** 1 when the contact is a transfer from another agent. */
  transferred = 9,
  /** 1 when the serving agent has the customer's history (decided at service start). */
  context = 10,
  /** A {@link ServiceOutcome}, set when service ends. */
  outcome = 11,
  /** 0: not a callback; 1: virtual hold; 2: scheduled callback. */
  callback = 12,
  /** The overflow step the pending step event opens. */
  nextStep = 13,
  /** Callback attempts so far. */
  attempts = 14,
  /** Int32 elements per contact (the record's length in 4-byte units: 192 bytes, three cache lines). */
  stride = 48,
}

/**
 * The time-valued (and other floating-point) fields of a contact's record in
 * {@link ContactTable.reals}: contact `c`'s field `f` is `reals[c * ContactReal.stride + ContactReal.f]`.
 * The record shares its bytes with {@link ContactInt}'s: elements 0–7 hold the integers.
 */
export enum ContactReal {
  /** Handle of the pending abandonment or end-of-service event, or -1. */
  timer = 8,
  /** Time the contact entered its waiting queue. */
  queuedAt = 9,
  /** Time the contact arrived. */
  arrival = 10,
  /** Time service began (valid once the contact is in service). */
  serviceStart = 11,
  /** Handle time before the agent's speed factor (drawn at arrival for common random numbers). */
  baseHandleTime = 12,
  /** Patience (Infinity: never abandons). */
  patience = 13,
  /** Sequence number of the contact over the run (arrival order). */
  serial = 14,
  /** The uniform that decides resolution (drawn at arrival, for common random numbers). */
  resolutionDraw = 15,
  /** Customer id (unique over the run). */
  customer = 16,
  /** Handle of the pending maximum-wait event, or -1. */
  exitTimer = 17,
  /** Handle of the pending overflow-step event, or -1. */
  stepTimer = 18,
  /** Handle of the pending reconsideration asked for by the routing policy, or -1. */
  wakeTimer = 19,
  /** Time the callback was accepted. */
  acceptedAt = 20,
  /** Latest call-back time that keeps the promise. */
  promise = 21,
  /** Float64 elements per contact (192 bytes). */
  stride = 24,
}

/**
 * The contacts currently in the system, indexed by a dense slot id. A contact's fields sit side by
 * side in one 192-byte record (one buffer seen as {@link ContactTable.ints} and
 * {@link ContactTable.reals}, see {@link ContactInt} and {@link ContactReal}), so creating or
 * serving a contact touches three cache lines instead of one per field. Slots are recycled when a
 * contact leaves, so memory follows the number of contacts present at once, not the number
 * simulated.
 */
export class ContactTable {
  /** The records' integer fields (see {@link ContactInt}); replaced when the table grows. */
  ints: Int32Array;
  /** The same records' floating-point fields (see {@link ContactReal}); replaced when the table grows. */
  reals: Float64Array;

  private readonly slots: SlotPool;

  /** @param initialCapacity - slots allocated at first; the table grows as needed */
  constructor(initialCapacity = 256) {
    const n = Math.max(1, initialCapacity);
    this.reals = new Float64Array(n * ContactReal.stride);
    this.ints = new Int32Array(this.reals.buffer);
    this.slots = new SlotPool(n);
  }

  /** Number of slots allocated (present contacts plus free slots). */
  get capacity(): number {
    return this.reals.length / ContactReal.stride;
  }

  /** Number of contacts in the system (slots in use). */
  get present(): number {
    return this.slots.inUse;
  }

  /** Takes a free slot for a new contact and returns its id. */
  allocate(): number {
    const slot = this.slots.take();
    if (slot * ContactReal.stride === this.reals.length) this.grow();
    const ints = this.ints;
    const reals = this.reals;
    const i = slot * ContactInt.stride;
    const r = slot * ContactReal.stride;
    ints[i + ContactInt.agent] = -1;
    ints[i + ContactInt.prev] = -1;
    ints[i + ContactInt.next] = -1;
    ints[i + ContactInt.transferred] = 0;
    ints[i + ContactInt.context] = 0;
    ints[i + ContactInt.outcome] = 0;
    ints[i + ContactInt.step] = 0;
    ints[i + ContactInt.callback] = 0;
    ints[i + ContactInt.attempts] = 0;
    reals[r + ContactReal.timer] = -1;
    reals[r + ContactReal.stepTimer] = -1;
    reals[r + ContactReal.wakeTimer] = -1;
    reals[r + ContactReal.exitTimer] = -1;
    return slot;
  }

  /** Returns a slot to the pool once its contact has left and observers have seen it. */
  release(slot: number): void {
    this.ints[slot * ContactInt.stride + ContactInt.state] = ContactState.free;
    this.slots.give(slot);
  }

  private grow(): void {
    this.reals = growFloat64(this.reals, 2 * this.reals.length);
    this.ints = new Int32Array(this.reals.buffer);
  }
}
