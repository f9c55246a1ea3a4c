import type { RandomStreams, UniformSource } from '../random/streams';
import type { CenterState } from './center-state';
import type { CallbackDefinition, WaitPredictorName } from './definition';
import type { NextOpening } from './next-opening';
import { createWaitPredictor, type WaitPredictor } from './wait-predictor';

/**
 * True when a waiting contact is a **due callback**, from its callback kind (`ContactTable.callback`:
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
  private readonly predictors = new Map<WaitPredictorName, WaitPredictor>();
  /** The predictors in creation order (the map's values, for a plain indexed loop). */
  private readonly predictorList: WaitPredictor[] = [];
  private readonly byType: readonly (CallbackDefinition | null)[];
  private readonly streams: UniformSource[];

  /**
   * @param openings - builds the next-opening table of the types' qualified groups (called at most
   *   once, when a type uses the `queue-position` predictor)
   */
  constructor(state: CenterState, streams: RandomStreams, openings: () => NextOpening) {
    const types = state.model.contactTypes;
    this.byType = types.map((t) => t.callback);
    this.streams = types.map((t) => streams.stream(`callback:${t.name}`));
    for (const t of types) {
      if (t.callback !== null && !this.predictors.has(t.callback.predictor)) {
        const predictor = createWaitPredictor(t.callback.predictor, state, openings);
        this.predictors.set(t.callback.predictor, predictor);
        this.predictorList.push(predictor);
      }
    }
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
    if (def === null || def === undefined) return null;
    const predictedWait = this.predictors.get(def.predictor)!.predict(type);
    if (!(predictedWait > def.offerAbove && predictedWait < Infinity)) return null;
    const p = Math.min(1, Math.max(0, def.acceptance.base + def.acceptance.perMinute * (predictedWait / 60)));
    return { predictedWait, accepted: this.streams[type]!.next() < p };
  }

  /** Whether the customer answers a callback attempt for a contact of `type`. */
  answers(type: number): boolean {
    return this.streams[type]!.next() >= this.byType[type]!.noAnswer;
  }

  /** Tells every predictor the wait of a contact that entered service. */
  observe(type: number, wait: number): void {
    const list = this.predictorList;
    for (let k = 0; k < list.length; k++) list[k]!.observe(type, wait);
  }
}
