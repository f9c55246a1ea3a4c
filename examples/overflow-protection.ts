/**
 * Overflow with and without protection: an understaffed in-house billing team overflows to a
 * shared outsourcer that also runs its own sales line. Three variants of
 * `overflow-protection.yaml`, compared with common random numbers (replication r of every
 * variant sees the same callers, patience and handle times):
 *
 * - (a) no overflow: each team does only its own work;
 * - (b) billing overflows to the outsourcer after 30 s, without protection;
 * - (c) the same overflow with protection (the file as written: a reserve of free partner agents
 *   and no sales call waiting).
 *
 * Run: npx tsx examples/overflow-protection.ts
 */
import { fileURLToPath } from 'node:url';
import {
  metricAt,
  type MetricKey,
  compareVariants,
  pairedDifferences,
  readScenarioFile,
  scenarioVariant,
  type ComparisonResult,
  type ScenarioInput,
  type Variant,
  wrapText,
} from 'routelab';

/** Names of the three variants, in the order they are compared; (a) is the baseline. */
export const VARIANTS = {
  none: '(a) no overflow',
  unprotected: '(b) overflow, unprotected',
  protected: '(c) overflow, protected',
} as const;

/** Metric paths the example reads. */
export const PATHS = {
  serviceLevel: (type: string): MetricKey => `byContactType.${type}.serviceLevel`,
  asa: (type: string): MetricKey => `byContactType.${type}.asa`,
  abandonment: (type: string): MetricKey => `byContactType.${type}.abandonmentRate`,
  overflowShare: 'overflow.billing.overflowShare',
} as const satisfies Record<string, MetricKey | ((type: string) => MetricKey)>;

/** Options of {@link compareOverflow}. */
export interface OverflowExampleOptions {
  /** @default 30 */
  replications?: number;
  /** @default 1 */
  seed?: number;
  /** @default 1 (this thread; 90 short runs take a couple of seconds) */
  threads?: number;
}

/** The scenario as written: overflow with protection. */
export function protectedScenario(): ScenarioInput {
  return readScenarioFile(fileURLToPath(new URL('./overflow-protection.yaml', import.meta.url))) as ScenarioInput;
}

/** The three variants built from the protected scenario. */
export function overflowVariants(base: ScenarioInput = protectedScenario()): Variant[] {
  const billing = (overflow: Record<string, unknown>) => ({ contactTypes: [{ name: 'billing', overflow }] });
  return [
    // `null` removes the steps: only the primary group (the billing team) serves billing.
    scenarioVariant(VARIANTS.none, base, billing({ steps: null })),
    // Lists are replaced whole: the same step without `protect`.
    scenarioVariant(VARIANTS.unprotected, base, billing({ steps: [{ after: '30s', groups: ['partner-agents'] }] })),
    { name: VARIANTS.protected, scenario: base },
  ];
}

/** Runs the comparison (baseline: no overflow). */
export function compareOverflow(options: OverflowExampleOptions = {}): Promise<ComparisonResult> {
  return compareVariants(overflowVariants(), {
    replications: options.replications ?? 30,
    seed: options.seed ?? 1,
    threads: options.threads ?? 1,
  });
}

const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '   –  ' : `${(100 * x).toFixed(1).padStart(5)}%`);
const sec = (x: number | null | undefined): string => (x === null || x === undefined ? '   – ' : `${x.toFixed(1).padStart(5)}s`);
const points = (x: number | null | undefined): string => (x === null || x === undefined ? '–' : `${x >= 0 ? '+' : '−'}${Math.abs(100 * x).toFixed(1)}`);

/** The protection of billing's overflow step in a scenario, in words (for the reading). */
export function describeProtection(scenario: ScenarioInput = protectedScenario()): string {
  const billing = scenario.contactTypes.find((t) => t.name === 'billing');
  const p = billing?.overflow?.steps?.[0]?.protect ?? {};
  const parts = [
    p.reserveAgents !== undefined ? `${p.reserveAgents} partner agents kept free` : '',
    p.targetQueueBelow !== undefined ? (p.targetQueueBelow === 1 ? 'no sales call waiting' : `fewer than ${p.targetQueueBelow} sales calls waiting`) : '',
    p.sourceQueueAtLeast !== undefined ? `at least ${p.sourceQueueAtLeast} billing calls waiting` : '',
    p.maxShare !== undefined ? `at most ${Math.round(100 * p.maxShare)} % of partner agents on billing` : '',
  ].filter((x) => x !== '');
  return parts.length === 0 ? 'no conditions' : parts.join(', ');
}

