import { beforeAll, describe, expect, it } from 'vitest';
import { parseScenario, type ComparisonResult } from '../../src/index';
import { DESIGNS, bankDesigns, compareBankDesigns, formatBankEconomics, pricedBank } from '../../examples/bank-economics';
import { metricAt } from '../../src/experiment/metric-keys';

/**
 * The bank's money story, checked with the paired intervals of one comparison (4 replications,
 * common random numbers, fixed seed). The agent cost is checked against the shifts by hand; the
 * rest against the direction of the paired differences (what the numbers say at 20 replications,
 * `npx tsx examples/bank-economics.ts`, holds here too).
 */
describe('examples/bank-economics.ts', () => {
  let comparison: ComparisonResult;
  beforeAll(async () => {
    comparison = await compareBankDesigns({ replications: 4, seed: 1, threads: 1 });
  });
  const mean = (design: string, path: string): number => metricAt(comparison.variants.find((v) => v.name === design)!.experiment.summary, path)!.mean!;
  const diff = (design: string, path: string) => metricAt(comparison.differences.find((d) => d.variant === design)!.summary, path)!;

  it('the priced bank is valid and its three designs too', () => {
    const parsed = parseScenario(pricedBank());
    expect(parsed.ok).toBe(true);
    for (const d of bankDesigns()) expect(parseScenario(d.scenario).ok).toBe(true);
  });

  it('agent cost is the scheduled hours of the shifts × the hourly rates, to the cent', () => {
    // generalists 22×8 + 20×8 = 336 h, card specialists 6×8 + 5×8 = 88 h, home-blended 6×6 + 6×6 = 72 h;
    // the lines close at 20:00, so nobody is scheduled during the drain
    expect(mean(DESIGNS.longestIdle, 'economics.agentCost')).toBeCloseTo(336 * 32 + 88 * 38 + 72 * 28, 2);
    expect(mean(DESIGNS.bestSkill, 'economics.agentCost')).toBeCloseTo(336 * 32 + 88 * 38 + 72 * 28, 2);
    expect(mean(DESIGNS.cheaper, 'economics.agentCost')).toBeCloseTo(336 * 26 + 88 * 30 + 72 * 28, 2);
  });

  it('best skill with context: fewer repeat contacts to pay for, fewer customers lost, a lower total cost of service', () => {
    expect(diff(DESIGNS.bestSkill, 'economics.repeatContactCost').upper).toBeLessThan(0);
    expect(diff(DESIGNS.bestSkill, 'economics.customersLost').upper).toBeLessThan(0);
    expect(diff(DESIGNS.bestSkill, 'economics.valueLost').upper).toBeLessThan(0);
    expect(diff(DESIGNS.bestSkill, 'economics.totalCost').upper).toBeLessThan(0);
    expect(diff(DESIGNS.bestSkill, 'economics.costPerResolvedIssue').upper).toBeLessThan(0);
  });

  it('cheaper, less proficient agents: a lower operating cost, but more customers lost and a higher total cost of service', () => {
    expect(diff(DESIGNS.cheaper, 'economics.operatingCost').upper).toBeLessThan(0);
    expect(diff(DESIGNS.cheaper, 'journey.overall.repeatContactRate').lower).toBeGreaterThan(0);
    expect(diff(DESIGNS.cheaper, 'economics.customersLost').lower).toBeGreaterThan(0);
    expect(diff(DESIGNS.cheaper, 'economics.totalCost').lower).toBeGreaterThan(0);
    expect(diff(DESIGNS.cheaper, 'journey.overall.fcr').upper).toBeLessThan(0);
  });

  it('total cost = operating cost + value lost in every design', () => {
    for (const d of Object.values(DESIGNS)) {
      expect(mean(d, 'economics.totalCost')).toBeCloseTo(mean(d, 'economics.operatingCost') + mean(d, 'economics.valueLost'), 6);
    }
  });

  it('prints the table and a reading that follows the intervals', () => {
    const text = formatBankEconomics(comparison).replace(/\s+/g, ' ');
    expect(text).toContain('money in EUR');
    expect(text).toContain('best skill + context: a lower operating cost');
    expect(text).toContain('cheaper agents: a lower operating cost, a higher value lost and a higher total cost of service');
  });
});
