import { mergeScenario } from '../scenario/merge';
import type { ScenarioInput } from '../scenario/schema';
import { checkSameCurrency } from './currency-check';
import { pairedDifferences, type DifferenceSummary } from './differences';
import type { MetricRecord } from './metric-keys';
import { MetricTable } from './metric-table';
import { EXPERIMENT_OPTION_KEYS, type ExperimentOptions } from './replications';
import { FORMAT_VERSION, type ExperimentResult } from './result-format';
import { mergeShards } from './shards';
import { addResults, checkInteger, checkLevel, checkSeed, checkStudyOptions, prepareStudy, runnerFor, shardOf, tasksFor } from './study';
import { DEFAULT_LEVEL } from './summary';

/**
 * Fair comparisons of routing policies or scenario variants with common random numbers.
 *
 * @module
 */

/** `format` of a {@link ComparisonResult}. */
export const COMPARISON_FORMAT = 'routelab-comparison';

/** One alternative to compare: a name and a complete scenario. */
export interface Variant {
  /** Name of the variant, unique among those compared (e.g. the routing policy); `CompareOptions.baseline` names one. */
  readonly name: string;
  /** The complete scenario of the variant (its routing policy included), validated when the comparison starts. */
  readonly scenario: ScenarioInput;
}

/**
 * How variants get their random numbers:
 * - `'common'` (common random numbers): every variant uses the same seed, so replication r of
 *   each variant sees the same arrivals, customer segments, patience and handle-time draws
 *   (the engine draws them from named streams at arrival); the differences between variants
 *   are then due to the variants, not to luck.
 * - `'independent'`: the variant at position k ≥ 1 of the list uses the seed
 *   `${seed}/variant/${k}` (the first variant, k = 0, uses `seed`, whichever variant is the
 *   baseline), so the variants share nothing; used to measure what common random numbers save.
 */
export type StreamMode = 'common' | 'independent';

/** The keys of {@link CompareOptions}. */
export const COMPARE_OPTION_KEYS: readonly string[] = Object.freeze([...EXPERIMENT_OPTION_KEYS, 'mode', 'baseline']);

/** Options of {@link compareVariants}. */
export interface CompareOptions extends ExperimentOptions {
  /**
   * @default 'common'
   */
  mode?: StreamMode;
  /**
   * Name of the variant the others are compared with.
   * @default the first variant
   */
  baseline?: string;
}

/** The differences of one variant from the baseline. */
export interface VariantDifferences {
  /** Name of the variant. */
  readonly variant: string;
  /** Name of the baseline it is compared with. */
  readonly baseline: string;
  /** Per metric path: mean difference (variant − baseline), its CI and whether it is significant. */
  readonly summary: MetricRecord<DifferenceSummary>;
}

/** The result of {@link compareVariants} (plain JSON). */
export interface ComparisonResult {
  /** Always `'routelab-comparison'` ({@link COMPARISON_FORMAT}). */
  readonly format: typeof COMPARISON_FORMAT;
  /** Format version ({@link FORMAT_VERSION}). */
  readonly version: typeof FORMAT_VERSION;
  /** How the variants got their random numbers (see {@link StreamMode}). */
  readonly mode: StreamMode;
  /**
   * The master seed: every variant's in `'common'` mode; in `'independent'` mode the first variant's, the
   * others deriving theirs from it (see {@link variantSeed}).
   */
  readonly seed: number | string;
  /** Replications per variant (0 … R − 1 each). */
  readonly replications: number;
  /** Confidence level of the summaries and of the difference intervals. */
  readonly level: number;
  /** Name of the baseline variant. */
  readonly baseline: string;
  /** Each variant's own experiment (all its replications and summaries). */
  readonly variants: readonly { readonly name: string; readonly experiment: ExperimentResult }[];
  /** One entry per variant other than the baseline, in the order given. */
  readonly differences: readonly VariantDifferences[];
}

/**
 * Runs every variant for replications 0 … R − 1 and reports each variant's summary and the paired
 * differences `variant − baseline` per metric with a Student t CI (significant when it excludes
 * 0). All variants' replications share one worker pool.
 *
 * @example
 * ```ts
 * const comparison = await compareVariants(policyVariants(scenario, ['longest-idle-agent', 'best-skill']), { replications: 30 });
 * const d = comparison.differences[0].summary['overall.serviceLevel'];
 * console.log(`best-skill − longest-idle: ${d.mean} ± ${d.halfWidth}${d.significant ? ' (significant)' : ''}`);
 * ```
 * @throws RangeError on fewer than two variants, duplicate names or an unknown baseline;
 *   ScenarioError on an invalid variant scenario or designs priced in different currencies; TypeError / RangeError on bad options (options
 *   that are not an object, an unknown option with a suggestion, a value of the wrong type or out
 *   of range)
 */
