import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';

/**
 * A hang detector for the fuzzer, as an observer: it throws a {@link RunawayError} when a run
 * keeps producing work that a small scenario cannot need (one customer with more contacts than
 * any journey allows, a flood of engine notifications, or many notifications without the clock
 * moving), so that a run that would not end is reported as a hang instead of spinning. A loop
 * inside one event, which notifies nobody, is caught by the wall-clock timeout of the worker
 * that runs the case.
 *
 * @module
 */

/** Thrown by {@link RunawayWatchdog} when a run looks like it will not end. */
export class RunawayError extends Error {
  override readonly name = 'RunawayError';
}

/** Limits of the {@link RunawayWatchdog}. */
export interface RunawayLimits {
  /** Most contacts one customer may make (journeys allow `maxContacts` ≤ 10 plus transfers). @default 1000 */
  readonly contactsPerCustomer?: number;
  /** Most engine notifications in one run. @default 5_000_000 */
  readonly notifications?: number;
  /** Most notifications at one simulated instant. @default 500_000 */
  readonly notificationsAtOneTime?: number;
}

/** Counts engine notifications and throws a {@link RunawayError} past the limits. */
export class RunawayWatchdog implements ContactCenterObserver {
  private view!: ContactCenterView;
  private readonly perCustomer = new Map<number, number>();
  private calls = 0;
  private callsNow = 0;
  private lastTime = -Infinity;
  private readonly limits: Required<RunawayLimits>;

  /** @param limits - see {@link RunawayLimits} */
  constructor(limits: RunawayLimits = {}) {
    this.limits = { contactsPerCustomer: 1000, notifications: 5_000_000, notificationsAtOneTime: 500_000, ...limits };
  }

  /** Keeps the view. */
  attach(view: ContactCenterView): void {
    this.view = view;
  }

  private tick(): void {
    this.calls++;
    const now = this.view.now;
    if (now === this.lastTime) this.callsNow++;
    else {
      this.lastTime = now;
      this.callsNow = 0;
    }
    if (this.calls > this.limits.notifications) throw new RunawayError(`runaway: more than ${this.limits.notifications} engine notifications (t=${now})`);
    if (this.callsNow > this.limits.notificationsAtOneTime) {
      throw new RunawayError(`runaway: more than ${this.limits.notificationsAtOneTime} engine notifications at t=${now} without the clock moving`);
    }
  }

  /** Counts the contact against its customer. */
  onArrival(c: number): void {
    this.tick();
    const customer = this.view.contactCustomer(c);
    const n = (this.perCustomer.get(customer) ?? 0) + 1;
    this.perCustomer.set(customer, n);
    if (n > this.limits.contactsPerCustomer) {
      throw new RunawayError(`runaway: customer ${customer} made more than ${this.limits.contactsPerCustomer} contacts (t=${this.view.now})`);
    }
  }
  /** Counts a notification. */
  onQueued(): void {
    this.tick();
  }
  /** Counts a notification. */
  onServiceStart(): void {
    this.tick();
  }
  /** Counts a notification. */
  onServiceEnd(): void {
    this.tick();
  }
  /** Counts a notification. */
  onAbandon(): void {
    this.tick();
  }
  /** Counts a notification. */
  onAgentChange(): void {
    this.tick();
  }
  /** Counts a notification. */
  onCallbackAttempt(): void {
    this.tick();
  }
}
