import { describe, expect, it } from 'vitest';
import { compareVariants } from '../../src/experiment/compare';
import { runExperiment } from '../../src/experiment/replications';
import { renderHtmlReport, reportFromComparison, reportFromExperiment } from '../../src/report/html/index';
import type { ScenarioInput } from '../../src/scenario/schema';

/** Five agents for two hours at 20 % shrinkage: floor(5 × 0.8) = 4 take contacts. */
function center(shrinkage?: number): ScenarioInput {
  return {
    name: 'shrunk',
    horizon: '2h',
    interval: '1h',
    skills: ['s'],
    contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'exponential', mean: '3m' }, arrivals: { rate: '50/h' } }],
    agentGroups: [{ name: 'tier1', skills: { s: 1 }, agents: 5, ...(shrinkage === undefined ? {} : { shrinkage }) }],
  };
}

/** The mean printed in a cell (`10.0 ± 0.00` → 10), NaN when the cell is missing or empty. */
function mean(html: string, path: string, design: string): number {
  const text = cell(html, path, design);
  return text === undefined || text === '–' ? Number.NaN : Number(text.split(' ± ')[0]);
}

function cell(html: string, path: string, design: string): string | undefined {
  const escaped = path.replaceAll('.', '\\.');
  return new RegExp(`<td[^>]*data-metric="${escaped}" data-design="${design}">([^<]*)</td>`).exec(html)?.[1];
}

describe('HTML report: workforce section', () => {
  it('shows the agent-hours of each group over the day and per interval', async () => {
    const scenario = center(0.2);
    const experiment = await runExperiment(scenario, { replications: 3, seed: 2, threads: 1 });
    const html = renderHtmlReport(reportFromExperiment(scenario, experiment));
    expect(html).toContain('<section id="workforce"><h2>Workforce: agent-hours</h2>');
    const design = experiment.policy;
    // exact: 5 agents × 2 h scheduled and paid, one agent of five withheld, so 4 × 2 h available
    expect(mean(html, 'workforce.tier1.scheduledHours', design)).toBe(10);
    expect(mean(html, 'workforce.tier1.paidHours', design)).toBe(10);
    expect(mean(html, 'workforce.tier1.shrinkageHours', design)).toBe(2);
    expect(mean(html, 'workforce.tier1.availableHours', design)).toBe(8);
    for (const k of [0, 1]) {
      expect(mean(html, `workforce.tier1.intervals.${k}.scheduledHours`, design)).toBe(5);
      expect(mean(html, `workforce.tier1.intervals.${k}.availableHours`, design)).toBe(4);
      const productive = mean(html, `workforce.tier1.intervals.${k}.productiveHours`, design);
      expect(productive).toBeGreaterThan(0);
      expect(productive).toBeLessThanOrEqual(4.5); // at most the available hours, plus calls finishing after the hour
    }
    expect(html).toMatch(/<th scope="row">01:00<\/th>/);
    expect(html).not.toMatch(/NaN|undefined/);
  });

  it('compares designs with paired differences and is absent when no design uses workforce features', async () => {
    const variants = [
      { name: 'plain', scenario: center() },
      { name: 'shrunk', scenario: center(0.2) },
    ];
    const comparison = await compareVariants(variants, { replications: 2, seed: 3, threads: 1 });
    const html = renderHtmlReport(reportFromComparison(variants[0]!.scenario, comparison, { scenarios: { shrunk: variants[1]!.scenario } }));
    expect(html).toContain('id="workforce"');
    expect(mean(html, 'workforce.tier1.availableHours', 'shrunk')).toBe(8);
    expect(cell(html, 'workforce.tier1.availableHours', 'plain')).toBe('–');
    const plain = await runExperiment(center(), { replications: 2, seed: 3, threads: 1 });
    expect(renderHtmlReport(reportFromExperiment(center(), plain))).not.toContain('workforce');
  });
});
