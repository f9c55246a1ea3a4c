import { z } from 'zod';
import type { Distribution } from '../random/distributions/distribution';
import { fromSpec } from '../random/distributions/from-spec';
import { mixture } from '../random/distributions/mixture';
import { formatNumber } from '../random/distributions/validate';
import { MAX_CV, MAX_DURATION_SECONDS, MAX_DURATION_TEXT, MAX_ERLANG_PHASES } from './limits';
import { describeValue, duration, rate, strictObject } from './schema-parts';

/**
 * Distribution specs as scenarios write them, `{ kind, ...params }`, with durations in any unit
 * (`mean: 5m`) and rates with a unit (`rate: 2/m`). Parsed into a {@link Distribution} by the
 * library's factories, whose messages (`lognormal: cv must be a positive finite number, got -1`)
 * become issues at the spec's path. Beyond the factories' checks, a scenario's distribution keeps
 * to the documented ranges (docs/scenario-limits.md): its mean is at most 10 years, a `cv` is at
 * most {@link MAX_CV} and an Erlang has at most {@link MAX_ERLANG_PHASES} phases, so that every
 * draw, and every sum of draws, stays finite.
 *
 * @module
 */

/** A duration as written: seconds, or a string with a unit (`'5m'`). */
export type DurationInput = number | string;

/** A distribution spec as written in a scenario (time-valued parameters accept durations). */
export type DistributionSpecInput =
  | { kind: 'exponential'; mean?: DurationInput | undefined; rate?: string | undefined }
  | { kind: 'deterministic'; value: DurationInput }
  | { kind: 'uniform'; min: DurationInput; max: DurationInput }
  | { kind: 'truncatedNormal'; mean: DurationInput; sd: DurationInput }
  | {
      kind: 'lognormal';
      mean?: DurationInput | undefined;
      cv?: number | undefined;
      mu?: number | undefined;
      sigma?: number | undefined;
    }
  | {
      kind: 'gamma';
      shape?: number | undefined;
      scale?: DurationInput | undefined;
      mean?: DurationInput | undefined;
      cv?: number | undefined;
    }
  | { kind: 'erlang'; k: number; mean: DurationInput }
  | { kind: 'weibull'; shape: number; scale: DurationInput }
  | {
      kind: 'hyperexponential';
      probabilities?: number[] | undefined;
      means?: DurationInput[] | undefined;
      mean?: DurationInput | undefined;
      cv?: number | undefined;
    }
  | { kind: 'triangular'; min: DurationInput; mode: DurationInput; max: DurationInput }
  | { kind: 'empirical'; samples: DurationInput[]; interpolate?: boolean | undefined }
  | { kind: 'mixture'; weights: number[]; components: DistributionSpecInput[] };

/** The distribution kinds a scenario may use, in documentation order. */
export const DISTRIBUTION_KINDS = [
  'exponential',
  'deterministic',
  'uniform',
  'truncatedNormal',
  'lognormal',
  'gamma',
  'erlang',
  'weibull',
  'hyperexponential',
  'triangular',
  'empirical',
  'mixture',
] as const;

const time = () => duration();
const optionalTime = () => duration().optional();
const numbers = () => z.array(z.number());
/** A coefficient of variation: the factory checks it is positive; the range caps it. */
const cv = () =>
  z
    .number()
    .max(MAX_CV, { error: (issue) => `cv must be at most ${MAX_CV}, got ${describeValue(issue.input)}` })
    .optional();

function spec<K extends string, T extends z.core.$ZodLooseShape>(kind: K, params: T) {
  return strictObject({ kind: z.literal(kind), ...params });
}

const SIMPLE_KINDS = [
  spec('exponential', { mean: optionalTime(), rate: rate().optional() }),
  spec('deterministic', { value: time() }),
  spec('uniform', { min: time(), max: time() }),
  spec('truncatedNormal', { mean: duration({ allowNegative: true }), sd: time() }),
  spec('lognormal', { mean: optionalTime(), cv: cv(), mu: z.number().optional(), sigma: z.number().optional() }),
  spec('gamma', { shape: z.number().optional(), scale: optionalTime(), mean: optionalTime(), cv: cv() }),
  spec('erlang', {
    k: z.number().max(MAX_ERLANG_PHASES, { error: (issue) => `k must be at most ${MAX_ERLANG_PHASES} phases, got ${describeValue(issue.input)}` }),
    mean: time(),
  }),
  spec('weibull', { shape: z.number(), scale: time() }),
  spec('hyperexponential', {
    probabilities: numbers().optional(),
    means: z.array(time()).optional(),
    mean: optionalTime(),
    cv: cv(),
  }),
  spec('triangular', { min: time(), mode: time(), max: time() }),
  spec('empirical', { samples: z.array(time()).min(1, { error: 'samples must list at least one value' }), interpolate: z.boolean().optional() }),
] as const;

/** Turns a factory's exception into an issue message; rethrows anything else. */
function factoryMessage(error: unknown): string {
  if (error instanceof RangeError || error instanceof TypeError) return error.message;
  throw error;
}

/**
 * Why a built distribution is outside the scenario range, or undefined: its mean must be finite
 * and at most {@link MAX_DURATION_SECONDS} (parameters such as a Weibull shape of 0.001 or a
 * lognormal `mu` of 700 give means no duration field would accept).
 */
export function distributionRangeProblem(distribution: Distribution): string | undefined {
  const { mean } = distribution;
  if (Number.isFinite(mean) && Math.abs(mean) <= MAX_DURATION_SECONDS) return undefined;
  const given = Number.isFinite(mean) ? `${formatNumber(mean)} seconds` : 'no finite mean';
  return `${distribution.kind}: the mean must be at most ${MAX_DURATION_TEXT}, and these parameters give ${given}`;
}

/** Drops fields left undefined so factories see only what the user wrote. */
function defined(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) if (value !== undefined) out[key] = value;
  return out;
}

/**
 * The schema of one distribution spec; parses to a {@link Distribution}. Mixture components are
 * specs themselves, reported at `...components[i]`.
 */
export const distributionSpec: z.ZodType<Distribution, DistributionSpecInput> = z
  .discriminatedUnion('kind', [
    ...SIMPLE_KINDS,
    spec('mixture', {
      weights: numbers(),
      components: z.array(z.lazy(() => distributionSpec)),
    }),
  ])
  .transform((value, ctx): Distribution => {
    let built: Distribution;
    try {
      built = value.kind === 'mixture' ? mixture({ weights: value.weights, components: value.components }) : fromSpec(defined(value));
    } catch (error) {
      ctx.issues.push({ code: 'custom', message: factoryMessage(error), input: value });
      return z.NEVER;
    }
    const problem = distributionRangeProblem(built);
    if (problem === undefined) return built;
    ctx.issues.push({ code: 'custom', message: problem, input: value });
    return z.NEVER;
  })
  .meta({
    id: 'distribution',
    description: "A distribution: { kind, ...params }, e.g. { kind: lognormal, mean: 5m, cv: 0.8 }. Time-valued parameters accept durations.",
  });
