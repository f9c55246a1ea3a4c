/**
 * Money and customers on three designs of the priced retail bank (`retail-bank-costs.yaml`),
 * compared with common random numbers and paired confidence intervals:
 *
 * - **longest idle** — the baseline: longest-idle routing, no context carry-over (every new agent
 *   hears the story again);
 * - **best skill + context** — best-skill routing, and every agent sees the history
 *   whatever the channel (`journey.context: omnichannel`);
 * - **cheaper agents** — longest-idle routing with the two voice groups paid less and less
 *   proficient (generalists accounts 3 → 2 at 26/h instead of 32; card specialists cards 5 → 3 at
 *   30/h instead of 38).
 *
 * The field's argument is that repeat contacts and poor resolution drive customers away, so
 * first-contact resolution can pay for itself. Here that argument is a measured difference: where
 * the operating cost goes, and where the total cost of service (operating cost + value lost) goes.
 * Every price and churn weight of the scenario is an assumption (see its comments).
 *
 * Run: npx tsx examples/bank-economics.ts
 */
import { fileURLToPath } from 'node:url';
import { compareVariants, metricAt, readScenarioFile, scenarioVariant, wrapText, type ComparisonResult, type ScenarioInput, type Variant } from 'routelab';

/** Names of the designs; the first is the baseline. */
export const DESIGNS = { longestIdle: 'longest idle', bestSkill: 'best skill + context', cheaper: 'cheaper agents' } as const;

/** A measure of the report: a metric path, a label and how many decimals it prints with. */
export interface MoneyMeasure {
  readonly path: string;
  readonly label: string;
  readonly decimals: number;
  /** A share, printed in percent (differences in points). */
  readonly percent?: boolean;
}

/** The measures printed, in order. */
export const MONEY_MEASURES: readonly MoneyMeasure[] = [
  { path: 'economics.agentCost', label: 'agent cost', decimals: 0 },
  { path: 'economics.contactCost', label: 'contact cost', decimals: 0 },
  { path: 'economics.penaltyCost', label: 'penalties', decimals: 0 },
  { path: 'economics.operatingCost', label: 'operating cost', decimals: 0 },
  { path: 'economics.repeatContactCost', label: '  of which repeat contacts (handling)', decimals: 0 },
  { path: 'economics.costPerResolvedIssue', label: 'cost per resolved issue', decimals: 2 },
  { path: 'economics.customersLost', label: 'customers lost', decimals: 1 },
  { path: 'economics.valueLost', label: 'value lost', decimals: 0 },
  { path: 'economics.totalCost', label: 'total cost of service', decimals: 0 },
  { path: 'economics.meanEffort', label: 'customer effort per issue', decimals: 3 },
  { path: 'journey.overall.fcr', label: 'first-contact resolution', decimals: 1, percent: true },
  { path: 'overall.serviceLevel', label: 'service level', decimals: 1, percent: true },
];

/** The priced bank as written. */
export function pricedBank(): ScenarioInput {
  return readScenarioFile(fileURLToPath(new URL('./retail-bank-costs.yaml', import.meta.url))) as ScenarioInput;
}

/** The three designs. */
export function bankDesigns(base: ScenarioInput = pricedBank()): Variant[] {
  return [
    scenarioVariant(DESIGNS.longestIdle, base, { journey: { context: 'none' }, routing: { policy: 'longest-idle-agent', options: {} } }),
    scenarioVariant(DESIGNS.bestSkill, base, { journey: { context: 'omnichannel' }, routing: { policy: 'best-skill', options: {} } }),
    scenarioVariant(DESIGNS.cheaper, base, {
      journey: { context: 'none' },
      routing: { policy: 'longest-idle-agent', options: {} },
      agentGroups: [
        { name: 'generalists', skills: { accounts: 2 } },
        { name: 'card-specialists', skills: { cards: 3 } },
      ],
      costs: { agentGroups: { generalists: { perHour: 26 }, 'card-specialists': { perHour: 30 } } },
    }),
  ];
}

/** Options of {@link compareBankDesigns}. */
export interface BankEconomicsOptions {
  /** @default 20 */
  replications?: number;
  /** @default 1 */
  seed?: number;
  /** @default all cores when worth it */
  threads?: number;
}

/** Runs the comparison (baseline: longest idle). */
export function compareBankDesigns(options: BankEconomicsOptions = {}): Promise<ComparisonResult> {
  return compareVariants(bankDesigns(), {
    replications: options.replications ?? 20,
    seed: options.seed ?? 1,
    ...(options.threads === undefined ? {} : { threads: options.threads }),
  });
}

function show(m: MoneyMeasure, x: number | null | undefined, signed = false): string {
  if (x === null || x === undefined) return '–';
  const v = m.percent === true ? 100 * x : x;
  const text = v.toFixed(m.decimals).replace(/^-(0\.?0*)$/, '$1');
  return `${signed && v >= 0 ? '+' : ''}${text}${m.percent === true ? (signed ? ' pt' : '%') : ''}`;
}

/** The printed report: each design's mean ± half-width, then each difference from the baseline. */
export function formatBankEconomics(comparison: ComparisonResult): string {
  const currency = pricedBank().costs?.currency ?? '';
  const names = comparison.variants.map((v) => v.name);
  const header = `${'measure'.padEnd(38)}${names.map((n) => n.padStart(22)).join('')}`;
  const lines = [
    `Retail bank, money and customers: ${comparison.replications} replications of a day per design, common random numbers, ${100 * comparison.level} % CIs, money in ${currency}`,
    '',
    header,
  ];
  for (const m of MONEY_MEASURES) {
    const cells = comparison.variants.map((v) => {
      const s = metricAt(v.experiment.summary, m.path);
      return `${show(m, s?.mean)} ± ${show(m, s?.halfWidth).replace('%', '')}`.padStart(22);
    });
    lines.push(`${m.label.padEnd(38)}${cells.join('')}`);
  }
  lines.push('', `Paired differences from '${comparison.baseline}' (* the CI excludes 0):`, '');
  lines.push(`${'measure'.padEnd(38)}${comparison.differences.map((d) => d.variant.padStart(26)).join('')}`);
  for (const m of MONEY_MEASURES) {
    const cells = comparison.differences.map((d) => {
      const s = metricAt(d.summary, m.path);
      const text = s === undefined || s.mean === null ? '–' : `${show(m, s.mean, true)} ± ${show(m, s.halfWidth).replace('%', '')}${s.significant ? ' *' : '  '}`;
      return text.padStart(26);
    });
    lines.push(`${m.label.padEnd(38)}${cells.join('')}`);
  }
  lines.push('', wrapText(reading(comparison)));
  return lines.join('\n');
}

/** A sentence per design saying where the operating and the total cost went, from the intervals. */
export function reading(comparison: ComparisonResult): string {
  const direction = (variant: string, path: string): string => {
    const d = metricAt(comparison.differences.find((x) => x.variant === variant)!.summary, path)!;
    if (!d.significant) return 'no significant change in';
    return d.mean! < 0 ? 'a lower' : 'a higher';
  };
  return comparison.differences
    .map(
      (d) =>
        `${d.variant}: ${direction(d.variant, 'economics.operatingCost')} operating cost, ${direction(d.variant, 'economics.valueLost')} value lost ` +
        `and ${direction(d.variant, 'economics.totalCost')} total cost of service than ${comparison.baseline}.`,
    )
    .join(' ');
}

/** Runs the comparison and returns the printed text. */
export async function main(options: BankEconomicsOptions = {}): Promise<string> {
  return formatBankEconomics(await compareBankDesigns(options));
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
