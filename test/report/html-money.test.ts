import { describe, expect, it } from 'vitest';
import { compareVariants } from '../../src/experiment/compare';
import { renderHtmlReport, reportFromComparison } from '../../src/report/html/index';
import type { ScenarioInput } from '../../src/scenario/schema';
import { helpDesk } from '../experiment/scenarios';

function priced(perHour: number, currency = 'EUR'): ScenarioInput {
  return {
    ...helpDesk(1),
    costs: { currency, agentGroups: { 'billing-team': { perHour }, 'tech-team': { perHour: 40 } }, penalties: { perAbandoned: 3 } },
    customerImpact: { churn: { base: 0.01, weights: { abandons: 0.3 } } },
  };
}

describe('HTML report: money section', () => {
  it('shows operating cost, value lost and total cost per design with intervals and paired differences', async () => {
    const variants = [
      { name: 'in-house', scenario: priced(30) },
      { name: 'cheaper', scenario: priced(22) },
    ];
    const comparison = await compareVariants(variants, { replications: 3, seed: 3, threads: 1 });
    const html = renderHtmlReport(reportFromComparison(variants[0]!.scenario, comparison));
    expect(html).toContain('<section id="money"><h2>Money and customers (EUR)</h2>');
    for (const label of ['Operating cost', 'Value lost', 'Total cost of service', 'Cost per resolved issue']) expect(html).toContain(label);
    const start = html.indexOf('data-chart="money"');
    const figure = html.slice(start, html.indexOf('</figure>', start));
    for (const name of ['in-house', 'cheaper']) {
      expect(figure.match(new RegExp(`aria-label="${name}" role="graphics-symbol" aria-roledescription="bar"`, 'g'))?.length).toBe(3);
      expect(figure.match(new RegExp(`aria-label="${name}" role="graphics-symbol" aria-roledescription="errorbar"`, 'g'))?.length).toBeGreaterThanOrEqual(2);
    }
    // the agent cost difference (8 per billing hour) is significant and printed with its mark
    expect(html).toMatch(/Agent cost<\/th>.*?−\d+(\.\d+)? ± [\d.]+ \*/s);
  });

  it('is absent when no design is priced', async () => {
    const variants = [
      { name: 'a', scenario: helpDesk(1) },
      { name: 'b', scenario: helpDesk(1, 'best-skill') },
    ];
    const comparison = await compareVariants(variants, { replications: 2, seed: 3, threads: 1 });
    expect(renderHtmlReport(reportFromComparison(variants[0]!.scenario, comparison))).not.toContain('id="money"');
  });
});
