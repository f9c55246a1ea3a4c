/**
 * Layout variant: the classic indirect heap. The 4-ary heap holds only slot indices; times and
 * tie keys are read through the slot (`time[heap[i]]`), branchy child selection.
 * @module
 */
import { SlotTable } from './queue-layout-slots';

/** 4-ary heap of slots, keys per slot (indirect), branchy. */
export class IndirectQueue {
  private heap = new Int32Array(64);
  private time = new Float64Array(64);
  private readonly slots = new SlotTable(64);
  private count = 0;
  lastTime = Number.NaN;

  push(time: number, payload: number, priority = 0): number {
    const slot = this.slots.take(time, payload, priority);
    if (this.count === this.heap.length) this.growHeap();
    if (slot >= this.time.length) this.growTimes();
    const heap = this.heap;
    const times = this.time;
    const ties = this.slots.tie;
    const pos = this.slots.pos;
    times[slot] = time;
    const tie = ties[slot]!;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 2;
      const ps = heap[parent]!;
      const pt = times[ps]!;
      if (pt < time || (pt === time && ties[ps]! < tie)) break;
      heap[i] = ps;
      pos[ps] = i;
      i = parent;
    }
    heap[i] = slot;
    pos[slot] = i;
    return slot;
  }

  pop(): number {
    if (this.count === 0) return -1;
    const heap = this.heap;
    const times = this.time;
    const ties = this.slots.tie;
    const pos = this.slots.pos;
    const top = heap[0]!;
    this.lastTime = times[top]!;
    const payload = this.slots.payload[top]!;
    this.slots.release(top);
    const n = --this.count;
    if (n === 0) return payload;
    const slot = heap[n]!;
    const time = times[slot]!;
    const tie = ties[slot]!;
    let i = 0;
    for (;;) {
      const first = (i << 2) + 1;
      if (first >= n) break;
      let best = heap[first]!;
      let bi = first;
      let bt = times[best]!;
      const end = first + 4 < n ? first + 4 : n;
      for (let c = first + 1; c < end; c++) {
        const cs = heap[c]!;
        const ct = times[cs]!;
        if (ct < bt || (ct === bt && ties[cs]! < ties[best]!)) {
          best = cs;
          bi = c;
          bt = ct;
        }
      }
      if (time < bt || (time === bt && tie < ties[best]!)) break;
      heap[i] = best;
      pos[best] = i;
      i = bi;
    }
    heap[i] = slot;
    pos[slot] = i;
    return payload;
  }

  cancel(): boolean {
    throw new Error('layout variant: cancel is not implemented');
  }

  private growHeap(): void {
    const heap = new Int32Array(2 * this.heap.length);
    heap.set(this.heap);
    this.heap = heap;
  }

  private growTimes(): void {
    const time = new Float64Array(2 * this.time.length);
    time.set(this.time);
    this.time = time;
  }
}
