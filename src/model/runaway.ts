/**
 * The runaway watchdog: a run whose work regenerates itself for ever (transfers passing an issue
 * back and forth, customers coming back at once, call-back retries, a routing policy waking
 * contacts it never serves) is stopped with a {@link RunawayError} naming the mechanism, instead
 * of hanging. The engine runs its event loop in slices of {@link RUNAWAY_CHECK_EVERY} events and
 * checks between slices, so the watch costs nothing per event; the counters it reads are
 * incremented where the mechanisms act (a transfer, a return, a retry), never per event.
 *
 * @module
 */

/** The mechanism a {@link RunawayError} names. */
export type RunawayMechanism = 'transfers' | 'repeat-contacts' | 'retrials' | 'callback-retries' | 'policy-wake-ups' | 'unknown';

const MECHANISM_TEXT: Readonly<Record<RunawayMechanism, { readonly name: string; readonly hint: string }>> = {
  transfers: { name: 'transfers', hint: 'check the transfer rules (types that transfer back to each other) and journey.maxContacts' },
  'repeat-contacts': { name: 'repeat contacts', hint: 'check the repeat rules (probability, delay, via) and journey.maxContacts' },
  retrials: { name: 'retrials', hint: 'check the retrial rules, patience, the waiting room and journey.maxContacts' },
  'callback-retries': { name: 'callback retries', hint: "check the callbacks' noAnswer, retryAfter and maxAttempts" },
  'policy-wake-ups': { name: 'routing policy wake-ups', hint: "the routing policy's reconsiderAfter keeps waking contacts it does not serve" },
  unknown: { name: 'events that open or close no issue', hint: 'please report the scenario' },
};

/** How the message of every {@link RunawayError} begins (also used to recognize one sent back by a worker thread). */
export const RUNAWAY_MESSAGE_START = 'runaway run stopped';

/**
 * Thrown by a run whose work regenerates itself without end: it made an absurd number of events
 * (at least {@link RUNAWAY_MIN_EVENTS}, and {@link RUNAWAY_EVENTS_PER_CONTACT} per contact in the
 * system) during which no customer issue was opened, closed or left for good and no staffing level
 * changed. A problem of the scenario: the command line prints the message and exits with code 2.
 */
export class RunawayError extends Error {
  /** The mechanism that made most of the events since the run last made progress. */
  readonly mechanism: RunawayMechanism;
  /** Simulated time (seconds) when the run was stopped. */
  readonly time: number;

  /**
   * @param message - the full message, starting with `runaway run stopped` (the watchdog writes it)
   * @param mechanism - the mechanism named
   * @param time - simulated time when stopped
   */
  constructor(message: string, mechanism: RunawayMechanism, time: number) {
    super(message);
    this.name = 'RunawayError';
    this.mechanism = mechanism;
    this.time = time;
  }

  /**
   * Rebuilds a RunawayError from an error that crossed a worker thread (which keeps only the
   * message); returns any other value as it was.
   */
  static revive(error: unknown): unknown {
    if (error instanceof RunawayError || !(error instanceof Error) || !error.message.startsWith(RUNAWAY_MESSAGE_START)) return error;
    const named = /^runaway run stopped \(([a-z-]+)\) at t=([0-9.e+]+) s/.exec(error.message);
    const mechanism = (named?.[1] ?? 'unknown') as RunawayMechanism;
    return new RunawayError(error.message, Object.hasOwn(MECHANISM_TEXT, mechanism) ? mechanism : 'unknown', Number(named?.[2] ?? NaN));
  }
}

/** Events per slice of the event loop between two checks. */
export const RUNAWAY_CHECK_EVERY = 1 << 16;
/** Fewest events without progress that count as a runaway. */
export const RUNAWAY_MIN_EVENTS = 1 << 18;
/** Events without progress per contact in the system that count as a runaway (when above the minimum). */
export const RUNAWAY_EVENTS_PER_CONTACT = 10_000;

/**
 * What the engine counts for the watch. Progress: issues opened by new customers, closed, or left
 * for good (their customer would come back after the horizon), and staffing levels applied. Work
 * that regenerates itself: transfers, returns (repeat contacts and retrials), retrials alone,
 * call-back retries, routing-policy wake-ups.
 */
export class RunCounters {
  /** Issues closed (resolved or given up). */
  issuesClosed = 0;
  /** Issues whose customer would come back after the horizon (left open for good). */
  issuesLeft = 0;
  /** Contacts transferred. */
  transfers = 0;
  /** Customers' returns scheduled (repeat contacts and retrials). */
  returns = 0;
  /** Of the returns, retrials after abandoning or being blocked. */
  retrials = 0;
  /** Call-back attempts retried after going unanswered. */
  callbackRetries = 0;
  /** Routing-policy wake-ups (`reconsiderAfter`) that did not lead to a service. */
  wakeUps = 0;
}

/** What the watch reads from the engine at each check. */
export interface RunawaySource {
  readonly counters: RunCounters;
  /** Issues opened by new customers so far. */
  issuesOpened(): number;
  /** Staffing levels applied so far. */
  staffingApplied(): number;
  /** Contacts in the system now. */
  contactsPresent(): number;
  /** Names of the contact types of the contacts in the system (distinct, a few). */
  typesPresent(): string[];
  /** `journey.maxContacts` of the model. */
  readonly maxContacts: number;
}

/** Compares the counters between checks and throws a {@link RunawayError} on a runaway. */
export class RunawayWatch {
  private progress = -1;
  private since = 0;
  private readonly mark = new RunCounters();

  constructor(private readonly source: RunawaySource) {}

  /** Checks after a slice of events; `events` is the number of events processed so far, `now` the clock. */
  check(events: number, now: number): void {
    const s = this.source;
    const progress = s.issuesOpened() + s.counters.issuesClosed + s.counters.issuesLeft + s.staffingApplied();
    if (progress !== this.progress) {
      this.progress = progress;
      this.since = events;
      Object.assign(this.mark, s.counters);
      return;
    }
    const idle = events - this.since;
    if (idle < Math.max(RUNAWAY_MIN_EVENTS, RUNAWAY_EVENTS_PER_CONTACT * s.contactsPresent())) return;
    throw this.error(idle, now);
  }

  private error(idle: number, now: number): RunawayError {
    const c = this.source.counters;
    const m = this.mark;
    const retrials = c.retrials - m.retrials;
    const counts: [RunawayMechanism, number][] = [
      ['transfers', c.transfers - m.transfers],
      ['repeat-contacts', c.returns - m.returns - retrials],
      ['retrials', retrials],
      ['callback-retries', c.callbackRetries - m.callbackRetries],
      ['policy-wake-ups', c.wakeUps - m.wakeUps],
    ];
    let mechanism: RunawayMechanism = 'unknown';
    let most = 0;
    for (const [name, n] of counts) {
      if (n > most) {
        most = n;
        mechanism = name;
      }
    }
    const text = MECHANISM_TEXT[mechanism];
    const types = this.source.typesPresent();
    const made = mechanism === 'unknown' ? '' : `, ${most.toLocaleString('en-US')} of them ${text.name}`;
    const message =
      `${RUNAWAY_MESSAGE_START} (${mechanism}) at t=${now} s: ${idle.toLocaleString('en-US')} events in a row without any customer issue ` +
      `opened, closed or left${made}: the work regenerates itself and the run cannot end. ` +
      `Contacts in the system: ${this.source.contactsPresent()}${types.length > 0 ? ` (${types.join(', ')})` : ''}; ` +
      `journey.maxContacts is ${this.source.maxContacts}; ${text.hint}.`;
    return new RunawayError(message, mechanism, now);
  }
}
