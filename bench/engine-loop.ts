import seedrandom from 'seedrandom';

/** Parameters of the M/M/c+M center both the library and the loop simulate. */
export interface MmcmParams {
  readonly agents: number;
  readonly arrivalRate: number;
  readonly meanHandleTime: number;
  readonly meanPatience: number;
  readonly arrivals: number;
  readonly serviceLevelThreshold: number;
}

/** What the loop measures. */
export interface LoopResult {
  readonly offered: number;
  readonly served: number;
  readonly abandoned: number;
  readonly meanWait: number;
  readonly serviceLevel: number;
  readonly events: number;
}

/**
 * A tight, hand-written M/M/c+M simulation with no library: a binary heap of service completions
 * in a Float64Array, a ring buffer of waiting customers, and abandonment checked lazily when a
 * customer reaches the head of the FIFO line (exact for FIFO: a customer whose patience ran out
 * before an agent was free had left). It is the speed baseline for the full library.
 */
export function runLoop(p: MmcmParams, seed = 1): LoopResult {
  const arrivalsU = seedrandom.alea(`${seed}/arrivals`);
  const serviceU = seedrandom.alea(`${seed}/service`);
  const patienceU = seedrandom.alea(`${seed}/patience`);
  const exp = (u: () => number, mean: number): number => -mean * Math.log(1 - u());
  const heap = new Float64Array(p.agents + 1);
  let heapSize = 0;
  const capacity = 1 << 20;
  const mask = capacity - 1;
  const qArrival = new Float64Array(capacity);
  const qDeadline = new Float64Array(capacity);
  let head = 0;
  let tail = 0;
  let free = p.agents;
  let now = 0;
  let nextArrival = exp(arrivalsU, 1 / p.arrivalRate);
  let offered = 0;
  let served = 0;
  let abandoned = 0;
  let waitSum = 0;
  let within = 0;
  let events = 0;

  const push = (t: number): void => {
    let i = heapSize++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = heap[parent] as number;
      if (pt <= t) break;
      heap[i] = pt;
      i = parent;
    }
    heap[i] = t;
  };
  const pop = (): number => {
    const top = heap[0] as number;
    const last = heap[--heapSize] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= heapSize) break;
      if (child + 1 < heapSize && (heap[child + 1] as number) < (heap[child] as number)) child++;
      if ((heap[child] as number) >= last) break;
      heap[i] = heap[child] as number;
      i = child;
    }
    heap[i] = last;
    return top;
  };
  const serve = (arrival: number): void => {
    const wait = now - arrival;
    served++;
    waitSum += wait;
    if (wait <= p.serviceLevelThreshold) within++;
    free--;
    push(now + exp(serviceU, p.meanHandleTime));
  };

  while (offered < p.arrivals || heapSize > 0) {
    const completion = heapSize > 0 ? (heap[0] as number) : Infinity;
    events++;
    if (offered < p.arrivals && nextArrival < completion) {
      now = nextArrival;
      offered++;
      const deadline = now + exp(patienceU, p.meanPatience);
      if (free > 0 && head === tail) serve(now);
      else {
        qArrival[tail & mask] = now;
        qDeadline[tail & mask] = deadline;
        tail++;
      }
      nextArrival = now + exp(arrivalsU, 1 / p.arrivalRate);
    } else {
      now = pop();
      free++;
      while (head !== tail) {
        const k = head & mask;
        head++;
        if ((qDeadline[k] as number) < now) {
          abandoned++;
          continue;
        }
        serve(qArrival[k] as number);
        break;
      }
    }
  }
  abandoned += tail - head;
  return { offered, served, abandoned, meanWait: waitSum / served, serviceLevel: within / (served + abandoned), events };
}