export async function compareVariants(variants: readonly Variant[], options: CompareOptions = {}): Promise<ComparisonResult> {
  options = checkStudyOptions('compareVariants', options, COMPARE_OPTION_KEYS);
  const mode = options.mode ?? 'common';
  if (mode !== 'common' && mode !== 'independent') throw new RangeError(`mode must be 'common' or 'independent', got ${typeof mode === 'string' ? `'${mode}'` : String(mode)}`);
  const replications = options.replications ?? 10;
  checkInteger('replications', replications, 1);
  const level = options.level ?? DEFAULT_LEVEL;
  checkLevel(level);
  const seed = options.seed ?? 1;
  checkSeed(seed);
  checkVariants(variants);
  const baseline = options.baseline ?? variants[0]!.name;
  const baselineIndex = variants.findIndex((v) => v.name === baseline);
  if (baselineIndex < 0) throw new RangeError(`baseline: no variant is named '${baseline}'; variants: ${variants.map((v) => v.name).join(', ')}`);
  const studies = [];
  for (const v of variants) studies.push(await prepareStudy(v.scenario, options));
  checkSameCurrency(variants);
  const seeds = variants.map((_, k) => (mode === 'common' ? seed : variantSeed(seed, k)));
  const tasks = studies.flatMap((study, k) => tasksFor(study, seeds[k]!, 0, replications));
  const runner = runnerFor(options, tasks.length);
  let results;
  try {
    results = await runner.run(tasks, (done) => options.onProgress?.(done, tasks.length));
  } finally {
    await runner.close();
  }
  const experiments = studies.map((study, k) => {
    const table = new MetricTable();
    addResults(table, 0, results.slice(k * replications, (k + 1) * replications));
    return { name: variants[k]!.name, experiment: mergeShards([shardOf(study, seeds[k]!, 0, table)], { level }) };
  });
  const base = experiments[baselineIndex]!.experiment;
  return {
    format: COMPARISON_FORMAT,
    version: FORMAT_VERSION,
    mode,
    seed,
    replications,
    level,
    baseline,
    variants: experiments,
    differences: experiments
      .filter((_, k) => k !== baselineIndex)
      .map(({ name, experiment }) => ({ variant: name, baseline, summary: pairedDifferences(base, experiment, level) })),
  };
}

/** The seed of variant k in `'independent'` mode: the seed itself for k = 0, else `${seed}/variant/${k}`. */
export function variantSeed(seed: number | string, k: number): number | string {
  return k === 0 ? seed : `${String(seed)}/variant/${k}`;
}

/**
 * One variant per routing policy, each the scenario with `routing: { policy, options: {} }`
 * (use {@link scenarioVariant} to give a policy options).
 */
export function policyVariants(scenario: ScenarioInput, policies: readonly string[]): Variant[] {
  return policies.map((policy) => ({ name: policy, scenario: { ...scenario, routing: { policy, options: {} } } }));
}

/**
 * A variant made of a base scenario plus an override, merged with `mergeScenario` (objects
 * field by field, named lists by name, `null` removes a field): e.g.
 * `scenarioVariant('two more agents', base, { agentGroups: [{ name: 'tier1', agents: 12 }] })`.
 */
export function scenarioVariant(name: string, base: ScenarioInput, override: Readonly<Record<string, unknown>>): Variant {
  return { name, scenario: mergeScenario(base as Record<string, unknown>, override) as ScenarioInput };
}

function checkVariants(variants: readonly Variant[]): void {
  if (!Array.isArray(variants) || variants.length < 2) {
    throw new RangeError(`variants: give at least two variants to compare, got ${Array.isArray(variants) ? variants.length : String(variants)}`);
  }
  const seen = new Set<string>();
  variants.forEach((v, i) => {
    if (typeof v?.name !== 'string' || v.name.length === 0) throw new TypeError(`variants[${i}].name: must be a non-empty string`);
    if (seen.has(v.name)) throw new RangeError(`variants[${i}].name: '${v.name}' is used twice; variant names must be unique`);
    seen.add(v.name);
  });
}
