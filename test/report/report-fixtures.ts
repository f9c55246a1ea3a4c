import { compareVariants, type ComparisonResult } from '../../src/experiment/compare';
import { runExperiment } from '../../src/experiment/replications';
import type { ExperimentResult } from '../../src/experiment/result-format';
import type { ScenarioInput } from '../../src/scenario/schema';

/**
 * Small scenarios and experiments for the HTML report tests: a 3-hour, two-channel center with
 * segments, sites, resolution and repeat contacts and callbacks, so that every part of the report
 * has data; names can be replaced by hostile strings to test escaping.
 */

/** Names used in {@link reportScenario}. */
export interface ScenarioNames {
  scenario: string;
  voice: string;
  chat: string;
  group: string;
  site: string;
  segment: string;
}

/** Plain names. */
export const PLAIN_NAMES: ScenarioNames = { scenario: 'Small center', voice: 'voice-calls', chat: 'web-chat', group: 'agents', site: 'hq', segment: 'gold' };

/** A string that would run a script if it were not escaped. */
export const HOSTILE = '<script>alert(1)</script>';

/** Names full of markup, quotes and ampersands. */
export const HOSTILE_NAMES: ScenarioNames = {
  scenario: `${HOSTILE} & "co"`,
  voice: `voice${HOSTILE}`,
  chat: `chat'"&<b>`,
  group: `<img src=x onerror=alert(2)>`,
  site: `site "A" & <i>`,
  segment: `<svg onload=alert(3)>`,
};

/** A small center over 3 hours (fresh object on every call). */
export function reportScenario(names: ScenarioNames = PLAIN_NAMES, agents = 9, policy = 'longest-idle-agent'): ScenarioInput {
  return {
    name: names.scenario,
    horizon: '3h',
    interval: '30m',
    skills: ['service'],
    segments: [
      { name: names.segment, share: 0.3, value: 10, priority: 1 },
      { name: 'standard', share: 0.7, value: 1 },
    ],
    sites: [
      { name: names.site, kind: 'in-house' },
      { name: 'home', kind: 'remote' },
    ],
    contactTypes: [
      {
        name: names.voice,
        channel: 'voice',
        skills: { service: 1 },
        handleTime: { kind: 'lognormal', mean: '4m', cv: 0.8 },
        patience: { kind: 'exponential', mean: '3m' },
        serviceLevel: { target: 0.8, within: '20s' },
        arrivals: { rate: '110/h' },
        resolution: { probability: 0.7 },
        repeat: { probability: 0.8, delay: { kind: 'exponential', mean: '20m' } },
        callback: { mode: 'scheduled', offerWhenWaitAbove: '1m', acceptance: { base: 0.4, perMinute: 0.02 }, promise: '20m', window: '5m' },
      },
      {
        name: names.chat,
        channel: 'chat',
        skills: { service: 1 },
        handleTime: { kind: 'gamma', mean: '8m', cv: 0.7 },
        patience: { kind: 'exponential', mean: '6m' },
        arrivals: { rate: '30/h' },
        resolution: { probability: 0.6 },
      },
    ],
    agentGroups: [
      { name: names.group, site: names.site, skills: { service: 3 }, channels: { voice: 1 }, agents },
      { name: 'chatters', site: 'home', skills: { service: 2 }, channels: { chat: 2 }, agents: 3 },
    ],
    routing: { policy },
  };
}

/** An experiment of {@link reportScenario}: 4 replications in this thread. */
export function reportExperiment(scenario: ScenarioInput = reportScenario()): Promise<ExperimentResult> {
  return runExperiment(scenario, { replications: 4, threads: 1, seed: 11 });
}

/** Two designs of {@link reportScenario}: 9 agents (baseline) and 11 agents, with common random numbers. */
export function reportComparison(names: ScenarioNames = PLAIN_NAMES): Promise<ComparisonResult> {
  return compareVariants(
    [
      { name: 'nine agents', scenario: reportScenario(names, 9) },
      { name: 'eleven agents', scenario: reportScenario(names, 11) },
    ],
    { replications: 4, threads: 1, seed: 11 },
  );
}

/** The experiment with only the metrics whose path `keep` accepts (as if the run had no others). */
export function keepMetrics(experiment: ExperimentResult, keep: (path: string) => boolean): ExperimentResult {
  const columns = experiment.metrics.map((p, j) => [p, j] as const).filter(([p]) => keep(p));
  return {
    ...experiment,
    metrics: columns.map(([p]) => p),
    replications: experiment.replications.map((r) => ({ replication: r.replication, values: columns.map(([, j]) => r.values[j] ?? null) })),
    summary: Object.fromEntries(Object.entries(experiment.summary).filter(([p]) => keep(p))),
  };
}

/** The text of an HTML document without its tags, style and script (what a reader sees). */
export function visibleText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The content of the element with `data-metric` and `data-design` in a table, unescaped. */
export function cellText(html: string, tableId: string, metric: string, design: string, kind: 'estimate' | 'diff'): string | undefined {
  const table = html.match(new RegExp(`<table class="metrics[^"]*" id="${tableId}">[\\s\\S]*?</table>`))?.[0];
  if (table === undefined) return undefined;
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  const re = new RegExp(`<td class="${kind}[^"]*" data-metric="${regex(esc(metric))}" data-design="${regex(esc(design))}"[^>]*>([^<]*)</td>`);
  const m = table.match(re);
  return m === null ? undefined : visibleText(m[1]!);
}

function regex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
