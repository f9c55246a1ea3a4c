import { SlotPool } from '../util/slot-pool';
import { growFloat64, growInt32, growUint8 } from '../util/typed-array-growth';

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
 * The contacts currently in the system, as parallel typed arrays indexed by a dense slot id.
 * Slots are recycled when a contact leaves, so memory follows the number of contacts present at
 * once, not the number simulated.
 */
export class ContactTable {
  /** Contact type id. */
  type: Int32Array;
  /** Customer segment id. */
  segment: Int32Array;
  /** Customer id (unique over the run). */
  customer: Float64Array;
  /** Time the contact arrived. */
  arrival: Float64Array;
  /** Time the contact entered its waiting queue. */
  queuedAt: Float64Array;
  /** Time service began (valid once the contact is in service). */
  serviceStart: Float64Array;
  /** Handle time before the agent's speed factor (drawn at arrival for common random numbers). */
  baseHandleTime: Float64Array;
  /** Patience (Infinity: never abandons). */
  patience: Float64Array;
  /** Agent serving the contact, or -1. */
  agent: Int32Array;
  /** State, a {@link ContactState}. */
  state: Uint8Array;
  /** Handle of the pending abandonment or end-of-service event, or -1. */
  timer: Float64Array;
  /** Waiting-queue links (slot ids, -1 for none). */
  prev: Int32Array;
  /** Next contact in the same waiting queue (slot id, -1 for none). */
  next: Int32Array;
  /** Sequence number of the contact over the run (arrival order). */
  serial: Float64Array;
  /** Issue slot the contact is about. */
  issue: Int32Array;
  /** 1 for the issue's first contact, 2 for the next, and so on. */
  attempt: Int32Array;
  /** 1 when the contact is a transfer from another agent. */
  transferred: Uint8Array;
  /** 1 when the serving agent has the customer's history (decided at service start). */
  context: Uint8Array;
  /** The uniform that decides resolution (drawn at arrival, for common random numbers). */
  resolutionDraw: Float64Array;
  /** A {@link ServiceOutcome}, set when service ends. */
  outcome: Uint8Array;
  /** Overflow step through which the contact was served (0: a primary group). */
  step: Int32Array;
  /** Handle of the pending overflow-step event, or -1. */
  stepTimer: Float64Array;
  /** The overflow step the pending step event opens. */
  nextStep: Int32Array;
  /** Handle of the pending reconsideration asked for by the routing policy, or -1. */
  wakeTimer: Float64Array;
  /** 0: not a callback; 1: virtual hold; 2: scheduled callback. */
  callback: Uint8Array;
  /** Time the callback was accepted. */
  acceptedAt: Float64Array;
  /** Latest call-back time that keeps the promise. */
  promise: Float64Array;
  /** Callback attempts so far. */
  attempts: Int32Array;
  /** Handle of the pending maximum-wait event, or -1. */
  exitTimer: Float64Array;

  private readonly slots: SlotPool;

  /** @param initialCapacity - slots allocated at first; the table grows as needed */
  constructor(initialCapacity = 256) {
    const n = Math.max(1, initialCapacity);
    this.type = new Int32Array(n);
    this.segment = new Int32Array(n);
    this.customer = new Float64Array(n);
    this.arrival = new Float64Array(n);
    this.queuedAt = new Float64Array(n);
    this.serviceStart = new Float64Array(n);
    this.baseHandleTime = new Float64Array(n);
    this.patience = new Float64Array(n);
    this.agent = new Int32Array(n);
    this.state = new Uint8Array(n);
    this.timer = new Float64Array(n);
    this.prev = new Int32Array(n);
    this.next = new Int32Array(n);
    this.serial = new Float64Array(n);
    this.issue = new Int32Array(n);
    this.attempt = new Int32Array(n);
    this.transferred = new Uint8Array(n);
    this.context = new Uint8Array(n);
    this.resolutionDraw = new Float64Array(n);
    this.outcome = new Uint8Array(n);
    this.step = new Int32Array(n);
    this.stepTimer = new Float64Array(n);
    this.nextStep = new Int32Array(n);
    this.wakeTimer = new Float64Array(n);
    this.callback = new Uint8Array(n);
    this.acceptedAt = new Float64Array(n);
    this.promise = new Float64Array(n);
    this.attempts = new Int32Array(n);
    this.exitTimer = new Float64Array(n);
    this.slots = new SlotPool(n);
  }

  /** Number of slots allocated (present contacts plus free slots). */
  get capacity(): number {
    return this.type.length;
  }

  /** Number of contacts in the system (slots in use). */
  get present(): number {
    return this.slots.inUse;
  }

  /** Takes a free slot for a new contact and returns its id. */
  allocate(): number {
    const slot = this.slots.take();
    if (slot === this.type.length) this.grow();
    this.agent[slot] = -1;
    this.timer[slot] = -1;
    this.prev[slot] = -1;
    this.next[slot] = -1;
    this.transferred[slot] = 0;
    this.context[slot] = 0;
    this.outcome[slot] = 0;
    this.step[slot] = 0;
    this.stepTimer[slot] = -1;
    this.wakeTimer[slot] = -1;
    this.callback[slot] = 0;
    this.attempts[slot] = 0;
    this.exitTimer[slot] = -1;
    return slot;
  }

  /** Returns a slot to the pool once its contact has left and observers have seen it. */
  release(slot: number): void {
    this.state[slot] = ContactState.free;
    this.slots.give(slot);
  }

  private grow(): void {
    const n = this.type.length * 2;
    this.type = growInt32(this.type, n);
    this.segment = growInt32(this.segment, n);
    this.customer = growFloat64(this.customer, n);
    this.arrival = growFloat64(this.arrival, n);
    this.queuedAt = growFloat64(this.queuedAt, n);
    this.serviceStart = growFloat64(this.serviceStart, n);
    this.baseHandleTime = growFloat64(this.baseHandleTime, n);
    this.patience = growFloat64(this.patience, n);
    this.agent = growInt32(this.agent, n);
    this.state = growUint8(this.state, n);
    this.timer = growFloat64(this.timer, n);
    this.prev = growInt32(this.prev, n);
    this.next = growInt32(this.next, n);
    this.serial = growFloat64(this.serial, n);
    this.issue = growInt32(this.issue, n);
    this.attempt = growInt32(this.attempt, n);
    this.transferred = growUint8(this.transferred, n);
    this.context = growUint8(this.context, n);
    this.resolutionDraw = growFloat64(this.resolutionDraw, n);
    this.outcome = growUint8(this.outcome, n);
    this.step = growInt32(this.step, n);
    this.stepTimer = growFloat64(this.stepTimer, n);
    this.nextStep = growInt32(this.nextStep, n);
    this.wakeTimer = growFloat64(this.wakeTimer, n);
    this.callback = growUint8(this.callback, n);
    this.acceptedAt = growFloat64(this.acceptedAt, n);
    this.promise = growFloat64(this.promise, n);
    this.attempts = growInt32(this.attempts, n);
    this.exitTimer = growFloat64(this.exitTimer, n);
  }
}
