import { growFloat64, growInt32, growUint8 } from '../util/typed-array-growth';

/** What came for a held messaging session while it was suspended ({@link SuspensionSlots.pending}). */
export const Pending = {
  nothing: 0,
  reply: 1,
  timeout: 2,
} as const;

/**
 * Per contact slot, what {@link Interruptions} keeps of a contact a call may suspend: its end of
 * service, work left, time and number of suspensions, and for a held messaging session whether it
 * is in a reply gap and what came while it was suspended. Parallel typed arrays, grown with the
 * contact table.
 */
export class SuspensionSlots {
  /** Scheduled end of service of each tracked contact slot (while in service). */
  dueAt: Float64Array = new Float64Array(256);
  /** Work left (seconds) of each suspended contact slot. */
  workLeft: Float64Array = new Float64Array(256);
  /** When each contact slot was last suspended. */
  suspendedAt: Float64Array = new Float64Array(256);
  /** Total time each contact slot spent suspended during its current service. */
  suspendedTotal: Float64Array = new Float64Array(256);
  /** Number of times each contact slot was suspended during its current service. */
  count: Int32Array = new Int32Array(256);
  /** 1 while a tracked contact slot is a held session in a reply gap (no work running). */
  gap: Uint8Array = new Uint8Array(256);
  /** What came for a held session while it was suspended (a {@link Pending} value). */
  pending: Uint8Array = new Uint8Array(256);

  /** Makes room for contact slot `c`, growing to at least `capacity` slots. */
  ensure(c: number, capacity: number): void {
    if (c < this.count.length) return;
    const n = Math.max(capacity, c + 1);
    this.dueAt = growFloat64(this.dueAt, n);
    this.workLeft = growFloat64(this.workLeft, n);
    this.suspendedAt = growFloat64(this.suspendedAt, n);
    this.suspendedTotal = growFloat64(this.suspendedTotal, n);
    this.count = growInt32(this.count, n);
    this.gap = growUint8(this.gap, n);
    this.pending = growUint8(this.pending, n);
  }
}
