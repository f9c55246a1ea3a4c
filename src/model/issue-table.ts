import { SlotPool } from '../util/slot-pool';
import { growFloat64, growInt32, growUint8 } from '../util/typed-array-growth';

/**
 * The customers' open issues, as parallel typed arrays indexed by a recycled slot id. An issue
 * opens with a customer's first contact about it and closes when it is resolved or the customer
 * gives up; its slot is then reused, so memory follows the number of issues open at once.
 */
export class IssueTable {
  /** Customer id. */
  customer: Float64Array;
  /** Customer segment id. */
  segment: Int32Array;
  /** Contact type of the first contact. */
  firstType: Int32Array;
  /** Arrival time of the first contact. */
  openedAt: Float64Array;
  /** Contacts about the issue so far (transfers included). */
  contacts: Int32Array;
  /** Transfers so far. */
  transfers: Int32Array;
  /** Times the customer had to repeat the information. */
  repeatedInformation: Int32Array;
  /** Waiting and handling time of the customer so far, over all contacts. */
  customerTime: Float64Array;
  /** Agent who served the last contact, or -1. */
  lastAgent: Int32Array;
  /** Channel of the last contact that was served, or -1. */
  lastChannel: Int32Array;
  /** End time of the last contact (service end, abandonment or block). */
  lastContactEnd: Float64Array;
  /** 1 once an agent has heard the customer's story (a contact was served). */
  informed: Uint8Array;
  /** Contact type of the next contact when a return is scheduled. */
  nextType: Int32Array;
  /** 1 while the slot holds an open issue. */
  open: Uint8Array;
  /** Issue sequence number over the run. */
  serial: Float64Array;

  private readonly slots: SlotPool;

  /** @param initialCapacity - slots allocated at first; the table grows as needed */
  constructor(initialCapacity = 256) {
    const n = Math.max(1, initialCapacity);
    this.customer = new Float64Array(n);
    this.segment = new Int32Array(n);
    this.firstType = new Int32Array(n);
    this.openedAt = new Float64Array(n);
    this.contacts = new Int32Array(n);
    this.transfers = new Int32Array(n);
    this.repeatedInformation = new Int32Array(n);
    this.customerTime = new Float64Array(n);
    this.lastAgent = new Int32Array(n);
    this.lastChannel = new Int32Array(n);
    this.lastContactEnd = new Float64Array(n);
    this.informed = new Uint8Array(n);
    this.nextType = new Int32Array(n);
    this.open = new Uint8Array(n);
    this.serial = new Float64Array(n);
    this.slots = new SlotPool(n);
  }

  /** Number of slots allocated. */
  get capacity(): number {
    return this.customer.length;
  }

  /** Opens an issue and returns its slot, with counters reset. */
  allocate(): number {
    const slot = this.slots.take();
    if (slot === this.customer.length) this.grow();
    this.contacts[slot] = 0;
    this.transfers[slot] = 0;
    this.repeatedInformation[slot] = 0;
    this.customerTime[slot] = 0;
    this.lastAgent[slot] = -1;
    this.lastChannel[slot] = -1;
    this.informed[slot] = 0;
    this.nextType[slot] = -1;
    this.open[slot] = 1;
    return slot;
  }

  /** Frees the slot of a closed issue. */
  release(slot: number): void {
    this.open[slot] = 0;
    this.slots.give(slot);
  }

  private grow(): void {
    const n = this.customer.length * 2;
    this.customer = growFloat64(this.customer, n);
    this.segment = growInt32(this.segment, n);
    this.firstType = growInt32(this.firstType, n);
    this.openedAt = growFloat64(this.openedAt, n);
    this.contacts = growInt32(this.contacts, n);
    this.transfers = growInt32(this.transfers, n);
    this.repeatedInformation = growInt32(this.repeatedInformation, n);
    this.customerTime = growFloat64(this.customerTime, n);
    this.lastAgent = growInt32(this.lastAgent, n);
    this.lastChannel = growInt32(this.lastChannel, n);
    this.lastContactEnd = growFloat64(this.lastContactEnd, n);
    this.informed = growUint8(this.informed, n);
    this.nextType = growInt32(this.nextType, n);
    this.open = growUint8(this.open, n);
    this.serial = growFloat64(this.serial, n);
  }
}
