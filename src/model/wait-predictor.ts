import type { CenterState } from './center-state';
import type { WaitPredictorName } from './definition';
import type { NextOpening } from './next-opening';
import { intervalIndex } from './queue-exit-definition';

/**
 * Predicts the wait of a contact of `type` that would join its queue now. A prediction is a finite
 * number of seconds ≥ 0, or `Infinity` when nobody will ever serve the contact (no callback is then
 * offered: nothing can be promised).
 */
export interface WaitPredictor {
  /** The predicted wait (seconds) of a contact of `type` joining its queue now. */
  predict(type: number): number;
  /** Tells the predictor the wait of a contact of `type` that just entered service. */
  observe(type: number, wait: number): void;
}

/**
 * `queue-position`: (contacts of the type waiting + 1) × mean handle time / agents on duty in the
 * groups that may serve it (the mean of the current interval's distribution when the type gives
 * handle times by interval). With nobody of those groups on duty, the wait runs from the next
 * opening: (time until the groups' planned staffing next has somebody on duty) + (waiting + 1) ×
 * mean handle time / agents planned then; Infinity when nobody is planned again.
 */
class QueuePositionPredictor implements WaitPredictor {
  private readonly meanHandle: Float64Array;
  constructor(
    private readonly state: CenterState,
    private readonly openings: NextOpening,
  ) {
    this.meanHandle = Float64Array.from(state.model.contactTypes, (t) => t.handleTime.mean);
  }
  predict(type: number): number {
    const state = this.state;
    let agents = 0;
    for (const g of state.eligibleGroups(type)) agents += state.groupOnDuty(g);
    const waiting = state.waitingOfType(type) + 1;
    if (agents > 0) return (waiting * this.meanHandleAt(type, state.now)) / agents;
    const opening = this.openings.after(type, state.now);
    return opening === null ? Infinity : opening.at - state.now + (waiting * this.meanHandleAt(type, opening.at)) / opening.agents;
  }
  /** The mean handle time of a contact of `type` arriving at `t`. */
  private meanHandleAt(type: number, t: number): number {
    const byInterval = this.state.model.contactTypes[type]!.queueExits?.byInterval;
    const list = byInterval?.handleTime;
    return list === null || list === undefined ? (this.meanHandle[type] as number) : list[intervalIndex(byInterval!, list.length, t)]!.mean;
  }
  observe(): void {}
}

/** `last-wait`: the wait of the last contact of the type to enter service (0 before any). */
class LastWaitPredictor implements WaitPredictor {
  private readonly last: Float64Array;
  constructor(types: number) {
    this.last = new Float64Array(types);
  }
  predict(type: number): number {
    return this.last[type] as number;
  }
  observe(type: number, wait: number): void {
    this.last[type] = wait;
  }
}

/** `moving-average`: an exponential moving average (weight 0.1) of the waits of the type's recent contacts. */
class MovingAveragePredictor implements WaitPredictor {
  private readonly average: Float64Array;
  constructor(types: number) {
    this.average = new Float64Array(types);
  }
  predict(type: number): number {
    return this.average[type] as number;
  }
  observe(type: number, wait: number): void {
    this.average[type] = 0.9 * (this.average[type] as number) + 0.1 * wait;
  }
}

/**
 * Creates the built-in wait predictor with this name.
 *
 * @param openings - the next opening of each type's qualified groups (read by `queue-position`
 *   while nobody who may serve a type is on duty)
 */
export function createWaitPredictor(name: WaitPredictorName, state: CenterState, openings: () => NextOpening): WaitPredictor {
  const types = state.model.contactTypes.length;
  switch (name) {
    case 'queue-position':
      return new QueuePositionPredictor(state, openings());
    case 'last-wait':
      return new LastWaitPredictor(types);
    case 'moving-average':
      return new MovingAveragePredictor(types);
  }
}

/**
 * The wait predictors of a run, one per name, created when first asked for and shared by every
 * part that predicts waits (callback offers, delay announcements), so each observes every wait
 * once and a name means the same predictor wherever it is used.
 */
export class WaitPredictors {
  private readonly byName = new Map<WaitPredictorName, WaitPredictor>();
  /** The predictors in creation order (for a plain indexed loop). */
  private readonly list: WaitPredictor[] = [];

  /**
   * @param openings - builds the next-opening table of the types' qualified groups (called at most
   *   once, when the `queue-position` predictor is first asked for)
   */
  constructor(
    private readonly state: CenterState,
    private readonly openings: () => NextOpening,
  ) {}

  /** The predictor with this name (created on first use). */
  get(name: WaitPredictorName): WaitPredictor {
    let predictor = this.byName.get(name);
    // Stryker disable next-line ConditionalExpression: a second predictor of the same name sees every wait the first does (observe tells all in the list), so it predicts the same
    if (predictor === undefined) {
      predictor = createWaitPredictor(name, this.state, this.openings);
      this.byName.set(name, predictor);
      this.list.push(predictor);
    }
    return predictor;
  }

  /** True when some predictor is in use (only then do waits need observing). */
  get any(): boolean {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: observing with no predictor in the list does nothing
    return this.list.length > 0;
  }

  /** Tells every predictor in use the wait of a contact of `type` that entered service. */
  observe(type: number, wait: number): void {
    const list = this.list;
    for (let k = 0; k < list.length; k++) list[k]!.observe(type, wait);
  }
}
