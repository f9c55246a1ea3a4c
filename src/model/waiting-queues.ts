import type { ContactTable } from './contact-table';

/**
 * First-in, first-out waiting queues of contacts, as doubly linked lists threaded through the
 * contact table (`prev`/`next`), so that a contact leaves from anywhere (abandonment) in O(1).
 * There is one queue per (contact type, customer segment); routing policies choose among queue
 * heads, which gives FIFO within each class and any priority order across classes.
 */
export class WaitingQueues {
  private readonly heads: Int32Array;
  private readonly tails: Int32Array;
  private readonly lengths: Int32Array;
  /** Contact id at the head of each queue, or -1. */
  constructor(
    readonly count: number,
    private readonly contacts: ContactTable,
  ) {
    this.heads = new Int32Array(count).fill(-1);
    this.tails = new Int32Array(count).fill(-1);
    this.lengths = new Int32Array(count);
  }

  /** Oldest contact in queue `q`, or -1. */
  head(q: number): number {
    return this.heads[q] as number;
  }

  /** Number of contacts in queue `q`. */
  length(q: number): number {
    return this.lengths[q] as number;
  }

  /** The contact behind `contact` in its queue, or -1. */
  next(contact: number): number {
    return this.contacts.next[contact] as number;
  }

  /** Appends a contact at the tail of queue `q`. */
  push(q: number, contact: number): void {
    const c = this.contacts;
    const tail = this.tails[q] as number;
    c.prev[contact] = tail;
    c.next[contact] = -1;
    if (tail < 0) this.heads[q] = contact;
    else c.next[tail] = contact;
    this.tails[q] = contact;
    this.lengths[q]!++;
  }

  /** Puts a contact at the head of queue `q` (a scheduled callback that is due). */
  pushFront(q: number, contact: number): void {
    const c = this.contacts;
    const head = this.heads[q] as number;
    c.prev[contact] = -1;
    c.next[contact] = head;
    if (head < 0) this.tails[q] = contact;
    else c.prev[head] = contact;
    this.heads[q] = contact;
    this.lengths[q]!++;
  }

  /** Removes a contact from queue `q` (wherever it stands). */
  remove(q: number, contact: number): void {
    const c = this.contacts;
    const p = c.prev[contact] as number;
    const n = c.next[contact] as number;
    if (p < 0) this.heads[q] = n;
    else c.next[p] = n;
    if (n < 0) this.tails[q] = p;
    else c.prev[n] = p;
    c.prev[contact] = -1;
    c.next[contact] = -1;
    this.lengths[q]!--;
  }
}
