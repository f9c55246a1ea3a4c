/**
 * Does letting a call interrupt an e-mail pay? The blended team of `voice-interrupts-email.yaml`
 * with and without `interruptions`, compared with common random numbers: the calls' service level
 * and abandonment (paired differences from routelab's comparison), and the e-mails' reply time
 * (arrival to the end of the work: wait + handle time + time suspended), paired per replication here.
 *
 * Run: npx tsx examples/voice-interrupts-email.ts
 */
import { fileURLToPath } from 'node:url';
import {
  compareVariants,
  confidenceInterval,
  readScenarioFile,
  RunningStats,
  scenarioVariant,
  type ComparisonResult,
  type ExperimentResult,
  type ScenarioInput,
  type Variant,
} from 'routelab';

/** The variant names. */
export const WITH = 'calls interrupt e-mails';
export const WITHOUT = 'no interruptions';

/** The call metrics printed: path and label. */
export const CALL_METRICS = [
  ['byContactType.calls.serviceLevel', 'call service level (20 s)'],
  ['byContactType.calls.asa', 'call ASA (s)'],
  ['byContactType.calls.abandonmentRate', 'call abandonment'],
  ['byContactType.emails.serviceLevel', 'e-mails opened within 1 h'],
] as const;

/** The scenario as written (with interruptions). */
export function blendedScenario(): ScenarioInput {
  return readScenarioFile(fileURLToPath(new URL('./voice-interrupts-email.yaml', import.meta.url))) as ScenarioInput;
}

/** Without interruptions first (the baseline), then with them. */
export function interruptionVariants(base: ScenarioInput = blendedScenario()): Variant[] {
  const groups = (base as { agentGroups: Record<string, unknown>[] }).agentGroups;
  // The same groups without their `interruptions` field (a variant's patch merges, so it could not remove it).
  const plain = groups.map(({ interruptions: _rule, ...rest }) => rest);
  return [{ name: WITHOUT, scenario: { ...base, agentGroups: plain } as ScenarioInput }, scenarioVariant(WITH, base, {})];
}

/** Runs the comparison. */
export function compareInterruptions(options: { replications?: number; seed?: number; threads?: number } = {}): Promise<ComparisonResult> {
  return compareVariants(interruptionVariants(), { replications: options.replications ?? 20, seed: options.seed ?? 1, threads: options.threads ?? 1 });
}

/** Per replication, the e-mails' mean reply time: mean wait + mean handle time (work done) + time suspended per served e-mail. */
export function replyTimes(e: ExperimentResult): number[] {
  const at = (path: string): number => e.metrics.indexOf(path);
  const [asa, handle, served, interrupted, suspended] = [
    'byContactType.emails.asa',
    'byContactType.emails.meanHandleTime',
    'interruptions.emails.served',
    'interruptions.emails.interrupted',
    'interruptions.emails.meanSuspendedTime',
  ].map(at) as [number, number, number, number, number];
  return e.replications.map((r) => {
    const v = (j: number): number => (j < 0 ? 0 : (r.values[j] ?? 0));
    const perServed = v(served) > 0 ? (v(suspended) * v(interrupted)) / v(served) : 0;
    return v(asa) + v(handle) + perServed;
  });
}

/** The paired difference (with − without) of the e-mails' reply time: mean and half-width at the comparison's level. */
export function replyTimeDifference(c: ComparisonResult): { mean: number; halfWidth: number; lower: number; upper: number } {
  const without = replyTimes(c.variants.find((v) => v.name === WITHOUT)!.experiment);
  const withRule = replyTimes(c.variants.find((v) => v.name === WITH)!.experiment);
  const stats = new RunningStats();
  withRule.forEach((x, i) => stats.add(x - without[i]!));
  const ci = confidenceInterval(stats, c.level);
  const halfWidth = ci.halfWidth ?? Number.NaN;
  return { mean: ci.mean, halfWidth, lower: ci.mean - halfWidth, upper: ci.mean + halfWidth };
}

/** The comparison as a text table. */
export function formatInterruptionStudy(c: ComparisonResult): string {
  const lines = [`Voice interrupts e-mail: ${c.replications} replications, paired differences vs ${WITHOUT} (${(100 * c.level).toFixed(0)} % CI)`];
  const diff = c.differences.find((d) => d.variant === WITH)!;
  for (const [path, label] of CALL_METRICS) {
    const base = c.variants[0]!.experiment.summary[path]?.mean ?? null;
    const other = c.variants[1]!.experiment.summary[path]?.mean ?? null;
    const d = diff.summary[path];
    lines.push(`  ${label.padEnd(26)} ${base?.toFixed(3)} → ${other?.toFixed(3)}  (${(d?.mean ?? 0) >= 0 ? '+' : ''}${d?.mean?.toFixed(3)} ± ${d?.halfWidth?.toFixed(3)})`);
  }
  const reply = replyTimeDifference(c);
  const means = c.variants.map((v) => replyTimes(v.experiment).reduce((a, b) => a + b, 0) / c.replications);
  lines.push(`  ${'e-mail reply time (s)'.padEnd(26)} ${means[0]!.toFixed(1)} → ${means[1]!.toFixed(1)}  (${reply.mean >= 0 ? '+' : ''}${reply.mean.toFixed(1)} ± ${reply.halfWidth.toFixed(1)})`);
  const block = c.variants[1]!.experiment.summary['interruptions.emails.interruptionsPerContact']?.mean;
  if (block !== undefined && block !== null) lines.push(`  suspensions per e-mail served: ${block.toFixed(3)}`);
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(formatInterruptionStudy(await compareInterruptions()));
}
