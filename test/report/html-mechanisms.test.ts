import { describe, expect, it } from 'vitest';
import { compareVariants, policyVariants } from '../../src/experiment/compare';
import { runExperiment } from '../../src/experiment/replications';
import type { ExperimentResult } from '../../src/experiment/result-format';
import { renderHtmlReport, reportFromComparison, reportFromExperiment } from '../../src/report/html/index';
import type { ScenarioInput } from '../../src/scenario/schema';
import { agentSection } from '../../src/report/html/agent-section';
import { designViews } from '../../src/report/html/design-view';
import { mechanismSection } from '../../src/report/html/mechanism-section';
import { cellText, reportExperiment, reportScenario } from './report-fixtures';

/**
 * The report's sections on sessions, self-service, interruptions and silent abandonment, and on
 * agents one by one (issue 18/20): shown when a design uses them, with every field of the result,
 * and absent otherwise.
 */

/** Two hours of a messaging type with sessions and silent leavers, a voice line behind a bot, and individual agents. */
const scenario: ScenarioInput = {
  name: 'mechanisms',
  horizon: '2h',
  skills: ['s'],
  contactTypes: [
    {
      name: 'care',
      channel: 'messaging',
      skills: { s: 1 },
      handleTime: { kind: 'exponential', mean: '2m' },
      arrivals: { rate: '30/h' },
      session: { exchanges: { kind: 'deterministic', value: 3 }, replyGap: { kind: 'exponential', mean: '1m' }, slotDuringGap: 'held', timeout: '30m' },
      silentAbandonment: { probability: 0.2, after: { kind: 'exponential', mean: '1m' }, discoveryTime: { kind: 'deterministic', value: 30 } },
    },
    {
      name: 'line',
      channel: 'voice',
      skills: { s: 1 },
      handleTime: { kind: 'exponential', mean: '3m' },
      arrivals: { rate: '30/h' },
      selfService: { time: { kind: 'deterministic', value: 60 }, containment: 0.4 },
    },
  ],
  agentGroups: [{ name: 'team', agents: 4, skills: { s: 1 }, channels: { voice: 1, messaging: 2 }, individuals: { agents: [{ name: 'ann' }] } }],
} as unknown as ScenarioInput;

const experiment = runExperiment(scenario, { replications: 3, seed: 5, threads: 1 });
/** The report of {@link experiment}, rendered once for the tests that read it. */
const report = experiment.then((e) => renderHtmlReport(reportFromExperiment(scenario, e)));

/** The mean printed in an estimate cell, in the cell's own unit. */
function printed(html: string, table: string, path: string, design: string): string {
  const text = cellText(html, table, path, design, 'estimate');
  expect(text, `${table} ${path}`).toBeDefined();
  return text!.split(' ± ')[0]!;
}

/** `experiment` with one more messaging-session field, as another branch adding a field would give. */
function withExtraField(e: ExperimentResult): ExperimentResult {
  const path = 'messagingSessions.care.replyAbandonRate';
  return { ...e, metrics: [...e.metrics, path], summary: { ...e.summary, [path]: { mean: 0.125, halfWidth: 0.01, lower: 0.115, upper: 0.135, n: 3 } } } as ExperimentResult;
}

describe('HTML report: sessions, self-service and interruptions', () => {
  it('shows each mechanism the scenario uses, every field of its result, per contact type', async () => {
    const e = await experiment;
    const html = await report;
    expect(html).toContain('<section id="mechanisms"><h2>Sessions, self-service and interruptions</h2>');
    for (const h3 of ['Self-service (bot)', 'Messaging sessions', 'Silent abandonment']) expect(html).toContain(`<h3>${h3}</h3>`);
    expect(html).not.toContain('<h3>Interruptions by calls</h3>');
    const design = e.policy;
    // Every numeric field of the results has its cell.
    for (const path of e.metrics.filter((p) => /^(messagingSessions|selfService|silentAbandonment)\./.test(p))) {
      const table = `mechanism-${path.split('.')[0]!}`;
      expect(cellText(html, table, path, design, 'estimate'), path).toBeDefined();
    }
    // Shares in %, durations in their unit, counts as numbers: the summary's means as printed.
    const share = e.summary['selfService.line.containmentRate']!.mean!;
    expect(printed(html, 'mechanism-selfService', 'selfService.line.containmentRate', design)).toBe(`${(100 * share).toFixed(1)}%`);
    const discovery = e.summary['silentAbandonment.care.meanDiscoveryTime']!.mean!;
    expect(discovery).toBe(30); // deterministic discovery time
    expect(printed(html, 'mechanism-silentAbandonment', 'silentAbandonment.care.meanDiscoveryTime', design)).toBe('30.0s');
    // Counts below 10 with two decimals (3 exchanges each; silent leavers end after fewer turns).
    const turns = e.summary['messagingSessions.care.meanTurns']!.mean!;
    expect(turns).toBeGreaterThan(2);
    expect(turns).toBeLessThanOrEqual(3);
    expect(printed(html, 'mechanism-messagingSessions', 'messagingSessions.care.meanTurns', design)).toBe(turns.toFixed(2));
    expect(html).toContain('data-chart="mechanism-shares"');
    expect(html).toContain('data-chart="messaging-response"');
  });

  it('shows a field added to a result without a code change, its unit read from its name', async () => {
    const e = withExtraField(await experiment);
    const html = renderHtmlReport(reportFromExperiment(scenario, e));
    expect(printed(html, 'mechanism-messagingSessions', 'messagingSessions.care.replyAbandonRate', e.policy)).toBe('12.5%');
    expect(html).toContain('<th scope="row">Reply abandon rate</th>');
  });

  it('shows every agent one by one', async () => {
    const e = await experiment;
    const html = await report;
    expect(html).toContain('<section id="agents"><h2>Agents one by one</h2>');
    for (const name of ['ann', 'team#1', 'team#2', 'team#3']) expect(html).toContain(`<th scope="row">${name}</th>`);
    const served = e.summary['byAgent.ann.served']!.mean!;
    expect(html).toMatch(new RegExp(`data-metric="byAgent\\.ann\\.served" data-design="${e.policy}">${served.toFixed(served >= 100 ? 0 : served >= 10 ? 1 : 2)}`));
  });

  it('gives compared designs their paired differences', async () => {
    const comparison = await compareVariants(policyVariants(scenario, ['longest-idle-agent', 'random-agent']), { replications: 2, seed: 5, threads: 1 });
    const html = renderHtmlReport(reportFromComparison(scenario, comparison));
    expect(cellText(html, 'mechanism-messagingSessions', 'messagingSessions.care.meanFirstResponseTime', 'random-agent', 'diff')).toMatch(/^(\+|−)?\d/);
    expect(html).toContain('Per-agent results — random-agent');
  });

  it('adds nothing to the report of a scenario without them', async () => {
    const views = designViews(reportFromExperiment(reportScenario(), await reportExperiment()));
    expect(mechanismSection(views, [])).toBe('');
    expect(agentSection(views)).toBe('');
  });
});
