import { beforeAll, describe, expect, it } from 'vitest';
import { parseScenario, type ComparisonResult } from '../../src/index';
import {
  MEASURES,
  VARIANTS,
  compareRouting,
  formatRoutingComparison,
  formatValue,
  helpDeskScenario,
  measureRows,
  routingVariants,
  type MeasureRow,
} from '../../examples/best-skill-fcr';

/**
 * The best-skill story, checked with the paired confidence intervals of one comparison (12
 * replications, common random numbers, fixed seed): best skill raises first-contact resolution
 * and lowers repeat contacts, at the price of longer calls and busier specialists.
 */
describe('examples/best-skill-fcr.ts', () => {
  let comparison: ComparisonResult;
  let rows: MeasureRow[];
  beforeAll(async () => {
    comparison = await compareRouting({ replications: 12, seed: 1, threads: 1 });
    rows = measureRows(comparison);
  });
  const row = (path: string): MeasureRow => {
    const r = rows.find((x) => x.measure.path === path);
    if (r === undefined) throw new Error(`no measure '${path}'`);
    return r;
  };
  const lower = (path: string): number => row(path).difference.lower!;
  const upper = (path: string): number => row(path).difference.upper!;

  it('the scenario file is valid, and the variants differ only in their routing policy', () => {
    const parsed = parseScenario(helpDeskScenario());
    expect(parsed.ok && parsed.warnings).toEqual([]);
    const policies = routingVariants().map((v) => {
      const r = parseScenario(v.scenario);
      if (!r.ok) throw new Error(v.name);
      return r.model.routing.policy;
    });
    expect(policies).toEqual(['longest-idle-agent', 'best-skill']);
  });

  it('best skill raises first-contact resolution significantly', () => {
    expect(lower('journey.overall.fcr')).toBeGreaterThan(0);
  });

  it('best skill lowers the repeat-contact rate and the contacts offered significantly', () => {
    expect(upper('journey.overall.repeatContactRate')).toBeLessThan(0);
    expect(upper('overall.offered')).toBeLessThan(0);
  });

  it('pays for it in handle time: experts take longer, and best skill sends them more calls', () => {
    expect(lower('overall.meanHandleTime')).toBeGreaterThan(0);
  });

  it('moves work from the generalists to the specialists', () => {
    expect(upper('byAgentGroup.generalists.occupancy')).toBeLessThan(0);
    expect(lower('byAgentGroup.billing-specialists.occupancy')).toBeGreaterThan(0);
    expect(lower('byAgentGroup.tech-specialists.occupancy')).toBeGreaterThan(0);
  });

  it('prints every measure for both variants and a reading with the numbers', () => {
    const out = formatRoutingComparison(comparison);
    for (const m of MEASURES) expect(out).toContain(m.label);
    const fcr = row('journey.overall.fcr');
    const text = out.replace(/\s+/g, ' '); // the reading is wrapped
    expect(text).toContain(`from ${formatValue('share', fcr.baseline.mean)} to ${formatValue('share', fcr.variant.mean)}`);
    expect(out).toMatch(/^first-contact resolution +[\d.]+% +[\d.]+% +\+[\d.]+ pt ± [\d.]+ pt \*$/m);
    expect(comparison.variants.map((v) => v.name)).toEqual([VARIANTS.longestIdle, VARIANTS.bestSkill]);
    expect(out).not.toMatch(/NaN|undefined/);
  });
});
