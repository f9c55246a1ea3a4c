import { beforeAll, describe, expect, it } from 'vitest';
import { compareVariants } from '../../src/experiment/compare';
import { renderHtmlReport, reportFromComparison } from '../../src/report/html/index';
import { PLAIN_NAMES, reportComparison, reportScenario } from './report-fixtures';

/** The `data-chart` ids of the page's per-type service-level charts, in order. */
function typeCharts(html: string): string[] {
  return [...html.matchAll(/data-chart="(service-level-type-\d+)"/g)].map((m) => m[1]!);
}

describe('service level over the day per contact type', () => {
  let detailed = '';
  let plain = '';
  beforeAll(async () => {
    const variants = [
      { name: 'nine agents', scenario: reportScenario(PLAIN_NAMES, 9) },
      { name: 'eleven agents', scenario: reportScenario(PLAIN_NAMES, 11) },
    ];
    const withDetail = await compareVariants(variants, { replications: 4, threads: 1, seed: 11, metrics: { detailed: true } });
    detailed = renderHtmlReport(reportFromComparison(reportScenario(), withDetail));
    plain = renderHtmlReport(reportFromComparison(reportScenario(), await reportComparison()));
  });

  it('draws one chart per contact type, with that type\'s own target, when the results carry the detailed metrics', () => {
    expect(typeCharts(detailed)).toEqual(['service-level-type-0', 'service-level-type-1']);
    expect(detailed).toContain(`Service level over the day: ${PLAIN_NAMES.voice} (voice)`);
    expect(detailed).toContain(`Service level over the day: ${PLAIN_NAMES.chat} (chat)`);
    const voice = detailed.slice(detailed.indexOf('data-chart="service-level-type-0"'), detailed.indexOf('data-chart="service-level-type-1"'));
    expect(voice).toContain('target 80.0% within 20s');
    expect(voice).not.toContain('data-empty="true"');
  });

  it('draws none when the results have no per-type figures over the day', () => {
    expect(typeCharts(plain)).toEqual([]);
  });
});
