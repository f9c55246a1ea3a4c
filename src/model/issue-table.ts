import { SlotPool } from '../util/slot-pool';
import { growFloat64 } from '../util/typed-array-growth';

/**
 * The integer fields of an issue's record in {@link IssueTable.ints}: issue `i`'s field `f` is
 * `ints[i * IssueInt.stride + IssueInt.f]`. An `enum`, like `ContactInt`, so that esbuild inlines
 * the offsets as literals.
 */
export enum IssueInt {
  /** Customer segment id. */
  segment = 0,
  /** Contact type of the first contact. */
  firstType = 1,
  /** Contacts about the issue so far (transfers included). */
  contacts = 2,
  /** Transfers so far. */
  transfers = 3,
  /** Times the customer had to repeat the information. */
  repeatedInformation = 4,
  /** Agent who served the last contact, or -1. */
  lastAgent = 5,
  /** Channel of the last contact that was served, or -1. */
  lastChannel = 6,
  /** 1 once an agent has heard the customer's story (a contact was served). */
  informed = 7,
  /** Contact type of the next contact when a return is scheduled. */
  nextType = 8,
  /** 1 while the slot holds an open issue. */
  open = 9,
  /** Int32 elements per issue (80 bytes: two cache lines wherever the record starts). */
  stride = 20,
}

/**
 * The floating-point fields of an issue's record in {@link IssueTable.reals}: issue `i`'s field
 * `f` is `reals[i * IssueReal.stride + IssueReal.f]`. Elements 0–4 hold the integers of
 * {@link IssueInt}.
 */
export enum IssueReal {
  /** Customer id. */
  customer = 5,
  /** Arrival time of the first contact. */
  openedAt = 6,
  /** Waiting and handling time of the customer so far, over all contacts. */
  customerTime = 7,
  /** End time of the last contact (service end, abandonment or block). */
  lastContactEnd = 8,
  /** Issue sequence number over the run. */
  serial = 9,
  /** Float64 elements per issue (80 bytes). */
  stride = 10,
}

/**
 * The customers' open issues, indexed by a recycled slot id, each issue's fields side by side in
 * one 80-byte record (one buffer seen as {@link IssueTable.ints} and {@link IssueTable.reals}, see
 * {@link IssueInt} and {@link IssueReal}). An issue opens with a customer's first contact about it
 * and closes when it is resolved or the customer gives up; its slot is then reused, so memory
 * follows the number of issues open at once.
 */
export class IssueTable {
  /** The records' integer fields (see {@link IssueInt}); replaced when the table grows. */
  ints: Int32Array;
  /** The same records' floating-point fields (see {@link IssueReal}); replaced when the table grows. */
  reals: Float64Array;

  private readonly slots: SlotPool;

  /** @param initialCapacity - slots allocated at first; the table grows as needed */
  constructor(initialCapacity = 256) {
    const n = Math.max(1, initialCapacity);
    this.reals = new Float64Array(n * IssueReal.stride);
    this.ints = new Int32Array(this.reals.buffer);
    this.slots = new SlotPool(n);
  }

  /** Number of slots allocated. */
  get capacity(): number {
    return this.reals.length / IssueReal.stride;
  }

  /** Opens an issue and returns its slot, with counters reset. */
  allocate(): number {
    const slot = this.slots.take();
    if (slot * IssueReal.stride === this.reals.length) this.grow();
    const ints = this.ints;
    const i = slot * IssueInt.stride;
    ints[i + IssueInt.contacts] = 0;
    ints[i + IssueInt.transfers] = 0;
    ints[i + IssueInt.repeatedInformation] = 0;
    this.reals[slot * IssueReal.stride + IssueReal.customerTime] = 0;
    ints[i + IssueInt.lastAgent] = -1;
    ints[i + IssueInt.lastChannel] = -1;
    ints[i + IssueInt.informed] = 0;
    ints[i + IssueInt.nextType] = -1;
    ints[i + IssueInt.open] = 1;
    return slot;
  }

  /** Frees the slot of a closed issue. */
  release(slot: number): void {
    this.ints[slot * IssueInt.stride + IssueInt.open] = 0;
    this.slots.give(slot);
  }

  private grow(): void {
    this.reals = growFloat64(this.reals, 2 * this.reals.length);
    this.ints = new Int32Array(this.reals.buffer);
  }
}
