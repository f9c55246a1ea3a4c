import { beforeAll, describe, expect } from 'vitest';
import type { ModelDefinition } from '../../src/model/definition';
import type { ContactCenterObserver } from '../../src/model/observer';
import { confidenceInterval, tQuantile } from '../../src/metrics/stats/confidence';
import { RunningStats } from '../../src/metrics/stats/running-stats';
import { simulateModel, type SimulationResult } from '../../src/run/simulate';

/**
 * Independent replications of a steady-state model and Student-t confidence intervals on a
 * scalar metric, for comparing the simulator with queueing theory. Replication r uses the
 * substreams `replication/r` of one fixed seed, so every test is deterministic.
 */

/**
 * Default confidence level of the comparisons: 99.99 %, i.e. the 0.99995 Student-t quantile.
 * The validation folder makes about 80 comparisons; at this level a correct simulator fails
 * one of them with probability below 1 % (Bonferroni) when the seeds change, where 99.9 % would
 * give up to ~9 %.
 */
export const VALIDATION_LEVEL = 0.9999;

/** Default master seed of the validation runs. */
export const VALIDATION_SEED = 20_240_611;

/** Time limit (ms) for a `beforeAll` that runs a case's replications on a slow, shared machine. */
export const REPLICATIONS_TIMEOUT = 600_000;

/** Options of {@link runReplications}. */
export interface ReplicationOptions<O extends ContactCenterObserver = ContactCenterObserver> {
  /** Number of independent replications R (at least 2). */
  readonly replications: number;
  /**
   * Master seed; give each case its own (e.g. its label) so that cases are independent.
   * @default VALIDATION_SEED
   */
  readonly seed?: number | string;
  /** Creates this replication's extra observer (e.g. a `WaitTally`), if any. */
  readonly observer?: (replication: number) => O;
}

/** One replication's result plus its extra observer. */
export interface Replication<O> {
  readonly result: SimulationResult;
  readonly observer: O | undefined;
}

/** Runs replications 0 … R−1 of `model` with one master seed. */
export function runReplications<O extends ContactCenterObserver = ContactCenterObserver>(
  model: ModelDefinition,
  options: ReplicationOptions<O>,
): Replication<O>[] {
  const { replications } = options;
  if (!Number.isInteger(replications) || replications < 2) {
    throw new RangeError(`runReplications: replications must be an integer >= 2, got ${replications}`);
  }
  const out: Replication<O>[] = [];
  for (let r = 0; r < replications; r++) {
    const observer = options.observer?.(r);
    const result = simulateModel(model, {
      seed: options.seed ?? VALIDATION_SEED,
      replication: r,
      observers: observer === undefined ? [] : [observer],
    });
    out.push({ result, observer });
  }
  return out;
}

/** Mean, standard deviation and t half-width of per-replication values. */
export interface ReplicationSummary {
  /** Number of replications. */
  readonly n: number;
  /** Grand mean over replications. */
  readonly mean: number;
  /** Standard deviation between replications. */
  readonly sd: number;
  /** Student-t half-width of the mean at `level`. */
  readonly halfWidth: number;
  /** Confidence level of `halfWidth`. */
  readonly level: number;
}

/**
 * Summarizes one value per replication.
 *
 * @throws RangeError with fewer than two values, or a value that is null or not finite (a metric
 *   that is undefined in some replication means the run is too short for a comparison)
 */
export function summarize(values: readonly (number | null)[], level = VALIDATION_LEVEL): ReplicationSummary {
  const stats = new RunningStats();
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      throw new RangeError(`summarize: value of replication ${i} must be a finite number, got ${v}`);
    }
    stats.add(v);
  });
  const ci = confidenceInterval(stats, level);
  if (ci.halfWidth === null || ci.sd === null) throw new RangeError(`summarize: needs at least 2 values, got ${values.length}`);
  return { n: ci.n, mean: ci.mean, sd: ci.sd, halfWidth: ci.halfWidth, level };
}

/**
 * Summarizes one value y per replication with a control variate: a second value x per
 * replication whose expectation is known to be 0 (e.g. arrivals / (λT) − 1). The estimate is
 * the least-squares line of y on x at x = 0, ȳ − b·x̄ with b = Sxy / Sxx, and its Student-t
 * half-width has n − 2 degrees of freedom, `t · s · √(1/n + x̄² / Sxx)` with s² the residual
 * variance (Lavenberg & Welch 1981; Law, *Simulation Modeling and Analysis*, § 11.4). When y
 * and x are correlated (a replication with more arrivals than expected waits longer) the
 * interval is narrower than {@link summarize}'s for the same runs. `sd` is the residual s.
 *
 * @throws RangeError with fewer than three replications, lists of different lengths, a value
 *   that is null or not finite, or controls that are all equal
 */
