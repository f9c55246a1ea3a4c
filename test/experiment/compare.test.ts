import { describe, expect, it } from 'vitest';
import { compareVariants, policyVariants, scenarioVariant, type Variant } from '../../src/experiment/compare';
import { metricAt } from '../../src/experiment/metric-keys';
import type { ExperimentResult } from '../../src/experiment/result-format';
import { summarizeValues } from '../../src/experiment/summary';
import { helpDesk } from './scenarios';

/** The values of one metric, replication by replication. */
function column(e: ExperimentResult, path: string): (number | null)[] {
  const j = e.metrics.indexOf(path);
  expect(j, path).toBeGreaterThanOrEqual(0);
  return e.replications.map((r) => r.values[j] ?? null);
}

describe('policyVariants() and scenarioVariant()', () => {
  it('makes one variant per policy, each the scenario with that policy and no options', () => {
    const base = helpDesk(1);
    const variants = policyVariants(base, ['best-skill', 'random-agent']);
    expect(variants).toEqual([
      { name: 'best-skill', scenario: { ...base, routing: { policy: 'best-skill', options: {} } } },
      { name: 'random-agent', scenario: { ...base, routing: { policy: 'random-agent', options: {} } } },
    ]);
    expect(base.routing).toEqual({ policy: 'longest-idle-agent' });
  });

  it('merges an override into a base scenario by name', () => {
    const v = scenarioVariant('more tech', helpDesk(1), { agentGroups: [{ name: 'tech-team', agents: 7 }] });
    expect(v.name).toBe('more tech');
    expect(v.scenario.agentGroups).toEqual([
      { name: 'billing-team', agents: 6, skills: { billing: 4, tech: 1 } },
      { name: 'tech-team', agents: 7, skills: { tech: 4, billing: 1 } },
    ]);
  });
});

describe('compareVariants() on two short replications', () => {
  const variants = (): Variant[] => policyVariants(helpDesk(1), ['longest-idle-agent', 'best-skill']);

  it('gives every variant the seed in common mode, and variant k the seed "<seed>/variant/<k>" in independent mode', async () => {
    const common = await compareVariants(variants(), { replications: 2, seed: 9, threads: 1 });
    expect(common.variants.map((v) => v.experiment.seed)).toEqual([9, 9]);
    expect(column(common.variants[1]!.experiment, 'overall.offered')).toEqual(column(common.variants[0]!.experiment, 'overall.offered'));
    const independent = await compareVariants(variants(), { replications: 2, seed: 9, threads: 1, mode: 'independent', baseline: 'best-skill' });
    expect(independent).toMatchObject({ mode: 'independent', seed: 9, baseline: 'best-skill' });
    expect(independent.variants.map((v) => v.experiment.seed)).toEqual([9, '9/variant/1']);
    expect(independent.differences.map((d) => [d.variant, d.baseline])).toEqual([['longest-idle-agent', 'best-skill']]);
  });

  it('summarizes and differences at the level it is given', async () => {
    const c = await compareVariants(variants(), { replications: 3, seed: 4, threads: 1, level: 0.8 });
    expect(c.level).toBe(0.8);
    expect(c.replications).toBe(3);
    const [a, b] = c.variants.map((v) => v.experiment);
    expect([a!.level, b!.level]).toEqual([0.8, 0.8]);
    const path = 'byAgentGroup.tech-team.answered';
    expect(metricAt(a!.summary, path)).toEqual(summarizeValues(column(a!, path), 0.8));
    const before = column(a!, path);
    const diffs = column(b!, path).map((x, r) => x! - before[r]!);
    expect(metricAt(c.differences[0]!.summary, path)).toMatchObject(summarizeValues(diffs, 0.8));
  });

  it('reports progress over the replications of all variants', async () => {
    const calls: [number, number][] = [];
    await compareVariants(variants(), { replications: 2, seed: 4, threads: 1, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([[1, 4], [2, 4], [3, 4], [4, 4]]);
  });

  it('names a bad mode, replication count or variant name', async () => {
    await expect(compareVariants(variants(), { mode: 3 as never })).rejects.toThrow(new RangeError("mode must be 'common' or 'independent', got 3"));
    await expect(compareVariants(variants(), { mode: 'paired' as never })).rejects.toThrow(new RangeError("mode must be 'common' or 'independent', got 'paired'"));
    await expect(compareVariants(variants(), { replications: 0 })).rejects.toThrow(new RangeError('replications must be an integer >= 1, got 0'));
    const [a, b] = variants();
    for (const name of ['', 5, undefined]) {
      await expect(compareVariants([a!, { ...b!, name: name as never }]), String(name)).rejects.toThrow(new TypeError('variants[1].name: must be a non-empty string'));
    }
    await expect(compareVariants([null as never, b!])).rejects.toThrow(new TypeError('variants[0].name: must be a non-empty string'));
    await expect(compareVariants([a!, { ...b!, name: a!.name }])).rejects.toThrow(
      new RangeError("variants[1].name: 'longest-idle-agent' is used twice; variant names must be unique"),
    );
  });
});
