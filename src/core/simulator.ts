import { DistantQueue } from './distant-queue';
import { EventQueue, type EventHandle } from './event-queue';
import { invalidPriority, invalidTime } from './event-queue-shared';
import { LaneTree } from './lane-tree';
import { EventPriority } from './priority';

/** Identifier of an event kind registered with {@link Simulator.defineEvent}. */
export type EventKind = number;

/** Handles one occurrence of an event kind; `arg` is the integer given to `schedule`. */
export type EventHandler = (arg: number) => void;

/**
 * Runs one event given its kind and argument (see {@link Simulator.dispatchBy}): typically a
 * `switch` over the kinds a model owns, calling their methods directly.
 */
export type EventDispatch = (kind: EventKind, arg: number) => void;

/** Options of {@link Simulator.run}. */
export interface RunOptions {
  /**
   * Stop before the first event later than this time; the clock is then advanced to `until`.
   * @default Infinity (run until no event is left)
   */
  until?: number;
  /**
   * Stop after this many events (a guard against runaway models).
   * @default Infinity
   */
  maxEvents?: number;
}

/** Largest number of event kinds one simulator can register. */
export const MAX_EVENT_KINDS = 256;

/** Identifier of a lane created with {@link Simulator.defineLane}. */
export type LaneId = number;

/**
 * The discrete-event kernel: a clock and a future-event list.
 *
 * Events carry no closures or objects: a model registers each *kind* of event once with
 * {@link Simulator.defineEvent} and schedules occurrences as (time, kind, integer argument), which
 * the kernel packs into the event queue's numeric payload. The integer argument is typically a
 * dense index (a contact slot, an agent id).
 *
 * Ties at the same instant are broken by priority ({@link EventPriority}), then first in, first out.
 *
 * A stream of events that each schedule the next (a contact type's arrivals) can run from a
 * *lane* ({@link Simulator.defineLane}) instead of the queue: one pending event per lane, merged
 * with the queue in exactly the same order, without a heap insertion and removal per event.
 * Events due far ahead and never cancelled (a customer's return hours later) can wait in a queue
 * of their own ({@link Simulator.scheduleDistantAt}), so they do not deepen the main heap.
 *
 * @example
 * ```ts
 * const sim = new Simulator();
 * const hello = sim.defineEvent('hello', (n) => console.log(sim.now, n));
 * sim.schedule(5, hello, 42);
 * sim.run();            // prints "5 42"
 * ```
 */
export class Simulator {
  /** The current simulated time (seconds by convention). */
  now = 0;
  private readonly queue: EventQueue;
  private readonly handlers: EventHandler[] = [];
  private readonly names: string[] = [];
  private processed = 0;
  private stopped = false;
  /** The function that runs every event by kind (see {@link Simulator.dispatchBy}); null: each kind's handler. */
  private dispatch: EventDispatch | null = null;
  /** The lanes' pending events, the first at the root of a tournament tree. */
  private readonly lanes = new LaneTree();
  /** A lane emptied by `take` whose path in the tree is not replayed yet (-1: none). */
  private laneToReplay = -1;
  private lanesPending = 0;
  /** Distant events (see {@link Simulator.scheduleDistantAt}); null until the first is scheduled. */
  private distant: DistantQueue | null = null;
  /** The distant queue's lane (-1 until the first distant event is scheduled). */
  private distantLane = -1;

  /** @param initialCapacity initial capacity of the event queue (it grows as needed). */
  constructor(initialCapacity = 1024) {
    this.queue = new EventQueue(initialCapacity);
  }

  /** Registers a kind of event and its handler; returns the kind to pass to `schedule`. */
  defineEvent(name: string, handler: EventHandler): EventKind {
    if (this.handlers.length >= MAX_EVENT_KINDS) {
      throw new RangeError(`defineEvent: at most ${MAX_EVENT_KINDS} event kinds, cannot add '${name}'`);
    }
    this.handlers.push(handler);
    this.names.push(name);
    return this.handlers.length - 1;
  }

  /** The handler an event kind was registered with (for a {@link Simulator.dispatchBy} function's other kinds). */
  handlerOf(kind: EventKind): EventHandler {
    const handler = this.handlers[kind];
    if (handler === undefined) throw new RangeError(`unknown event kind ${kind}`);
    return handler;
  }

  /**
   * Runs every event through `dispatch(kind, arg)` instead of its kind's handler. A model that
   * owns the frequent kinds switches on the kind and calls their methods directly: one call site
   * per kind that the JIT can inline, where the handler table is one indirect call through a
   * closure per event. `dispatch` must do what the kind's handler does, and call
   * {@link Simulator.handlerOf} for the kinds it does not know. The order of events is unchanged.
   */
  dispatchBy(dispatch: EventDispatch): void {
    this.dispatch = dispatch;
  }

