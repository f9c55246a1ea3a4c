import { describe, expect, it } from 'vitest';
import { compareVariants, scenarioVariant } from '../../src/experiment/compare';
import { runExperiment } from '../../src/experiment/replications';
import { runSequential } from '../../src/experiment/sequential';
import { mergeShards, runShard } from '../../src/experiment/shards';
import { ScenarioError } from '../../src/scenario/errors';
import type { ScenarioInput } from '../../src/scenario/schema';
import { helpDesk } from './scenarios';
import { metricAt } from '../../src/experiment/metric-keys';

/** The help desk priced, with a churn model, in a currency. */
function priced(currency = 'EUR'): ScenarioInput {
  return {
    ...helpDesk(1),
    costs: {
      currency,
      agentGroups: { 'billing-team': { perHour: 30 }, 'tech-team': { perHour: 40 } },
      channels: { voice: { perHandledMinute: 0.02 } },
      penalties: { perAbandoned: 3, waitBeyond: { after: '1m', perMinute: 0.5 } },
    },
    customerImpact: { churn: { base: 0.01, weights: { abandons: 0.3, waitMinutes: 0.05 } } },
  };
}

describe('money metrics in experiments', () => {
  it('two designs that differ only in prices have exactly the same operational metrics (common random numbers)', async () => {
    const base = priced();
    const dearer = scenarioVariant('dearer', base, {
      costs: { agentGroups: { 'tech-team': { perHour: 55 } }, penalties: { perAbandoned: 10 } },
      customerImpact: { churn: { base: 0.02 } },
    });
    const c = await compareVariants([{ name: 'base', scenario: base }, dearer], { replications: 3, seed: 4, threads: 1 });
    const d = c.differences[0]!.summary;
    const operational = Object.keys(d).filter((p) => !p.startsWith('economics.'));
    expect(operational.length).toBeGreaterThan(50);
    for (const p of operational) if (metricAt(d, p)!.mean !== null) expect([p, metricAt(d, p)!.mean]).toEqual([p, 0]);
    // the tech team's paid hours (1 h and the drain, for 5 agents) at 15 more per hour
    const techHours = c.variants[0]!.experiment.summary['economics.byAgentGroup.tech-team.paidHours']!.mean!;
    expect(techHours).toBeGreaterThan(5);
    expect(d['economics.agentCost']!.mean).toBeCloseTo(15 * techHours, 6);
    expect(d['economics.valueLost']!.lower).toBeGreaterThan(0);
  });

  it('shards merge into the same money summaries as one experiment', async () => {
    const whole = await runExperiment(priced(), { replications: 4, seed: 9, threads: 1 });
    const merged = mergeShards([
      await runShard(priced(), { from: 0, to: 2, seed: 9, threads: 1 }),
      await runShard(priced(), { from: 2, to: 4, seed: 9, threads: 1 }),
    ]);
    const money = whole.metrics.filter((p) => p.startsWith('economics.'));
    expect(money).toContain('economics.totalCost');
    expect(money).toContain('economics.byAgentGroup.tech-team.agentCost');
    for (const p of money) expect(metricAt(merged.summary, p)).toEqual(metricAt(whole.summary, p));
    expect(whole.summary['economics.totalCost']!.halfWidth).toBeGreaterThan(0);
  });

  it('sequential stopping takes a money target', async () => {
    const result = await runSequential(priced(), {
      targets: [{ metric: 'economics.totalCost', relativeHalfWidth: 0.2 }],
      initialReplications: 3,
      batchSize: 2,
      maxReplications: 15,
      seed: 2,
      threads: 1,
    });
    const target = result.sequential.targets[0]!;
    expect(result.sequential.stoppedBy).toBe('targets');
    expect(target.met).toBe(true);
    expect(target.achievedHalfWidth!).toBeLessThanOrEqual(0.2 * target.mean!);
    expect(result.summary['economics.totalCost']!.halfWidth).toBe(target.achievedHalfWidth);
  });

  it('refuses to compare designs priced in different currencies, before running anything', async () => {
    let progress = 0;
    const run = compareVariants([{ name: 'paris', scenario: priced('EUR') }, { name: 'boston', scenario: priced('USD') }], {
      replications: 2,
      threads: 1,
      onProgress: () => progress++,
    });
    await expect(run).rejects.toThrow(ScenarioError);
    await expect(run).rejects.toThrow("costs.currency: the designs compared must use one currency, got 'paris' in EUR, 'boston' in USD");
    expect(progress).toBe(0);
  });
});
