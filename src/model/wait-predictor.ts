import type { CenterState } from './center-state';
import type { WaitPredictorName } from './definition';

/** Predicts the wait of a contact of `type` that would join its queue now. */
export interface WaitPredictor {
  predict(type: number): number;
  /** Tells the predictor the wait of a contact of `type` that just entered service. */
  observe(type: number, wait: number): void;
}

/**
 * `queue-position`: (contacts of the type waiting + 1) × mean handle time / agents on duty in the
 * groups that may serve it (Infinity with nobody on duty).
 */
class QueuePositionPredictor implements WaitPredictor {
  private readonly meanHandle: Float64Array;
  constructor(private readonly state: CenterState) {
    this.meanHandle = Float64Array.from(state.model.contactTypes, (t) => t.handleTime.mean);
  }
  predict(type: number): number {
    let agents = 0;
    for (const g of this.state.eligibleGroups(type)) agents += this.state.groupOnDuty(g);
    if (agents === 0) return Infinity;
    return ((this.state.waitingOfType(type) + 1) * (this.meanHandle[type] as number)) / agents;
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

/** Creates the built-in wait predictor with this name. */
export function createWaitPredictor(name: WaitPredictorName, state: CenterState): WaitPredictor {
  const types = state.model.contactTypes.length;
  switch (name) {
    case 'queue-position':
      return new QueuePositionPredictor(state);
    case 'last-wait':
      return new LastWaitPredictor(types);
    case 'moving-average':
      return new MovingAveragePredictor(types);
  }
}
