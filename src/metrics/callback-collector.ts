import type { ContactCenterObserver, ObserverHook } from '../model/observer';
import type { ContactCenterView } from '../model/view';
import { ratio } from './contact-tally';

/** Callback metrics of one contact type that offers callbacks. */
export interface CallbackMetrics {
  /** Name of the contact type. */
  readonly name: string;
  /** Contacts offered a callback instead of waiting. */
  readonly offered: number;
  /** Offers the customer accepted. */
  readonly accepted: number;
  /** accepted / offered. */
  readonly acceptanceRate: number | null;
  /** Call-back attempts made by agents, and those nobody answered. */
  readonly attempts: number;
  /** Attempts the customer did not answer (each cost the agent the type's `attemptTime`). */
  readonly unanswered: number;
  /** Callbacks that reached the customer and were served. */
  readonly completed: number;
  /** Callbacks given up after the last unanswered attempt. */
  readonly failed: number;
  /** Callbacks whose first attempt was made no later than promised, and later (answered or not). */
  readonly promisesKept: number;
  /**
   * Callbacks whose first attempt was made after the promised time (answered or not). The promised time is the
   * offer plus the predicted wait (virtual hold) or plus `promise` (scheduled), plus `window`.
   */
  readonly promisesBroken: number;
  /** promisesKept / (promisesKept + promisesBroken). */
  readonly promiseKeptRate: number | null;
  /** Mean time from accepting the offer to being reached (seconds). */
  readonly meanTimeToCallback: number | null;
  /**
   * Hours from accepting the offer to being reached, summed: time the customers spent off the line
   * instead of holding. It is not the hold time saved against a center without callbacks (that
   * needs a comparison), which is smaller: a customer would have held only until answered.
   */
  readonly customerHoursSaved: number;
}

/**
 * Observes callback offers, attempts and promises. Contacts count when they arrive after the
 * warm-up. A callback's promise is kept when the agent's first call-back attempt is made no later
 * than the promised time (whether or not the customer answers it).
 */
export class CallbackCollector implements ContactCenterObserver {
  private view!: ContactCenterView;
  private counts: Float64Array[] = [];
  private anyCallbacks = false;

  /** Sets up the counts, one set per contact type of the view's model. */
  attach(view: ContactCenterView): void {
    this.view = view;
    this.counts = view.model.contactTypes.map(() => new Float64Array(10));
    this.anyCallbacks = view.model.contactTypes.some((t) => t.callback !== null);
  }

  /** Listens only when some contact type offers callbacks (else every count stays 0 and no type is reported). */
  subscribes(_hook: ObserverHook): boolean {
    return this.anyCallbacks;
  }

  private counted(c: number): Float64Array | null {
    const v = this.view;
    return v.contactArrival(c) >= v.model.warmup ? this.counts[v.contactType(c)]! : null;
  }

  /** Counts the offer, and its acceptance. */
  onCallbackOffered(c: number, _predicted: number, accepted: boolean): void {
    const k = this.counted(c);
    if (k === null) return;
    k[0]!++;
    if (accepted) k[1]!++;
  }

  /**
   * Counts the attempt; on the first one, whether the promise was kept; when answered, the time since the
   * customer accepted.
   */
  onCallbackAttempt(c: number, _agent: number, answered: boolean): void {
    const k = this.counted(c);
    if (k === null) return;
    k[2]!++;
    const v = this.view;
    if (v.contactCallbackAttempts(c) === 1) {
      if (v.now <= v.contactCallbackPromise(c)) k[6]!++;
      else k[7]!++;
    }
    if (!answered) {
      k[3]!++;
      return;
    }
    k[9]!++;
    k[8]! += v.now - v.contactCallbackAcceptedAt(c);
  }

  /** Counts a served callback as completed. */
  onServiceEnd(c: number): void {
    const k = this.counted(c);
    if (k !== null && this.view.contactCallback(c) !== 0) k[4]!++;
  }

  /** Counts a callback that ended as abandoned (given up after its last unanswered attempt) as failed. */
  onAbandon(c: number): void {
    const k = this.counted(c);
    if (k !== null && this.view.contactCallback(c) !== 0) k[5]!++;
  }

  /** Metrics of the contact types that offer callbacks. */
  result(): CallbackMetrics[] {
    const types = this.view.model.contactTypes;
    return types
      .filter((t) => t.callback !== null)
      .map((t) => {
        const k = this.counts[t.id]!;
        const reached = k[9]!;
        return {
          name: t.name,
          offered: k[0]!,
          accepted: k[1]!,
          acceptanceRate: ratio(k[1]!, k[0]!),
          attempts: k[2]!,
          unanswered: k[3]!,
          completed: k[4]!,
          failed: k[5]!,
          promisesKept: k[6]!,
          promisesBroken: k[7]!,
          promiseKeptRate: ratio(k[6]!, k[6]! + k[7]!),
          meanTimeToCallback: ratio(k[8]!, reached),
          customerHoursSaved: k[8]! / 3600,
        };
      });
  }
}
