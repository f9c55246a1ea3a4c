import type { RandomStreams, UniformSource } from '../random/streams';
import type { CenterState } from './center-state';
import type { CallbackDefinition } from './definition';
import type { WaitPredictor, WaitPredictors } from './wait-predictor';

/**
 * True when a waiting contact is a **due callback**, from its callback kind (`ContactInt.callback`:
 * 0 none, 1 virtual hold, 2 scheduled) and its call-back attempts so far: a scheduled callback
 * waits in a queue only once its promised time has come, and any callback waits again after an
 * unanswered attempt only once its retry is due. Both entered through `callback-due`, and both
 * are owed a call now. A virtual-hold callback that has not been tried yet is not due: it keeps
 * its place in line like any waiting contact. Meaningful for waiting contacts only.
 */
export function callbackIsDue(callback: number, attempts: number): boolean {
  return callback === 2 || (callback !== 0 && attempts > 0);
}

/** The decision on a callback offer. */
export interface CallbackOffer {
  readonly predictedWait: number;
  readonly accepted: boolean;
}

/**
 * The rules of callback offers: predicting the wait, offering, the customer's acceptance, and
 * whether an attempt is answered. Random streams: `callback:<type>` (one draw per offer and one
 * per attempt). Pure decisions; the engine applies them.
 */
export class CallbackRules {
  /** The predictor of each type that offers callbacks (null for the others). */
  private readonly predictorOf: readonly (WaitPredictor | null)[];
  private readonly byType: readonly (CallbackDefinition | null)[];
  private readonly streams: UniformSource[];

  /** @param predictors - the run's wait predictors (shared with the delay announcements) */
  constructor(state: CenterState, streams: RandomStreams, predictors: WaitPredictors) {
    const types = state.model.contactTypes;
    this.byType = types.map((t) => t.callback);
    this.streams = types.map((t) => streams.stream(`callback:${t.name}`));
    this.predictorOf = types.map((t) => (t.callback === null ? null : predictors.get(t.callback.predictor)));
  }

  /** The callback settings of a type, or null. */
  of(type: number): CallbackDefinition | null {
    return this.byType[type] ?? null;
  }

  /**
   * Offers a callback to a new contact of `type` that would wait, or returns null when none is
   * offered: the predicted wait is not above `offerWhenWaitAbove`, or it is not finite (nobody
   * who may serve the type is on duty or planned again, so no call-back time can be promised).
   */
  offer(type: number): CallbackOffer | null {
    const def = this.byType[type];
    // Stryker disable next-line ConditionalExpression: byType has an entry (a definition or null) for every type id
    if (def === null || def === undefined) return null;
    const predictedWait = this.predictorOf[type]!.predict(type);
    if (!(predictedWait > def.offerAbove && predictedWait < Infinity)) return null;
    const p = Math.min(1, Math.max(0, def.acceptance.base + def.acceptance.perMinute * (predictedWait / 60)));
    return { predictedWait, accepted: this.streams[type]!.next() < p };
  }

  /** Whether the customer answers a callback attempt for a contact of `type`. */
  answers(type: number): boolean {
    return this.streams[type]!.next() >= this.byType[type]!.noAnswer;
  }
}
