/**
 * What does a bot with 30 % containment do to staffing and FCR? The service line of
 * `bot-containment.yaml` with and without its bot, compared with common random numbers and
 * paired confidence intervals; the staffing is the Erlang C head count (80 % within 20 s) of
 * the calls that reach the agents, computed per replication from the calls offered and their
 * measured handle time.
 *
 * Run: npx tsx examples/bot-containment.ts
 */
import { fileURLToPath } from 'node:url';
import {
  agentsForServiceLevel,
  compareVariants,
  readScenarioFile,
  summarizeValues,
  type ComparisonResult,
  type ExperimentResult,
  type MetricSummary,
  type ScenarioInput,
  type Variant,
} from 'routelab';

/** Names of the two variants; the first is the baseline. */
export const VARIANTS = { noBot: 'no bot', bot: 'bot, 30% containment' } as const;

/** The metrics compared: path and label. */
export const METRICS = [
  ['overall.offered', 'calls reaching the agents'],
  ['journey.overall.fcr', 'first-contact resolution (bot included)'],
  ['journey.overall.resolved', 'issues resolved'],
  ['journey.overall.meanCustomerTimePerIssue', 'customer time per issue (s)'],
  ['overall.serviceLevel', 'service level (20 s), 20 agents'],
  ['agents.occupancy', 'occupancy, 20 agents'],
] as const;

/** The scenario as written (with the bot). */
export function botScenario(): ScenarioInput {
  return readScenarioFile(fileURLToPath(new URL('./bot-containment.yaml', import.meta.url))) as ScenarioInput;
}

/** The line without the bot (baseline) and as written. */
export function botVariants(base: ScenarioInput = botScenario()): Variant[] {
  const types = (base as { contactTypes: Record<string, unknown>[] }).contactTypes;
  const noBot = { ...base, contactTypes: types.map(({ selfService: _, ...t }) => t) } as ScenarioInput;
  return [{ name: VARIANTS.noBot, scenario: noBot }, { name: VARIANTS.bot, scenario: base }];
}

/** Runs the comparison. */
export function compareBot(options: { replications?: number; seed?: number; threads?: number } = {}): Promise<ComparisonResult> {
  return compareVariants(botVariants(), { replications: options.replications ?? 20, seed: options.seed ?? 1, threads: options.threads ?? 1 });
}

/** Erlang C agents for 80 % within 20 s of each replication's calls, from its offered count and mean handle time. */
export function staffingPerReplication(experiment: ExperimentResult, horizon = 8 * 3_600): number[] {
  const offered = experiment.metrics.indexOf('overall.offered');
  const handle = experiment.metrics.indexOf('overall.meanHandleTime');
  return experiment.replications.map((r) =>
    agentsForServiceLevel({ arrivalRate: (r.values[offered] as number) / horizon, meanServiceTime: r.values[handle] as number, targetTime: 20, target: 0.8 }),
  );
}

/** The paired difference (bot − no bot) of the Erlang C staffing. */
export function staffingDifference(c: ComparisonResult): MetricSummary {
  const [base, bot] = c.variants.map((v) => staffingPerReplication(v.experiment));
  return summarizeValues(bot!.map((x, i) => x - base![i]!), c.level);
}

/** The comparison as text. */
export function formatBotStudy(c: ComparisonResult): string {
  const [base, bot] = c.variants;
  const diff = c.differences[0]!.summary;
  const f = (x: number | null | undefined): string => (x === null || x === undefined ? '-' : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(3));
  const lines = [`Bot with 30% containment: ${c.replications} replications, paired differences (${(100 * c.level).toFixed(0)} % CI)`];
  for (const [path, label] of METRICS) {
    const d = diff[path];
    lines.push(`  ${label.padEnd(42)} ${f(base!.experiment.summary[path]?.mean).padStart(8)} → ${f(bot!.experiment.summary[path]?.mean).padStart(8)}   (${f(d?.mean)} ± ${f(d?.halfWidth)})`);
  }
  const staff = staffingDifference(c);
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  lines.push(
    `  ${'Erlang C agents for 80 % in 20 s'.padEnd(42)} ${f(mean(staffingPerReplication(base!.experiment))).padStart(8)} → ${f(mean(staffingPerReplication(bot!.experiment))).padStart(8)}   (${f(staff.mean)} ± ${f(staff.halfWidth)})`,
  );
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(formatBotStudy(await compareBot()));
}