/**
 * The printed report: a table of means per variant, paired differences, and a reading.
 *
 * @param protection - the protection in words, see {@link describeProtection}
 */
export function formatOverflowComparison(comparison: ComparisonResult, protection = describeProtection()): string {
  const experiment = (name: string) => comparison.variants.find((v) => v.name === name)!.experiment;
  const mean = (name: string, path: string): number | null => metricAt(experiment(name).summary, path)?.mean ?? null;
  const lines = [
    `Overflow of billing to the outsourcer: ${comparison.replications} replications, common random numbers, 95 % CIs`,
    '',
    'variant                      billing SL  billing ASA  billing aband.  sales SL  sales ASA  overflow share',
  ];
  for (const v of Object.values(VARIANTS)) {
    lines.push(
      `${v.padEnd(28)} ${pct(mean(v, PATHS.serviceLevel('billing'))).padStart(10)}  ${sec(mean(v, PATHS.asa('billing'))).padStart(11)}  ` +
        `${pct(mean(v, PATHS.abandonment('billing'))).padStart(14)}  ${pct(mean(v, PATHS.serviceLevel('sales'))).padStart(8)}  ` +
        `${sec(mean(v, PATHS.asa('sales'))).padStart(9)}  ${pct(mean(v, PATHS.overflowShare)).padStart(14)}`,
    );
  }
  lines.push('', 'paired difference (service level, points)   billing            sales');
  const diff = (variant: string, baseline: string, type: string) => {
    const d = pairedDifferences(experiment(baseline), experiment(variant), comparison.level)[PATHS.serviceLevel(type)];
    return d === undefined ? '–' : `${points(d.mean)} ± ${(100 * (d.halfWidth ?? NaN)).toFixed(1)}${d.significant ? ' *' : '  '}`;
  };
  for (const [variant, baseline] of [
    [VARIANTS.unprotected, VARIANTS.none],
    [VARIANTS.protected, VARIANTS.none],
    [VARIANTS.protected, VARIANTS.unprotected],
  ] as const) {
    lines.push(`${`${variant.slice(0, 3)} − ${baseline.slice(0, 3)}`.padEnd(44)}${diff(variant, baseline, 'billing').padEnd(19)}${diff(variant, baseline, 'sales')}`);
  }
  lines.push('(* the CI excludes 0)', '', reading(mean, protection));
  return lines.join('\n');
}

/** One paragraph that reads the numbers. */
function reading(mean: (variant: string, path: string) => number | null, protection: string): string {
  const sl = (v: string, type: string): number => mean(v, PATHS.serviceLevel(type)) ?? NaN;
  const { none, unprotected, protected: guarded } = VARIANTS;
  const billingGain = (v: string): number => sl(v, 'billing') - sl(none, 'billing');
  const salesLoss = (v: string): number => sl(none, 'sales') - sl(v, 'sales');
  const kept = Math.round((100 * billingGain(guarded)) / billingGain(unprotected));
  const cost = Math.round((100 * salesLoss(guarded)) / salesLoss(unprotected));
  return wrapText(
    `Reading: without overflow the billing team answers only ${pct(sl(none, 'billing')).trim()} of its calls within 20 s. ` +
      `Letting the outsourcer take billing calls after 30 s lifts billing to ${pct(sl(unprotected, 'billing')).trim()}, but the ` +
      `outsourcer's own sales line drops from ${pct(sl(none, 'sales')).trim()} to ${pct(sl(unprotected, 'sales')).trim()}: every freed agent ` +
      'takes the oldest call it may serve, and an overflowed billing call is always older than a new sales call. ' +
      `With protection (${protection}) billing keeps ${kept} % of that gain ` +
      `(${pct(sl(guarded, 'billing')).trim()}) while sales loses only ${cost} % as much (${pct(sl(guarded, 'sales')).trim()}). ` +
      'Protection does not create capacity: the part of the gain it gives up is partner time kept free for the peaks of ' +
      'sales, and the size of the reserve sets how that time is shared.',
  );
}

/** Runs the comparison and returns the printed text. */
export async function main(options: OverflowExampleOptions = {}): Promise<string> {
  return formatOverflowComparison(await compareOverflow(options));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().then(
    (text) => console.log(text),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
