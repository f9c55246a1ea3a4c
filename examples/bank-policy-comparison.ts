/**
 * Routing policies on a published instance: the ContactCenters Bank (`benchmarks/
 * contactcenters-bank.yaml`, whose 28 published figures routelab reproduces with the source's own
 * router) routed by that router, by longest idle agent, best skill, FQR-T (Perry & Whitt) and WR
 * (Chan, Koole & L'Ecuyer) with its weights tuned by simulation. Every variant sees the same
 * weeks (common random numbers); each policy is compared with the published router by paired
 * differences, week by week, with 95 % confidence intervals.
 *
 * Run: npx tsx examples/bank-policy-comparison.ts [weeks]
 */
import { fileURLToPath } from 'node:url';
import {
  metricAt,
  type MetricRecord,
  compareVariants,
  formatTable,
  metricObjective,
  pairedDifferences,
  readScenarioFile,
  scenarioVariant,
  tunePolicy,
  type ComparisonResult,
  type DifferenceSummary,
  type ScenarioInput,
  type TuningResult,
  type Variant,
} from 'routelab';

/** The variants' names; the first is the baseline. */
export const POLICIES = {
  published: 'published router',
  longestIdle: 'longest idle',
  bestSkill: 'best skill',
  fqrt: 'FQR-T',
  wr: 'WR tuned',
} as const;

/** A measure of the report: its metric path, label and unit. */
export interface BankMeasure {
  readonly path: string;
  readonly label: string;
  readonly unit: 'share' | 'seconds' | 'count';
}

/** The measures printed, in order. */
export const MEASURES: readonly BankMeasure[] = [
  { path: 'overall.offered', label: 'contacts per week', unit: 'count' },
  { path: 'overall.serviceLevel', label: 'service level', unit: 'share' },
  { path: 'byContactType.savings.serviceLevel', label: 'SL savings (60 s)', unit: 'share' },
  { path: 'byContactType.checking.serviceLevel', label: 'SL checking (90 s)', unit: 'share' },
  { path: 'byContactType.balance.serviceLevel', label: 'SL balance (30 s)', unit: 'share' },
  { path: 'overall.abandonmentRate', label: 'abandonment', unit: 'share' },
  { path: 'overall.asa', label: 'ASA', unit: 'seconds' },
  { path: 'byContactType.checking.meanHandleTime', label: 'handle time checking', unit: 'seconds' },
  { path: 'byAgentGroup.savings-specialists.occupancy', label: 'occupancy savings spec.', unit: 'share' },
  { path: 'byAgentGroup.checking-specialists.occupancy', label: 'occupancy checking spec.', unit: 'share' },
];

/** Options of {@link compareBankPolicies}. */
export interface BankComparisonOptions {
  /** Weeks per variant. @default 40 */
  weeks?: number;
  /** Weeks per candidate while tuning WR (the validation runs twice as many, on fresh seeds). @default 10 */
  tuningWeeks?: number;
  /** @default 1 */
  seed?: number;
  /** @default 1 */
  threads?: number;
}

/** The Bank as published (the source's router). */
export function bankScenario(): ScenarioInput {
  return readScenarioFile(fileURLToPath(new URL('../benchmarks/contactcenters-bank.yaml', import.meta.url))) as ScenarioInput;
}

/** Each specialist group is home to its own type; account balance has both. */
const HOME_GROUPS = {
  savings: ['savings-specialists'],
  checking: ['checking-specialists'],
  balance: ['savings-specialists', 'checking-specialists'],
};

/**
 * WR's constant q per (type, group) tuned by coordinate search on the service level, with common
 * random numbers, then checked against the defaults on fresh weeks (`validation`).
 */
export function tuneWeightBased(base: ScenarioInput, options: BankComparisonOptions = {}): Promise<TuningResult> {
  const q = [-60, 0, 60];
  return tunePolicy(base, {
    policy: 'weight-based',
    space: {
      'constant.savings.checking-specialists': q,
      'constant.checking.savings-specialists': q,
      'constant.balance.checking-specialists': q,
    },
    objective: metricObjective('overall.serviceLevel', 'max'),
    replications: options.tuningWeeks ?? 10,
    maxRounds: 1,
    seed: `${options.seed ?? 1}/tuning`,
    threads: options.threads ?? 1,
  });
}

/** The scenario with another routing (its options replaced, not merged). */
const routedBy = (base: ScenarioInput, policy: string, options: Readonly<Record<string, unknown>> = {}): ScenarioInput =>
  ({ ...base, routing: { policy, options } }) as ScenarioInput;

