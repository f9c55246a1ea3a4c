/**
 * Layout variant (the first version of routelab's queue): a 4-ary heap with time, tie key and
 * slot all inline in heap order (three parallel arrays), and a plain branchy loop over the
 * children.
 * @module
 */
import { SlotTable } from './queue-layout-slots';

/** 4-ary heap, time + tie + slot inline, branchy child selection. */
export class InlineTieQueue {
  private heapTime = new Float64Array(64);
  private heapTie = new Float64Array(64);
  private heapSlot = new Int32Array(64);
  private readonly slots = new SlotTable(64);
  private count = 0;
  lastTime = Number.NaN;

  push(time: number, payload: number, priority = 0): number {
    const slot = this.slots.take(time, payload, priority);
    if (this.count === this.heapTime.length) this.grow();
    const heapTime = this.heapTime;
    const heapTie = this.heapTie;
    const heapSlot = this.heapSlot;
    const pos = this.slots.pos;
    const tie = this.slots.tie[slot]!;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 2;
      const pt = heapTime[parent]!;
      if (pt < time || (pt === time && heapTie[parent]! < tie)) break;
      heapTime[i] = pt;
      heapTie[i] = heapTie[parent]!;
      const ps = heapSlot[parent]!;
      heapSlot[i] = ps;
      pos[ps] = i;
      i = parent;
    }
    heapTime[i] = time;
    heapTie[i] = tie;
    heapSlot[i] = slot;
    pos[slot] = i;
    return slot;
  }

  pop(): number {
    if (this.count === 0) return -1;
    const heapTime = this.heapTime;
    const heapTie = this.heapTie;
    const heapSlot = this.heapSlot;
    const pos = this.slots.pos;
    const top = heapSlot[0]!;
    this.lastTime = heapTime[0]!;
    const payload = this.slots.payload[top]!;
    this.slots.release(top);
    const n = --this.count;
    if (n === 0) return payload;
    const time = heapTime[n]!;
    const tie = heapTie[n]!;
    const slot = heapSlot[n]!;
    let i = 0;
    for (;;) {
      const first = (i << 2) + 1;
      if (first >= n) break;
      let best = first;
      let bt = heapTime[first]!;
      const end = first + 4 < n ? first + 4 : n;
      for (let c = first + 1; c < end; c++) {
        const ct = heapTime[c]!;
        if (ct < bt || (ct === bt && heapTie[c]! < heapTie[best]!)) {
          best = c;
          bt = ct;
        }
      }
      if (time < bt || (time === bt && tie < heapTie[best]!)) break;
      heapTime[i] = bt;
      heapTie[i] = heapTie[best]!;
      const bs = heapSlot[best]!;
      heapSlot[i] = bs;
      pos[bs] = i;
      i = best;
    }
    heapTime[i] = time;
    heapTie[i] = tie;
    heapSlot[i] = slot;
    pos[slot] = i;
    return payload;
  }

  cancel(): boolean {
    throw new Error('layout variant: cancel is not implemented');
  }

  private grow(): void {
    const capacity = 2 * this.heapTime.length;
    const heapTime = new Float64Array(capacity);
    heapTime.set(this.heapTime);
    this.heapTime = heapTime;
    const heapTie = new Float64Array(capacity);
    heapTie.set(this.heapTie);
    this.heapTie = heapTie;
    const heapSlot = new Int32Array(capacity);
    heapSlot.set(this.heapSlot);
    this.heapSlot = heapSlot;
  }
}