  /** The name an event kind was registered with. */
  eventName(kind: EventKind): string {
    const name = this.names[kind];
    if (name === undefined) throw new RangeError(`unknown event kind ${kind}`);
    return name;
  }

  /**
   * Schedules an event `delay` seconds from now.
   * @param priority same-instant priority, 0..255 (see {@link EventPriority})
   * @returns a handle for {@link Simulator.cancel}
   */
  schedule(delay: number, kind: EventKind, arg = 0, priority: number = EventPriority.arrival): EventHandle {
    if (!(delay >= 0)) {
      throw new RangeError(`schedule: delay must be a non-negative number, got ${delay}`);
    }
    return this.push(this.now + delay, kind, arg, priority);
  }

  /** Schedules an event at absolute time `time` (not before `now`). */
  scheduleAt(time: number, kind: EventKind, arg = 0, priority: number = EventPriority.arrival): EventHandle {
    if (!(time >= this.now)) {
      throw new RangeError(`scheduleAt: time ${time} is in the past (now is ${this.now})`);
    }
    return this.push(time, kind, arg, priority);
  }

  /**
   * Schedules an event `delay` seconds from now, like {@link Simulator.schedule}, and writes its
   * handle to `handles[index]` instead of returning it. A handle above 2^31 (a slot reused 32 times)
   * returned from a call the compiler did not inline is boxed in a fresh 16-byte heap number; a
   * typed-array slot keeps it a raw double (the engine's per-contact timers).
   */
  scheduleInto(delay: number, kind: EventKind, arg: number, priority: number, handles: Float64Array, index: number): void {
    if (!(delay >= 0)) {
      throw new RangeError(`schedule: delay must be a non-negative number, got ${delay}`);
    }
    handles[index] = this.push(this.now + delay, kind, arg, priority);
  }

  private push(time: number, kind: EventKind, arg: number, priority: number): EventHandle {
    return this.queue.insert(time, this.payload(time, kind, arg, priority), priority);
  }

  /** Checks an event's fields and packs its kind and argument into the queue's numeric payload. */
  private payload(time: number, kind: EventKind, arg: number, priority: number): number {
    if (kind >= this.handlers.length || kind < 0 || kind !== (kind | 0)) {
      throw new RangeError(`schedule: unknown event kind ${kind}`);
    }
    if (!(arg >= 0) || arg !== Math.floor(arg) || arg > MAX_ARG) {
      throw new RangeError(`schedule: arg must be an integer in 0..${MAX_ARG}, got ${arg}`);
    }
    // The queue's own checks, made here once (the payload is a safe integer since arg <= MAX_ARG).
    if (time - time !== 0) throw invalidTime(time);
    if ((priority & 255) !== priority) throw invalidPriority(priority);
    return arg * MAX_EVENT_KINDS + kind;
  }

  /**
   * Creates a lane: a slot outside the event queue for one pending event at a time, for a stream of
   * events that each schedule the next (the arrivals of a contact type). An event in a lane costs no
   * heap insertion or removal, and runs in exactly the order it would have run from the queue:
   * by time, priority, then the order in which it was scheduled among all events.
   */
  defineLane(): LaneId {
    return this.lanes.add();
  }

  /**
   * Schedules an event of `kind` at absolute time `time` in `lane`, which must hold no pending event.
   * Lane events cannot be cancelled.
   * @param priority same-instant priority, 0..255 (see {@link EventPriority})
   */
  scheduleInLane(lane: LaneId, time: number, kind: EventKind, arg = 0, priority: number = EventPriority.arrival): void {
    const lanes = this.lanes;
    if (!(lane >= 0 && lane < lanes.count && lane === (lane | 0)) || lane === this.distantLane) throw new RangeError(`scheduleInLane: unknown lane ${lane}`);
    if (lanes.time[lane] !== Infinity) throw new RangeError(`scheduleInLane: lane ${lane} already holds a pending event`);
    if (!(time >= this.now)) throw new RangeError(`scheduleInLane: time ${time} is in the past (now is ${this.now})`);
    const payload = this.payload(time, kind, arg, priority);
    // The lane just taken is usually the one scheduled again (an arrival schedules the next): one replay.
    const stale = this.laneToReplay;
    this.laneToReplay = -1;
    if (stale >= 0 && stale !== lane) lanes.replay(stale);
    lanes.set(lane, time, this.queue.reserveTie(priority), payload);
    this.lanesPending++;
  }

