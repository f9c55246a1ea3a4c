import { EventQueue } from './event-queue';
import type { LaneTree } from './lane-tree';

/**
 * The simulator's *distant* events (see `Simulator.scheduleDistantAt`): events due far ahead and
 * never cancelled, such as customers' returns hours later, kept in an event queue of their own so
 * that they do not deepen the main heap. Each carries the tie key the main queue reserved for it
 * (`EventQueue.reserveTie`), so this queue orders them exactly as the main queue would have; its
 * first event sits in one lane of the simulator's lane tree, which merges it with the arrival
 * lanes and the main queue by (time, tie key).
 *
 * @internal
 */
export class DistantQueue {
  private readonly queue = new EventQueue(1024);

  /**
   * @param lanes the simulator's lane tree
   * @param lane the lane of the tree this queue's first event sits in (it owns that lane)
   */
  constructor(
    private readonly lanes: LaneTree,
    readonly lane: number,
  ) {}

  /** Pending distant events. */
  get size(): number {
    return this.queue.size;
  }

  /** Adds an event (fields already checked) with its reserved tie key; it takes the lane if it comes first. */
  insert(time: number, tie: number, payload: number): void {
    this.queue.insertTied(time, payload, tie);
    const lanes = this.lanes;
    const lane = this.lane;
    const first = lanes.time[lane]!;
    if (time < first || (time === first && tie < lanes.tie[lane]!)) lanes.set(lane, time, tie, payload);
  }

  /** Removes the first event (the lane's) and returns its payload; the next one takes the lane. */
  take(): number {
    const queue = this.queue;
    const payload = queue.pop();
    const next = queue.peekTime();
    if (next === Infinity) this.lanes.set(this.lane, Infinity, 0, 0);
    else this.lanes.set(this.lane, next, queue.peekTie(), queue.peekPayload());
    return payload;
  }
}
