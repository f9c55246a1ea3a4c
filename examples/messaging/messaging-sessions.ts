/**
 * Do released slots during reply gaps let 20 % fewer agents serve the same messaging load? The
 * care team of `messaging-sessions.yaml` with the slot held during the customer's reply gaps (10
 * agents, the baseline), released (10 agents), and released with 20 % fewer agents (8), compared
 * with common random numbers (the same conversations, turns, gaps and work in every variant) and
 * paired confidence intervals against the baseline.
 *
 * Run: npx tsx examples/messaging/messaging-sessions.ts
 */
import { fileURLToPath } from 'node:url';
import { compareVariants, readScenarioFile, scenarioVariant, type ComparisonResult, type ScenarioInput, type Variant } from 'routelab';

/** The variants compared: slot rule and agents; the first is the baseline. */
export const VARIANTS = [
  { name: 'held, 10 agents', slotDuringGap: 'held', agents: 10 },
  { name: 'released, 10 agents', slotDuringGap: 'released', agents: 10 },
  { name: 'released, 8 agents', slotDuringGap: 'released', agents: 8 },
] as const;

/** The metrics printed: path and label. */
export const METRICS = [
  ['overall.serviceLevel', 'first response within 2 min'],
  ['messagingSessions.messaging care.meanFirstResponseTime', 'first response (s)'],
  ['messagingSessions.messaging care.meanResponseTime', 'response to a reply (s)'],
  ['messagingSessions.messaging care.meanResolutionTime', 'session time (s)'],
  ['messagingSessions.messaging care.meanSlotTime', 'slot time per session (s)'],
  ['agents.occupancy', 'occupancy'],
] as const;

/** The scenario as written. */
export function messagingScenario(): ScenarioInput {
  return readScenarioFile(fileURLToPath(new URL('./messaging-sessions.yaml', import.meta.url))) as ScenarioInput;
}

/** One variant per slot rule and head count, the baseline first. */
export function sessionVariants(base: ScenarioInput = messagingScenario()): Variant[] {
  const { contactTypes, agentGroups } = base as { contactTypes: Record<string, unknown>[]; agentGroups: Record<string, unknown>[] };
  const type = contactTypes[0]!;
  return VARIANTS.map((v) =>
    scenarioVariant(v.name, base, {
      contactTypes: [{ ...type, session: { ...(type['session'] as Record<string, unknown>), slotDuringGap: v.slotDuringGap } }],
      agentGroups: [{ ...agentGroups[0]!, agents: v.agents }],
    }),
  );
}

/** Runs the comparison. */
export function compareSlots(options: { replications?: number; seed?: number; threads?: number } = {}): Promise<ComparisonResult> {
  return compareVariants(sessionVariants(), { replications: options.replications ?? 20, seed: options.seed ?? 1, threads: options.threads ?? 1 });
}

/** The comparison as a text table: each metric's mean per variant, and its paired difference from the baseline. */
export function formatSlotStudy(c: ComparisonResult): string {
  const lines = [`Messaging sessions: ${c.replications} replications, paired differences vs ${VARIANTS[0].name} (${(100 * c.level).toFixed(0)} % CI)`];
  for (const { name } of VARIANTS) {
    const v = c.variants.find((x) => x.name === name)!;
    const diff = c.differences.find((d) => d.variant === name);
    const cells = METRICS.map(([path, label]) => {
      const mean = v.experiment.summary[path]?.mean ?? null;
      const d = diff?.summary[path];
      const delta = d === undefined || d.mean === null ? '' : ` (${d.mean >= 0 ? '+' : ''}${d.mean.toFixed(3)} ± ${(d.halfWidth ?? 0).toFixed(3)})`;
      return `${label} ${mean === null ? '-' : mean.toFixed(3)}${delta}`;
    });
    lines.push(`  ${name.padEnd(20)} ${cells.join('; ')}`);
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(formatSlotStudy(await compareSlots()));
}