  /**
   * Schedules an event of `kind` at absolute time `time` (not before `now`) in the *distant* queue:
   * a second event queue for events due far ahead that are never cancelled, such as customers'
   * returns hours later. They run in exactly the order they would have run from the main queue (by
   * time, priority, then the order in which they were scheduled among all events), but do not
   * deepen the main heap, whose every insertion and removal would otherwise pay for them. The
   * distant queue's first event waits in a lane of its own, merged with the arrival lanes.
   * @param priority same-instant priority, 0..255 (see {@link EventPriority})
   */
  scheduleDistantAt(time: number, kind: EventKind, arg = 0, priority: number = EventPriority.arrival): void {
    if (!(time >= this.now)) throw new RangeError(`scheduleDistantAt: time ${time} is in the past (now is ${this.now})`);
    const payload = this.payload(time, kind, arg, priority);
    if (this.distant === null) {
      this.distant = new DistantQueue(this.lanes, this.lanes.add());
      this.distantLane = this.distant.lane;
    }
    this.distant.insert(time, this.queue.reserveTie(priority), payload);
  }

  /** The lane whose pending event comes first (its time is Infinity when no lane holds one). */
  private firstLane(): number {
    const stale = this.laneToReplay;
    if (stale >= 0) {
      this.laneToReplay = -1;
      this.lanes.replay(stale);
    }
    return this.lanes.first;
  }

  /**
   * The payload of the next event (from the queue or a lane), which it removes and whose time it
   * sets as `now`; -1 when no event is left or the next one is later than `until`.
   */
  private take(until: number): number {
    const queue = this.queue;
    const lanes = this.lanes;
    const lane = this.firstLane();
    const laneTime = lanes.time[lane]!;
    const heapTime = queue.peekTime();
    if (laneTime < heapTime || (laneTime === heapTime && laneTime !== Infinity && lanes.tie[lane]! < queue.peekTie())) {
      if (laneTime > until) return -1;
      this.now = laneTime;
      if (lane === this.distantLane) return (this.distant as DistantQueue).take();
      lanes.clearLazily(lane);
      this.laneToReplay = lane;
      this.lanesPending--;
      return lanes.payload[lane]!;
    }
    if (heapTime > until) return -1;
    const payload = queue.pop();
    if (payload >= 0) this.now = queue.lastTime;
    return payload;
  }

  /** Cancels a scheduled event; returns false if it already fired or was already cancelled. */
  cancel(handle: EventHandle): boolean {
    return this.queue.cancel(handle);
  }

  /** True while the event behind `handle` is still scheduled. */
  isPending(handle: EventHandle): boolean {
    return this.queue.isPending(handle);
  }

  /** Number of events scheduled and not yet fired or cancelled. */
  get pendingEvents(): number {
    return this.queue.size + this.lanesPending + (this.distant?.size ?? 0);
  }

  /** Number of events executed so far. */
  get eventsProcessed(): number {
    return this.processed;
  }

  /** Time of the next event (Infinity when none is scheduled). */
  peekTime(): number {
    return Math.min(this.lanes.time[this.firstLane()]!, this.queue.peekTime());
  }

  /** Executes the next event. Returns false when no event was left. */
  step(): boolean {
    const payload = this.take(Infinity);
    if (payload < 0) return false;
    const arg = Math.floor(payload / MAX_EVENT_KINDS);
    const kind = payload - arg * MAX_EVENT_KINDS;
    this.processed++;
    if (this.dispatch !== null) this.dispatch(kind, arg);
    else (this.handlers[kind] as EventHandler)(arg);
    return true;
  }

  /**
   * Runs events in time order until none is left, `until` is reached, `maxEvents` events have run,
   * or a handler calls {@link Simulator.stop}. With `until`, the clock ends at `until`, and events
   * at exactly `until` are executed.
   * @returns the number of events executed by this call
   */
  run(options: RunOptions = {}): number {
    const until = options.until ?? Infinity;
    const maxEvents = options.maxEvents ?? Infinity;
    if (Number.isNaN(until) || until < this.now) {
      throw new RangeError(`run: until must be a time not before now (${this.now}), got ${until}`);
    }
    if (!(maxEvents >= 0)) throw new RangeError(`run: maxEvents must be non-negative, got ${maxEvents}`);
    this.stopped = false;
    const start = this.processed;
    const handlers = this.handlers;
    const dispatch = this.dispatch;
    while (!this.stopped && this.processed - start < maxEvents) {
      const payload = this.take(until);
      if (payload < 0) break;
      const arg = Math.floor(payload / MAX_EVENT_KINDS);
      const kind = payload - arg * MAX_EVENT_KINDS;
      this.processed++;
      if (dispatch !== null) dispatch(kind, arg);
      else (handlers[kind] as EventHandler)(arg);
    }
    if (!this.stopped && until !== Infinity && this.processed - start < maxEvents && this.peekTime() > until) {
      this.now = until;
    }
    return this.processed - start;
  }

  /** Makes the current `run` return after the event being handled. */
  stop(): void {
    this.stopped = true;
  }
}

/** Largest integer argument an event can carry (the payload packs kind and argument). */
export const MAX_ARG = Math.floor(Number.MAX_SAFE_INTEGER / MAX_EVENT_KINDS);
