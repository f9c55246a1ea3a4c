/**
 * How many chats at once before the service level drops? The chat team of
 * `chat-concurrency.yaml` holding 1 to 5 chats at once, with handle times that stretch with
 * the number held (`slowdown`), compared with common random numbers and paired confidence
 * intervals against 3 chats at once.
 *
 * Run: npx tsx examples/chat-concurrency.ts
 */
import { fileURLToPath } from 'node:url';
import { compareVariants, readScenarioFile, scenarioVariant, type ComparisonResult, type ScenarioInput, type Variant } from 'routelab';

/** The concurrencies compared; the baseline is {@link BASELINE}. */
export const CONCURRENCIES = [1, 2, 3, 4, 5] as const;
/** The baseline concurrency of the paired differences. */
export const BASELINE = 3;

/** The metrics printed: path and label. */
export const METRICS = [
  ['overall.serviceLevel', 'service level (60 s)'],
  ['overall.asa', 'ASA (s)'],
  ['overall.abandonmentRate', 'abandonment'],
  ['overall.meanHandleTime', 'handle time (s)'],
  ['agents.utilization', 'capacity utilization'],
] as const;

/** The variant name of a concurrency. */
export const variantName = (k: number): string => `${k} chat${k === 1 ? '' : 's'} at once`;

/** The scenario as written. */
export function chatScenario(): ScenarioInput {
  return readScenarioFile(fileURLToPath(new URL('./chat-concurrency.yaml', import.meta.url))) as ScenarioInput;
}

/** One variant per concurrency, the baseline first (the slowdown table stays the same). */
export function concurrencyVariants(base: ScenarioInput = chatScenario()): Variant[] {
  const order = [BASELINE, ...CONCURRENCIES.filter((k) => k !== BASELINE)];
  const group = (base as { agentGroups: Record<string, unknown>[] }).agentGroups[0]!;
  return order.map((k) => scenarioVariant(variantName(k), base, { agentGroups: [{ ...group, channels: { chat: k } }] }));
}

/** Runs the comparison. */
export function compareConcurrency(options: { replications?: number; seed?: number; threads?: number } = {}): Promise<ComparisonResult> {
  return compareVariants(concurrencyVariants(), { replications: options.replications ?? 20, seed: options.seed ?? 1, threads: options.threads ?? 1 });
}

/** The comparison as a text table: each metric's mean per concurrency, and its paired difference from the baseline. */
export function formatConcurrencyStudy(c: ComparisonResult): string {
  const lines = [`Chat concurrency with slowdown: ${c.replications} replications, paired differences vs ${variantName(BASELINE)} (${(100 * c.level).toFixed(0)} % CI)`];
  for (const k of CONCURRENCIES) {
    const v = c.variants.find((x) => x.name === variantName(k))!;
    const diff = c.differences.find((d) => d.variant === v.name);
    const cells = METRICS.map(([path, label]) => {
      const mean = v.experiment.summary[path]?.mean ?? null;
      const d = diff?.summary[path];
      const delta = d === undefined || d.mean === null ? '' : ` (${d.mean >= 0 ? '+' : ''}${d.mean.toFixed(3)} ± ${(d.halfWidth ?? 0).toFixed(3)})`;
      return `${label} ${mean === null ? '-' : mean.toFixed(3)}${delta}`;
    });
    lines.push(`  ${variantName(k).padEnd(16)} ${cells.join('; ')}`);
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(formatConcurrencyStudy(await compareConcurrency()));
}
