/**
 * Layout variant used as a lower bound: a bare 4-ary heap of (time, payload) with the same
 * branch-free child selection as routelab, but no tie keys (not stable), no slots and no cancel.
 * It shows what the stability and cancellation bookkeeping cost.
 * @module
 */

/** Bare 4-ary heap of times and payloads (unstable, no cancel). */
export class BareQuadQueue {
  private time = new Float64Array(68).fill(Infinity);
  private payload = new Float64Array(68);
  private count = 0;
  lastTime = Number.NaN;

  push(time: number, payload: number): number {
    if (this.count + 4 >= this.time.length) this.grow();
    const times = this.time;
    const payloads = this.payload;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 2;
      const pt = times[parent]!;
      if (pt <= time) break;
      times[i] = pt;
      payloads[i] = payloads[parent]!;
      i = parent;
    }
    times[i] = time;
    payloads[i] = payload;
    return 0;
  }

  pop(): number {
    if (this.count === 0) return -1;
    const times = this.time;
    const payloads = this.payload;
    const top = payloads[0]!;
    this.lastTime = times[0]!;
    const n = --this.count;
    const time = times[n]!;
    times[n] = Infinity;
    if (n === 0) return top;
    const payload = payloads[n]!;
    let i = 0;
    for (;;) {
      const first = (i << 2) + 1;
      if (first >= n) break;
      const a = first + +(times[first + 1]! < times[first]!);
      const b = first + 2 + +(times[first + 3]! < times[first + 2]!);
      const best = a + (b - a) * +(times[b]! < times[a]!);
      const bt = times[best]!;
      if (time <= bt) break;
      times[i] = bt;
      payloads[i] = payloads[best]!;
      i = best;
    }
    times[i] = time;
    payloads[i] = payload;
    return top;
  }

  cancel(): boolean {
    throw new Error('layout variant: cancel is not implemented');
  }

  private grow(): void {
    const capacity = 2 * this.time.length;
    const time = new Float64Array(capacity).fill(Infinity);
    time.set(this.time);
    this.time = time;
    const payload = new Float64Array(capacity);
    payload.set(this.payload);
    this.payload = payload;
  }
}