/** The five variants (the WR one with the tuned options). */
export function policyVariants(base: ScenarioInput, wrOptions: Readonly<Record<string, unknown>>): Variant[] {
  return [
    scenarioVariant(POLICIES.published, base, {}),
    scenarioVariant(POLICIES.longestIdle, routedBy(base, 'longest-idle-agent'), {}),
    scenarioVariant(POLICIES.bestSkill, routedBy(base, 'best-skill'), {}),
    scenarioVariant(POLICIES.fqrt, routedBy(base, 'fixed-queue-ratio-threshold', { homeGroups: HOME_GROUPS }), {}),
    scenarioVariant(POLICIES.wr, routedBy(base, 'weight-based', wrOptions), {}),
  ];
}

/** The comparison and the tuning behind its WR variant. */
export interface BankComparison {
  readonly tuning: TuningResult;
  readonly comparison: ComparisonResult;
}

/** Tunes WR, then runs the five variants on the same weeks (baseline: the published router). */
export async function compareBankPolicies(options: BankComparisonOptions = {}): Promise<BankComparison> {
  const base = bankScenario();
  const tuning = await tuneWeightBased(base, options);
  const comparison = await compareVariants(policyVariants(base, tuning.best), {
    replications: options.weeks ?? 40,
    seed: options.seed ?? 1,
    threads: options.threads ?? 1,
  });
  return { tuning, comparison };
}

/** The paired difference (policy − published router) of every measure, by policy name and path. */
export function differencesByPolicy(comparison: ComparisonResult): Map<string, MetricRecord<DifferenceSummary>> {
  const experiment = (name: string) => comparison.variants.find((v) => v.name === name)!.experiment;
  const baseline = experiment(POLICIES.published);
  const out = new Map<string, MetricRecord<DifferenceSummary>>();
  for (const { name } of comparison.variants) {
    if (name !== POLICIES.published) out.set(name, pairedDifferences(baseline, experiment(name), comparison.level));
  }
  return out;
}

type Maybe = number | null | undefined;
const value = (unit: BankMeasure['unit'], x: Maybe): string =>
  x === null || x === undefined ? '–' : unit === 'share' ? `${(100 * x).toFixed(2)}%` : unit === 'seconds' ? `${x.toFixed(1)}s` : x.toFixed(0);
const amount = (unit: BankMeasure['unit'], x: number): string => (unit === 'share' ? `${(100 * x).toFixed(2)} pt` : unit === 'seconds' ? `${x.toFixed(1)}s` : x.toFixed(1));

/** `+0.12 pt ± 0.05 pt *` (* when the interval excludes 0). */
export function formatDifference(unit: BankMeasure['unit'], d: DifferenceSummary | undefined): string {
  if (d === undefined || d.mean === null) return '–';
  const hw = d.halfWidth === null ? '–' : amount(unit, d.halfWidth);
  return `${d.mean >= 0 ? '+' : '−'}${amount(unit, Math.abs(d.mean))} ± ${hw}${d.significant ? ' *' : ''}`;
}

/** The printed report: the published router's values, then each policy's paired difference. */
export function formatBankComparison({ tuning, comparison }: BankComparison): string {
  const published = comparison.variants.find((v) => v.name === POLICIES.published)!.experiment;
  const differences = differencesByPolicy(comparison);
  const others = [...differences.keys()];
  const cells = MEASURES.map((m) => [m.label, value(m.unit, metricAt(published.summary, m.path)?.mean), ...others.map((p) => formatDifference(m.unit, metricAt(differences.get(p), m.path)))]);
  const v = tuning.validation;
  return [
    `ContactCenters Bank: ${comparison.replications} weeks per policy, common random numbers; policy − published router, 95 % paired CIs (* excludes 0)`,
    '',
    formatTable(['measure', POLICIES.published, ...others], cells),
    '',
    `WR tuned (${tuning.candidates.length} candidates): ${JSON.stringify(tuning.best)}; on ${v.replications} fresh weeks its service level is ` +
      `${formatDifference('share', { ...v.difference, mean: v.difference.mean === null ? null : -v.difference.mean, significant: v.improved })} over WR's defaults.`,
  ].join('\n');
}

/** Runs the comparison and returns the printed text. */
export async function main(options: BankComparisonOptions = {}): Promise<string> {
  return formatBankComparison(await compareBankPolicies(options));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const weeks = process.argv[2] === undefined ? undefined : Number(process.argv[2]);
  main({ ...(weeks !== undefined ? { weeks } : {}), threads: 2 }).then(
    (text) => console.log(text),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
