/**
 * Run lengths for steady-state validation runs: how long to warm up an initially empty queue and
 * how long to run after it to see a given number of arrivals; and the common parameters of the
 * validation centers.
 */

/** Mean handle time of the validation centers (seconds). */
export const HANDLE_TIME = 180;

/** Service-level threshold of the validation centers (seconds). */
export const SL_THRESHOLD = 20;

/**
 * Relaxation time (seconds) of an M/M/c queue started empty: the M/M/1 value for a server of
 * rate cμ, `1 / (cμ (1 − √ρ)²)` (Morse; Abate & Whitt 1987), an upper bound for the M/M/c queue
 * whose queue above c behaves exactly like that M/M/1. The initial bias decays like `e^{−t/τ}`.
 *
 * @param load occupancy ρ = λ / (cμ), in (0, 1)
 */
export function relaxationTime(meanServiceTime: number, agents: number, load: number): number {
  if (!(load > 0 && load < 1)) throw new RangeError(`relaxationTime: load must be in (0, 1), got ${load}`);
  return meanServiceTime / (agents * (1 - Math.sqrt(load)) ** 2);
}

/** Warm-up and horizon of one replication. */
export interface RunWindow {
  /** Statistics start here (seconds). */
  readonly warmup: number;
  /** Arrivals stop here (seconds). */
  readonly horizon: number;
}

/**
 * A window with `warmup` seconds of warm-up followed by enough time for `arrivals` expected
 * arrivals at `arrivalRate`.
 */
export function runWindow(arrivalRate: number, arrivals: number, warmup: number): RunWindow {
  return { warmup, horizon: warmup + arrivals / arrivalRate };
}
