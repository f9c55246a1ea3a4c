import { ContactInt, ContactReal, type ContactTable } from './contact-table';

/**
 * The waiting queues of contacts, as doubly linked lists threaded through the contact table
 * (`prev`/`next`), so that a contact leaves from anywhere (abandonment) in O(1). There is one
 * queue per (contact type, customer segment); routing policies choose among queue heads.
 *
 * Each queue has three sections, in this order:
 * 1. the *due callbacks still within their promise* ({@link WaitingQueues.pushDue} with
 *    `promise ≥ now`): a call now keeps the promise;
 * 2. the *due callbacks past their promise* (entered late, or moved there by
 *    {@link WaitingQueues.lapse} when their promised time passed while they waited);
 * 3. everyone else, first in, first out.
 *
 * Both callback sections are sorted by promise (`ContactReal.promise`, earliest first; ties:
 * smaller `serial`). So the head of a queue is the contact the routing selectors rank first
 * within it (see `compareDueCallbacks` in routing/selectors), and each section is FIFO in the
 * order its contacts fell due when all callbacks of the type share one promise delay.
 */
export class WaitingQueues {
  private readonly heads: Int32Array;
  private readonly tails: Int32Array;
  private readonly lengths: Int32Array;
  /** Last contact of each queue's section 1 (callbacks within their promise), or -1. */
  private readonly keptTails: Int32Array;
  /** Last contact of each queue's section 2 (callbacks past their promise), or -1. */
  private readonly lateTails: Int32Array;

  /** @param contacts - the contact table whose `prev`/`next` links chain the queues */
  constructor(
    /** Number of queues (contact types × segments). */
    readonly count: number,
    private readonly contacts: ContactTable,
  ) {
    this.heads = new Int32Array(count).fill(-1);
    this.tails = new Int32Array(count).fill(-1);
    this.lengths = new Int32Array(count);
    this.keptTails = new Int32Array(count).fill(-1);
    this.lateTails = new Int32Array(count).fill(-1);
  }

  /** First contact in queue `q` (see the class description for the order), or -1. */
  head(q: number): number {
    return this.heads[q] as number;
  }

  /** Number of contacts in queue `q`. */
  length(q: number): number {
    return this.lengths[q] as number;
  }

  /** The contact behind `contact` in its queue, or -1. */
  next(contact: number): number {
    return this.contacts.ints[contact * ContactInt.stride + ContactInt.next] as number;
  }

  /** Appends a contact (not a due callback) at the tail of queue `q`. */
  push(q: number, contact: number): void {
    this.insertAfter(q, this.tails[q] as number, contact);
  }

  /**
   * Puts a due callback into queue `q`, in promise order within its section: section 1 when a
   * call at `now` keeps its promise (`promise ≥ now`), else section 2. Returns true for section 1;
   * the caller must then call {@link WaitingQueues.lapse} once its promised time has passed.
   *
   * Walks back from the end of the section, so it costs O(1) when callbacks fall due in promise
   * order (the usual case: one promise delay per type) and at most the section's length otherwise.
   */
  pushDue(q: number, contact: number, now: number): boolean {
    const kept = (this.contacts.reals[contact * ContactReal.stride + ContactReal.promise] as number) >= now;
    if (kept) this.insertKept(q, contact);
    else this.insertLate(q, contact);
    return kept;
  }

  /** Moves due callback `contact` of queue `q` from section 1 to section 2: its promised time has passed. */
  lapse(q: number, contact: number): void {
    this.remove(q, contact);
    this.insertLate(q, contact);
  }

  /** Removes a contact from queue `q` (wherever it stands). */
  remove(q: number, contact: number): void {
    const c = this.contacts;
    const p = c.ints[contact * ContactInt.stride + ContactInt.prev] as number;
    const n = c.ints[contact * ContactInt.stride + ContactInt.next] as number;
    // Sections are consecutive: the contact before the end of section 2 is in section 2 or is the
    // end of section 1; the contact before the end of section 1 is in section 1 or is none.
    if (this.lateTails[q] === contact) this.lateTails[q] = p === this.keptTails[q] ? -1 : p;
    if (this.keptTails[q] === contact) this.keptTails[q] = p;
    if (p < 0) this.heads[q] = n;
    else c.ints[p * ContactInt.stride + ContactInt.next] = n;
    if (n < 0) this.tails[q] = p;
    else c.ints[n * ContactInt.stride + ContactInt.prev] = p;
    c.ints[contact * ContactInt.stride + ContactInt.prev] = -1;
    c.ints[contact * ContactInt.stride + ContactInt.next] = -1;
    this.lengths[q]!--;
  }

  private insertKept(q: number, contact: number): void {
    const ints = this.contacts.ints;
    const end = this.keptTails[q] as number;
    let after = end;
    // Stryker disable next-line ConditionalExpression: dueLater(-1, ·) reads the record at -1, undefined, and `undefined > p` and `undefined === p` are false, so the loop stops at -1 as the guard makes it
    while (after >= 0 && this.dueLater(after, contact)) after = ints[after * ContactInt.stride + ContactInt.prev] as number;
    this.insertAfter(q, after, contact);
    if (after === end) this.keptTails[q] = contact;
  }

  private insertLate(q: number, contact: number): void {
    const ints = this.contacts.ints;
    const start = this.keptTails[q] as number;
    const late = this.lateTails[q] as number;
    const end = late >= 0 ? late : start;
    let after = end;
    while (after !== start && this.dueLater(after, contact)) after = ints[after * ContactInt.stride + ContactInt.prev] as number;
    this.insertAfter(q, after, contact);
    if (after === end) this.lateTails[q] = contact;
  }

  /** Links `contact` into queue `q` right after `after` (-1: at the head). */
  private insertAfter(q: number, after: number, contact: number): void {
    const c = this.contacts;
    const before = after < 0 ? (this.heads[q] as number) : (c.ints[after * ContactInt.stride + ContactInt.next] as number);
    c.ints[contact * ContactInt.stride + ContactInt.prev] = after;
    c.ints[contact * ContactInt.stride + ContactInt.next] = before;
    if (after < 0) this.heads[q] = contact;
    else c.ints[after * ContactInt.stride + ContactInt.next] = contact;
    if (before < 0) this.tails[q] = contact;
    else c.ints[before * ContactInt.stride + ContactInt.prev] = contact;
    this.lengths[q]!++;
  }

  /** True when due callback `a` comes after due callback `b` (later promise, or same and larger serial). */
  private dueLater(a: number, b: number): boolean {
    const c = this.contacts;
    const pa = c.reals[a * ContactReal.stride + ContactReal.promise] as number;
    const pb = c.reals[b * ContactReal.stride + ContactReal.promise] as number;
    // Stryker disable next-line EqualityOperator: pa and pb differ here, so `>=` is `>`
    if (pa !== pb) return pa > pb;
    // Stryker disable next-line EqualityOperator: serials are unique (one per contact), so `>=` and `>` differ only for a contact compared with itself, which the walks never do
    return (c.reals[a * ContactReal.stride + ContactReal.serial] as number) > (c.reals[b * ContactReal.stride + ContactReal.serial] as number);
  }
}
