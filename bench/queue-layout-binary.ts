/**
 * Layout variant: routelab's layout (times and slots inline in heap order, tie keys per slot,
 * branch-free child selection) but with a binary heap instead of a 4-ary one.
 * @module
 */
import { SlotTable } from './queue-layout-slots';

/** Binary heap, times + slots inline, branch-free. */
export class BinaryInlineQueue {
  private heapTime = new Float64Array(66).fill(Infinity);
  private heapSlot = new Int32Array(66);
  private readonly slots = new SlotTable(64);
  private count = 0;
  lastTime = Number.NaN;

  push(time: number, payload: number, priority = 0): number {
    const slot = this.slots.take(time, payload, priority);
    if (this.count + 2 >= this.heapTime.length) this.grow();
    const heapTime = this.heapTime;
    const heapSlot = this.heapSlot;
    const pos = this.slots.pos;
    const ties = this.slots.tie;
    const tie = ties[slot]!;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = heapTime[parent]!;
      if (pt < time) break;
      const ps = heapSlot[parent]!;
      if (pt === time && ties[ps]! < tie) break;
      heapTime[i] = pt;
      heapSlot[i] = ps;
      pos[ps] = i;
      i = parent;
    }
    heapTime[i] = time;
    heapSlot[i] = slot;
    pos[slot] = i;
    return slot;
  }

  pop(): number {
    if (this.count === 0) return -1;
    const heapTime = this.heapTime;
    const heapSlot = this.heapSlot;
    const pos = this.slots.pos;
    const ties = this.slots.tie;
    const top = heapSlot[0]!;
    this.lastTime = heapTime[0]!;
    const payload = this.slots.payload[top]!;
    this.slots.release(top);
    const n = --this.count;
    const time = heapTime[n]!;
    heapTime[n] = Infinity;
    if (n === 0) return payload;
    const slot = heapSlot[n]!;
    const tie = ties[slot]!;
    let i = 0;
    for (;;) {
      const left = (i << 1) + 1;
      if (left >= n) break;
      const tl = heapTime[left]!;
      const tr = heapTime[left + 1]!;
      let best = left + +(tr < tl);
      if (tl === tr && left + 1 < n && ties[heapSlot[left + 1]!]! < ties[heapSlot[left]!]!) best = left + 1;
      const bt = heapTime[best]!;
      if (time < bt) break;
      const bs = heapSlot[best]!;
      if (time === bt && tie < ties[bs]!) break;
      heapTime[i] = bt;
      heapSlot[i] = bs;
      pos[bs] = i;
      i = best;
    }
    heapTime[i] = time;
    heapSlot[i] = slot;
    pos[slot] = i;
    return payload;
  }

  cancel(): boolean {
    throw new Error('layout variant: cancel is not implemented');
  }

  private grow(): void {
    const capacity = 2 * this.heapTime.length;
    const heapTime = new Float64Array(capacity).fill(Infinity);
    heapTime.set(this.heapTime);
    this.heapTime = heapTime;
    const heapSlot = new Int32Array(capacity);
    heapSlot.set(this.heapSlot);
    this.heapSlot = heapSlot;
  }
}