export function summarizeWithControl(
  values: readonly (number | null)[],
  controls: readonly (number | null)[],
  level = VALIDATION_LEVEL,
): ReplicationSummary {
  const n = values.length;
  if (controls.length !== n) throw new RangeError(`summarizeWithControl: ${n} values but ${controls.length} controls`);
  if (n < 3) throw new RangeError(`summarizeWithControl: needs at least 3 values, got ${n}`);
  const finite = (list: readonly (number | null)[], what: string): number[] =>
    list.map((v, i) => {
      if (v === null || !Number.isFinite(v)) throw new RangeError(`summarizeWithControl: ${what} of replication ${i} must be a finite number, got ${v}`);
      return v;
    });
  const y = finite(values, 'value');
  const x = finite(controls, 'control');
  const mean = (list: readonly number[]): number => list.reduce((a, b) => a + b, 0) / n;
  const yBar = mean(y);
  const xBar = mean(x);
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (x[i]! - xBar) ** 2;
    sxy += (x[i]! - xBar) * (y[i]! - yBar);
  }
  if (!(sxx > 0)) throw new RangeError('summarizeWithControl: the controls are all equal');
  const slope = sxy / sxx;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (y[i]! - yBar - slope * (x[i]! - xBar)) ** 2;
  const sd = Math.sqrt(squares / (n - 2));
  const halfWidth = tQuantile(1 - (1 - level) / 2, n - 2) * sd * Math.sqrt(1 / n + (xBar * xBar) / sxx);
  return { n, mean: yBar - slope * xBar, sd, halfWidth, level };
}

/** How strict a comparison with theory is. */
export interface Tolerance {
  /**
   * The half-width must be at most this fraction of the theoretical value (or of the absolute
   * floor, if larger): the run must be precise enough for the test to be able to fail.
   */
  readonly maxRelativeHalfWidth?: number;
  /** The half-width must be at most this (absolute); for a theoretical value of 0. */
  readonly maxHalfWidth?: number;
  /**
   * Agreement is accepted within this absolute distance even when the half-width is smaller
   * (for quantities near 0, or tiny known biases such as truncation at the horizon).
   * @default 0
   */
  readonly absoluteFloor?: number;
}

/** One measured comparison (also printed when `VALIDATION_REPORT` is set). */
export interface Comparison extends ReplicationSummary {
  readonly label: string;
  readonly theory: number;
}

/**
 * Asserts that the replication mean agrees with the theoretical value:
 * `|mean − theory| ≤ max(halfWidth, absoluteFloor)` at the summary's level (99.99 % by default,
 * so a correct simulator fails with probability about 1e-4 per comparison), and that the
 * half-width is at most `maxRelativeHalfWidth × max(|theory|, absoluteFloor)` and at most
 * `maxHalfWidth`, so that the comparison has power. Set the environment variable
 * `VALIDATION_REPORT=1` to print each comparison as a table row.
 */
export function expectAgreement(label: string, summary: ReplicationSummary, theory: number, tolerance: Tolerance): Comparison {
  const floor = tolerance.absoluteFloor ?? 0;
  const comparison: Comparison = { label, theory, ...summary };
  if (process.env['VALIDATION_REPORT'] !== undefined) console.log(formatComparison(comparison));
  const limit = Math.min(
    (tolerance.maxRelativeHalfWidth ?? Infinity) * Math.max(Math.abs(theory), floor),
    tolerance.maxHalfWidth ?? Infinity,
  );
  if (!(limit < Infinity)) throw new RangeError(`expectAgreement: ${label}: give maxRelativeHalfWidth or maxHalfWidth`);
  expect(summary.halfWidth, `${label}: half-width ${summary.halfWidth} is above ${limit}; run longer`).toBeLessThanOrEqual(limit);
  expect(
    Math.abs(summary.mean - theory),
    `${label}: simulated ${summary.mean} ± ${summary.halfWidth} (${summary.level * 100}% CI, R=${summary.n}) vs theory ${theory}`,
  ).toBeLessThanOrEqual(Math.max(summary.halfWidth, floor));
  return comparison;
}

/** A markdown table row: `| label | theory | mean ± half-width (± relative) | R |`. */
export function formatComparison(c: Comparison): string {
  const rel = c.theory !== 0 ? ` (±${((100 * c.halfWidth) / Math.abs(c.theory)).toFixed(2)}%)` : '';
  return `| ${c.label} | ${fmt(c.theory)} | ${fmt(c.mean)} ± ${fmt(c.halfWidth)}${rel} | ${c.n} |`;
}

function fmt(x: number): string {
  return Math.abs(x) >= 100 ? x.toFixed(1) : x.toPrecision(4);
}

/**
 * Declares a `describe` block whose replications run once, in a `beforeAll` (seeded with the
 * block's name, so every case has its own independent random numbers), before its tests; the
 * tests read them through `replications()`.
 */
export function describeReplicated<O extends ContactCenterObserver = ContactCenterObserver>(
  name: string,
  model: ModelDefinition,
  options: Omit<ReplicationOptions<O>, 'seed'>,
  tests: (replications: () => readonly Replication<O>[]) => void,
): void {
  describe(name, () => {
    let reps: Replication<O>[] = [];
    beforeAll(() => {
      reps = runReplications(model, { ...options, seed: name });
    }, REPLICATIONS_TIMEOUT);
    tests(() => reps);
  });
}
