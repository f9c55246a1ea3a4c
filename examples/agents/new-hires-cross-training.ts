/**
 * Should new hires take the second skill from day one? The line of
 * `new-hires-cross-training.yaml` as written (new hires on billing only, the baseline) against the
 * same line with the new hires cross-trained on tech (they then also take tech calls and
 * disputes, both new to them on the tech side). Learning counts per skill: a dispute teaches
 * billing and tech, and takes the mean of the two skills' factors. A comparison with common random
 * numbers: replication r of both designs sees the same customers, and the differences are paired,
 * with 95 % confidence intervals.
 *
 * Run: npx tsx examples/agents/new-hires-cross-training.ts
 */
import { fileURLToPath } from 'node:url';
import { compareVariants, metricAt, pairedDifferences, readScenarioFile, scenarioVariant, type ComparisonResult, type DifferenceSummary, type ScenarioInput } from 'routelab';

/** The measures printed: metric path, label, unit. */
export const MEASURES = [
  { path: 'overall.serviceLevel', label: 'service level (20 s)', unit: 'share' },
  { path: 'byContactType.tech.serviceLevel', label: 'service level, tech', unit: 'share' },
  { path: 'overall.abandonmentRate', label: 'abandonment', unit: 'share' },
  { path: 'agents.occupancy', label: 'occupancy', unit: 'share' },
  { path: 'byAgentGroup.new hires.meanHandleTime', label: 'handle time, new hires', unit: 'seconds' },
  { path: 'byAgentGroup.veterans.meanHandleTime', label: 'handle time, veterans', unit: 'seconds' },
] as const;

/** A measure of {@link MEASURES}. */
export type Measure = (typeof MEASURES)[number];

/** The designs: the baseline first. */
export const DESIGNS = ['billing only', 'cross-trained'] as const;

/** Options of {@link compareDesigns}. */
export interface CrossTrainingOptions {
  /** Replications per design. @default 20 */
  replications?: number;
  /** @default 1 */
  seed?: number;
  /** @default 1 */
  threads?: number;
  /** Replace the file's horizon (e.g. `'1d'` for a quick check). */
  horizon?: string;
}

/** The line as written: new hires on billing only. */
export function billingOnly(): ScenarioInput {
  return readScenarioFile(fileURLToPath(new URL('./new-hires-cross-training.yaml', import.meta.url))) as ScenarioInput;
}

/** The same line with the new hires cross-trained on tech (at level 2, as on billing). */
export function crossTrained(base: ScenarioInput = billingOnly()): ScenarioInput {
  const agentGroups = base.agentGroups.map((g) => (g.name === 'new hires' ? { ...g, skills: { ...g.skills, tech: 2 } } : g));
  return { ...base, name: 'New hires, cross-trained', agentGroups };
}

/** Both designs compared with common random numbers. */
export async function compareDesigns(options: CrossTrainingOptions = {}): Promise<ComparisonResult> {
  const base = options.horizon === undefined ? billingOnly() : { ...billingOnly(), horizon: options.horizon };
  const settings = { replications: options.replications ?? 20, seed: options.seed ?? 1, threads: options.threads ?? 1 };
  return compareVariants([scenarioVariant(DESIGNS[0], base, {}), scenarioVariant(DESIGNS[1], crossTrained(base), {})], settings);
}

/** The paired difference cross-trained − billing only on `path`. */
export function difference(comparison: ComparisonResult, path: string): DifferenceSummary {
  const experiment = (name: string) => comparison.variants.find((v) => v.name === name)!.experiment;
  const d = metricAt(pairedDifferences(experiment(DESIGNS[0]), experiment(DESIGNS[1]), comparison.level), path);
  if (d === undefined) throw new Error(`no metric '${path}' in the results`);
  return d;
}

/** The mean of `path` in `design`. */
export function meanOf(comparison: ComparisonResult, design: string, path: string): number | null {
  return metricAt(comparison.variants.find((v) => v.name === design)!.experiment.summary, path)?.mean ?? null;
}

/** A value (`82.0%`, `447.4s`) or, `signed`, a difference (`+4.9 pt`, `−16.5s`; a difference that rounds to 0 has no sign). */
function value(unit: Measure['unit'], x: number | null, signed = false): string {
  if (x === null) return '–';
  const text = unit === 'share' ? (100 * Math.abs(x)).toFixed(1) : Math.abs(x).toFixed(1);
  const sign = !signed || Number(text) === 0 ? (x < 0 && !signed ? '-' : '') : x > 0 ? '+' : '−';
  return `${sign}${text}${unit === 'share' ? (signed ? ' pt' : '%') : 's'}`;
}

/** The table: each measure in the baseline, then the paired difference (`*` when its CI excludes 0). */
export function formatComparison(comparison: ComparisonResult): string {
  const n = comparison.variants[0]!.experiment.to - comparison.variants[0]!.experiment.from;
  const lines = [`${n} replications, common random numbers, 95% paired CIs`, `${'measure'.padEnd(24)} ${'billing only'.padStart(12)}   cross-trained − billing only`];
  for (const m of MEASURES) {
    const d = difference(comparison, m.path);
    const hw = d.halfWidth === null ? '–' : value(m.unit, d.halfWidth).replace('%', ' pt');
    lines.push(`${m.label.padEnd(24)} ${value(m.unit, meanOf(comparison, DESIGNS[0], m.path)).padStart(12)}   ${value(m.unit, d.mean, true)} ± ${hw}${d.significant ? ' *' : ''}`);
  }
  return lines.join('\n');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(formatComparison(await compareDesigns()));
}
