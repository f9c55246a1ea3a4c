import type { Distribution } from '../random/distributions/distribution';
import type { WaitPredictorName } from './definition';

/**
 * The resolved form of a contact type's queue exits and time-varying parameters (scenario keys
 * `maxWait`, `closing`, `balking`, `announcement`, and `handleTime` / `patience` given per
 * interval). Absent from a contact type that uses none of them, which then runs exactly as before.
 * See docs/queue-exits.md.
 *
 * @module
 */

/**
 * What a contact that has waited its type's maximum wait becomes: `voicemail` — it leaves a
 * message and ends (terminal, the issue stays unresolved); `callback` — the customer hangs up and
 * keeps the place in line as a virtual-hold callback (not terminal: it is then served, or ends
 * like any waiting contact); `reroute` — it ends in its queue and a contact of type `to`, about the
 * same issue, enters the center at once.
 */
export type MaxWaitAction =
  | { readonly kind: 'voicemail' }
  | { readonly kind: 'callback' }
  | { readonly kind: 'reroute'; /** Contact type id the contact is re-routed to (another type). */ readonly to: number };

/** A maximum wait: after `after` seconds in queue (from entering it) the contact exits as `then` says. */
export interface MaxWaitDefinition {
  /** Seconds in queue after which the contact exits (> 0). */
  readonly after: number;
  /** What the contact becomes. */
  readonly then: MaxWaitAction;
}

/**
 * Balking: a new contact that would wait leaves at once with a probability that is constant,
 * depends on the number of contacts of its type already waiting (`byQueueLength[n]`, the last
 * entry for longer queues), or on the announced wait (the probability of the last step whose
 * `above` the announcement exceeds; 0 below the first).
 */
export type BalkingDefinition =
  | { readonly kind: 'probability'; readonly probability: number }
  | { readonly kind: 'queue-length'; readonly byQueueLength: readonly number[] }
  | { readonly kind: 'announced-wait'; readonly steps: readonly { readonly above: number; readonly probability: number }[] };

/**
 * A delay announcement: the wait predicted at arrival by `predictor` is told to each new contact
 * that would wait. With `patienceFactor`, the contact's patience (drawn as usual) is multiplied by
 * `max(0, base + perMinute × announced minutes)`: customers told a long wait may settle in for it
 * (perMinute > 0) or give up sooner (perMinute < 0).
 */
export interface AnnouncementDefinition {
  /** The wait predictor (the same ones as callback offers). */
  readonly predictor: WaitPredictorName;
  /** How the announcement scales patience, or null: it does not. */
  readonly patienceFactor: { readonly base: number; readonly perMinute: number } | null;
}

/** Handle time and patience that change over the day, by interval of the period. */
export interface IntervalParameters {
  /** Length of one interval (seconds). */
  readonly intervalLength: number;
  /** The lists repeat every `period` seconds (a day). */
  readonly period: number;
  /** Handle time of a contact arriving in interval i: `handleTime[i]` (the last for later intervals); null: the type's `handleTime`. */
  readonly handleTime: readonly Distribution[] | null;
  /** Patience of a contact arriving in interval i: `patience[i]` (the last for later intervals); null: the type's `patience`. */
  readonly patience: readonly Distribution[] | null;
}

/** Queue exits, balking, delay announcements and per-interval parameters of one contact type. */
export interface QueueExitDefinition {
  /** The maximum wait, or null. */
  readonly maxWait: MaxWaitDefinition | null;
  /**
   * True (scenario `closing: clear-queue` or `clear-when-unstaffed`): at the horizon (closing) the contacts of the type still
   * waiting are cleared, and any that would join the queue later are cleared at once; contacts in
   * service finish.
   */
  readonly clearAtClosing: boolean;
  /**
   * True (scenario `closing: clear-when-unstaffed`): also before the horizon, whenever no agent who
   * may serve the type is left on duty (each day's closing), the contacts of the type still
   * waiting are cleared, and their customers do not try again (see `unstaffed-clearing.ts`).
   * Absent otherwise.
   */
  readonly clearWhenUnstaffed?: true;
  /** Balking, or null. */
  readonly balking: BalkingDefinition | null;
  /** Delay announcement, or null: see {@link AnnouncementDefinition}. */
  readonly announcement: AnnouncementDefinition | null;
  /** Handle time and patience per interval, or null. */
  readonly byInterval: IntervalParameters | null;
}

/** The index in a per-interval list of a contact arriving at `t` (the last entry past the list's end). */
export function intervalIndex(p: IntervalParameters, length: number, t: number): number {
  const k = Math.floor((t % p.period) / p.intervalLength);
  return k < length ? k : length - 1;
}
