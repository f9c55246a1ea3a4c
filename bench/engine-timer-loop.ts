import seedrandom from 'seedrandom';
import type { LoopResult, MmcmParams } from './engine-loop';

/**
 * The second speed baseline: the M/M/c+M center of `engine-loop.ts`, hand-written, but keeping
 * one patience timer per waiting caller, the way a general simulator must (a caller may leave
 * from anywhere in the line; routelab's engine does the same). Nothing is checked lazily:
 *
 * - one indexed binary heap (typed arrays: times, event ids, and each id's heap position) holds
 *   the service completions (id = agent) and the patience timers (id = agents + caller slot);
 * - a caller who must wait gets a slot, joins a doubly linked FIFO line over the slots, and
 *   schedules its patience timer; when an agent takes it, the timer is cancelled (removed from
 *   the heap by position, O(log n)) and the caller unlinked; when the timer fires first, the
 *   caller abandons and is unlinked;
 * - arrivals, as in `engine-loop.ts`, are one variable (the next arrival time), not a heap event.
 *
 * It draws the same random numbers in the same order as `runLoop` (arrival gaps and patience at
 * each arrival, a handle time at each service start), and since a FIFO caller whose patience ran
 * out before an agent freed up has left in both, it serves and loses exactly the same callers:
 * the two loops differ only in the work they do, so their times compare the price of the timers.
 * `events` counts the arrivals, completions and fired patience timers (cancelled ones do not fire).
 */
export function runTimerLoop(p: MmcmParams, seed = 1): LoopResult {
  const arrivalsU = seedrandom.alea(`${seed}/arrivals`);
  const serviceU = seedrandom.alea(`${seed}/service`);
  const patienceU = seedrandom.alea(`${seed}/patience`);
  const exp = (u: () => number, mean: number): number => -mean * Math.log(1 - u());
  const agents = p.agents;
  let slots = 1 << 10;
  // The heap: entry k has time heapTime[k] and id heapId[k]; position[id] is its entry or -1.
  let heapTime = new Float64Array(agents + slots);
  let heapId = new Int32Array(agents + slots);
  let position = new Int32Array(agents + slots).fill(-1);
  let heapSize = 0;
  // Caller slots: arrival time, FIFO links (-1 at the ends), and a free list through `next`.
  let arrivalOf = new Float64Array(slots);
  let prev = new Int32Array(slots);
  let next = new Int32Array(slots);
  let freeSlot = 0;
  for (let s = 0; s < slots; s++) next[s] = s + 1 < slots ? s + 1 : -1;
  let first = -1;
  let last = -1;
  const freeAgents: number[] = [];
  for (let a = agents - 1; a >= 0; a--) freeAgents.push(a);
  let now = 0;
  let nextArrival = exp(arrivalsU, 1 / p.arrivalRate);
  let offered = 0;
  let served = 0;
  let abandoned = 0;
  let waitSum = 0;
  let within = 0;
  let events = 0;

  const siftUp = (k: number, t: number, id: number): void => {
    while (k > 0) {
      const parent = (k - 1) >> 1;
      const pt = heapTime[parent]!;
      if (pt <= t) break;
      const pid = heapId[parent]!;
      heapTime[k] = pt;
      heapId[k] = pid;
      position[pid] = k;
      k = parent;
    }
    heapTime[k] = t;
    heapId[k] = id;
    position[id] = k;
  };
  const siftDown = (k: number, t: number, id: number): void => {
    for (;;) {
      let child = 2 * k + 1;
      if (child >= heapSize) break;
      if (child + 1 < heapSize && heapTime[child + 1]! < heapTime[child]!) child++;
      const ct = heapTime[child]!;
      if (ct >= t) break;
      const cid = heapId[child]!;
      heapTime[k] = ct;
      heapId[k] = cid;
      position[cid] = k;
      k = child;
    }
    heapTime[k] = t;
    heapId[k] = id;
    position[id] = k;
  };
  const schedule = (t: number, id: number): void => siftUp(heapSize++, t, id);
  /** Removes the entry at heap position k. */
  const removeAt = (k: number): void => {
    position[heapId[k]!] = -1;
    heapSize--;
    if (k === heapSize) return;
    const t = heapTime[heapSize]!;
    const id = heapId[heapSize]!;
    if (k > 0 && heapTime[(k - 1) >> 1]! > t) siftUp(k, t, id);
    else siftDown(k, t, id);
  };
  const unlink = (s: number): void => {
    const a = prev[s]!;
    const b = next[s]!;
    if (a >= 0) next[a] = b;
    else first = b;
    if (b >= 0) prev[b] = a;
    else last = a;
    next[s] = freeSlot;
    freeSlot = s;
  };
  const growSlots = (): void => {
    const more = slots * 2;
    const grownTime = new Float64Array(agents + more);
    grownTime.set(heapTime);
    const grownId = new Int32Array(agents + more);
    grownId.set(heapId);
    const grownPosition = new Int32Array(agents + more).fill(-1);
    grownPosition.set(position);
    const grownArrival = new Float64Array(more);
    grownArrival.set(arrivalOf);
    const grownPrev = new Int32Array(more);
    grownPrev.set(prev);
    const grownNext = new Int32Array(more);
    grownNext.set(next);
    for (let s = slots; s < more; s++) grownNext[s] = s + 1 < more ? s + 1 : -1;
    freeSlot = slots;
    [heapTime, heapId, position, arrivalOf, prev, next, slots] = [grownTime, grownId, grownPosition, grownArrival, grownPrev, grownNext, more];
  };
  const serve = (agent: number, arrival: number): void => {
    const wait = now - arrival;
    served++;
    waitSum += wait;
    if (wait <= p.serviceLevelThreshold) within++;
    schedule(now + exp(serviceU, p.meanHandleTime), agent);
  };

  while (offered < p.arrivals || heapSize > 0) {
    events++;
    if (offered < p.arrivals && (heapSize === 0 || nextArrival < heapTime[0]!)) {
      now = nextArrival;
      offered++;
      const patience = exp(patienceU, p.meanPatience);
      const agent = first < 0 ? freeAgents.pop() : undefined;
      if (agent !== undefined) serve(agent, now);
      else {
        if (freeSlot < 0) growSlots();
        const s = freeSlot;
        freeSlot = next[s]!;
        arrivalOf[s] = now;
        prev[s] = last;
        next[s] = -1;
        if (last >= 0) next[last] = s;
        else first = s;
        last = s;
        schedule(now + patience, agents + s);
      }
      nextArrival = now + exp(arrivalsU, 1 / p.arrivalRate);
      continue;
    }
    now = heapTime[0]!;
    const id = heapId[0]!;
    removeAt(0);
    if (id >= agents) {
      abandoned++;
      unlink(id - agents);
    } else if (first >= 0) {
      const s = first;
      removeAt(position[agents + s]!);
      const arrival = arrivalOf[s]!;
      unlink(s);
      serve(id, arrival);
    } else freeAgents.push(id);
  }
  return { offered, served, abandoned, meanWait: waitSum / served, serviceLevel: within / (served + abandoned), events };
}
