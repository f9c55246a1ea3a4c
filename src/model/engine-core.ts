import type { Simulator } from '../core/simulator';
import type { CenterState } from './center-state';
import type { ModelDefinition, RepeatDefinition } from './definition';
import type { ObserverDispatch } from './observer-dispatch';
import type { RunCounters } from './runaway';

/**
 * What the parts of the engine ({@link WaitingTimers}, {@link CallbackFlow}) may ask of the
 * engine that coordinates them. Internal to the model layer: observers and policies never see it.
 */
export interface EngineCore {
  /** The resolved model being simulated. */
  readonly model: ModelDefinition;
  /** The discrete-event simulator: clock and event loop. */
  readonly sim: Simulator;
  /** The center's state, which the engine's parts change. */
  readonly state: CenterState;
  /** The observers of the run, one function per hook. */
  readonly notify: ObserverDispatch;
  /** What the runaway watch counts (progress, and work that regenerates itself). */
  readonly counters: RunCounters;
  /**
   * Asks the routing policy for an agent for contact `c` (new, or waiting when `fromQueue`); when
   * it chooses one, checks the choice, starts the service and returns true.
   */
  serveIfChosen(c: number, fromQueue: boolean): boolean;
  /**
   * Puts contact `c` in its waiting queue and starts its timers: at the tail, or, when `due` (a
   * callback that fell due), among the queue's due callbacks in promise order. Returns true when
   * `c` entered as a due callback still within its promise: the caller then calls
   * `state.queues.lapse` once the promised time has passed.
   */
  enqueue(c: number, due: boolean): boolean;
  /** The customer of waiting contact `c` abandons now. */
  abandon(c: number): void;
  /**
   * The agent keeping the customer of contact `c` on a warm transfer, if any, lets go now: `c` left
   * unanswered (abandoned, blocked, a queue exit), or the drain breaks a hold-and-wait deadlock.
   */
  releaseWarmHold(c: number): void;
  /** An abandoned or blocked contact leaves; its customer may try again (`retrial`). */
  contactLost(c: number, retrial: RepeatDefinition | null): void;
  /** An agent puts down one contact of `channel`: free the capacity and offer it work. */
  releaseCapacity(agent: number, channel: number): void;
  /** Tells the observers that an agent's load or duty changed. */
  agentChanged(agent: number): void;
}
