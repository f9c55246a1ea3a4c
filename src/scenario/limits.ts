import { excerpt } from '../util/excerpt';
/**
 * The documented ranges of scenario numbers (docs/scenario-limits.md). Every number a scenario
 * gives is finite and within one of these bounds, so that times, agent-time sums and metric
 * variances stay finite and a run's size is known before it starts. The bounds are generous for
 * any contact center; they exist to turn a typo (`agents: 1000000000`, a 400-digit duration) into
 * a located error instead of a crash, a hang or an exhausted memory.
 *
 * @module
 */

/** Seconds in the longest accepted duration: 10 years of 365 days (3650d). */
export const MAX_DURATION_SECONDS = 3_650 * 86_400;

/** The longest accepted duration as written in messages and docs. */
export const MAX_DURATION_TEXT = '3650d (10 years)';

/** Largest accepted rate in events per second (3.6 billion per hour). */
export const MAX_RATE_PER_SECOND = 1e6;

/**
 * Most intervals of one list over the horizon: the reporting intervals (horizon ÷ interval), and
 * the steps of arrivals and staffing per interval or per shift unrolled over the horizon.
 */
export const MAX_INTERVALS = 10_000_000;

/** Most agents a group may have on duty at once (a constant, a per-interval count, a shift). */
export const MAX_AGENTS_PER_GROUP = 100_000;

/** Most agents of all groups together (each group counted at its peak). */
export const MAX_AGENTS = 1_000_000;

/** Most contacts of one channel an agent may hold at once. */
export const MAX_CONCURRENCY = 1_000;

/** Largest count that is only compared (waiting-room capacities, queue thresholds, reserves). */
export const MAX_COUNT = 1_000_000_000;

/** Most contacts per customer journey (`journey.maxContacts`) and call-back attempts (`maxAttempts`). */
export const MAX_ATTEMPTS = 1_000;

/** Largest multiplier of a handle time or a resolution probability. */
export const MAX_FACTOR = 1_000;

/** Largest magnitude of a segment value or a priority. */
export const MAX_MAGNITUDE = 1e9;

/** Largest busyness coefficient of variation. */
export const MAX_BUSYNESS_CV = 10;

/** Largest coefficient of variation of a distribution given by `{ mean, cv }`. */
export const MAX_CV = 100;

/** Most phases of an Erlang distribution (each draw takes one uniform per phase). */
export const MAX_ERLANG_PHASES = 1_000;

/**
 * Most contacts expected to arrive from outside in one run, all contact types together (hours of
 * computation; an overload warning says "the run may take very long" from 10 million on).
 */
export const MAX_EXPECTED_ARRIVALS = 1e10;

/** From this estimated memory use on, validation warns (bytes: 1 GiB). */
export const MEMORY_WARNING_BYTES = 2 ** 30;

/** Longest text of a value shown whole in messages; longer ones are shortened. */
const SHOWN_LENGTH = 40;

/**
 * A value as shown in a message: short texts whole, long ones (a 400-digit number) shortened to
 * their start and end with their length, e.g. `1000000000000000000000…00000000s (402 characters)`;
 * control characters escaped (see `excerpt`).
 */
export function shownText(text: string): string {
  if (text.length <= SHOWN_LENGTH) return excerpt(text);
  return `${excerpt(text.slice(0, 24))}…${excerpt(text.slice(-8))} (${text.length} characters)`;
}

/** The documented ranges, together (docs/scenario-limits.md); each is also exported on its own. */
export const SCENARIO_LIMITS = Object.freeze({
  maxDurationSeconds: MAX_DURATION_SECONDS,
  maxRatePerSecond: MAX_RATE_PER_SECOND,
  maxIntervals: MAX_INTERVALS,
  maxAgentsPerGroup: MAX_AGENTS_PER_GROUP,
  maxAgents: MAX_AGENTS,
  maxConcurrency: MAX_CONCURRENCY,
  maxCount: MAX_COUNT,
  maxAttempts: MAX_ATTEMPTS,
  maxFactor: MAX_FACTOR,
  maxMagnitude: MAX_MAGNITUDE,
  maxBusynessCv: MAX_BUSYNESS_CV,
  maxCv: MAX_CV,
  maxErlangPhases: MAX_ERLANG_PHASES,
  maxExpectedArrivals: MAX_EXPECTED_ARRIVALS,
  memoryWarningBytes: MEMORY_WARNING_BYTES,
});
