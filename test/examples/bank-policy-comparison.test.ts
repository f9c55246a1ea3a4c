import { beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/index';
import {
  MEASURES,
  POLICIES,
  bankScenario,
  compareBankPolicies,
  differencesByPolicy,
  formatBankComparison,
  policyVariants,
  type BankComparison,
} from '../../examples/bank-policy-comparison';

/**
 * The policy comparison on the published Bank instance, small (5 weeks per policy, 2 per tuning
 * candidate): common random numbers give every policy the same calls, and the paired intervals
 * show what the specialists' 0.75 handle-time factor implies.
 */
describe('examples/bank-policy-comparison.ts', () => {
  let result: BankComparison;
  let diff: ReturnType<typeof differencesByPolicy>;
  beforeAll(async () => {
    result = await compareBankPolicies({ weeks: 5, tuningWeeks: 2, seed: 1, threads: 1 });
    diff = differencesByPolicy(result.comparison);
  }, 120_000);

  it('every variant is a valid scenario, the published router being the file as written', () => {
    for (const v of policyVariants(bankScenario(), {})) expect(parseScenario(v.scenario).ok, v.name).toBe(true);
    expect(result.comparison.baseline).toBe(POLICIES.published);
    expect(result.comparison.variants.map((v) => v.name)).toEqual(Object.values(POLICIES));
  });

  it('gives every policy the very same calls (common random numbers): the offered counts differ by exactly 0', () => {
    for (const [policy, d] of diff) {
      expect(d['overall.offered']!.mean, policy).toBe(0);
      expect(d['overall.offered']!.sd, policy).toBe(0);
    }
  });

  it('longest idle sends checking calls to savings specialists, who take 5 minutes rather than 3.75: longer checking handle time', () => {
    // Published router: checking goes to checking specialists first (0.75 × 5 min). Longest idle
    // ignores the specialty: a 5-minute call whenever a savings specialist is idle longest.
    const d = diff.get(POLICIES.longestIdle)!['byContactType.checking.meanHandleTime']!;
    expect(d.lower!).toBeGreaterThan(0);
    expect(diff.get(POLICIES.longestIdle)!['byAgentGroup.savings-specialists.occupancy']!.lower!).toBeGreaterThan(0);
  });

  it('best skill, which also prefers the specialists, stays much closer to the published router on handle time', () => {
    const bestSkill = Math.abs(diff.get(POLICIES.bestSkill)!['byContactType.checking.meanHandleTime']!.mean!);
    const longestIdle = diff.get(POLICIES.longestIdle)!['byContactType.checking.meanHandleTime']!.mean!;
    expect(bestSkill).toBeLessThan(longestIdle / 4);
  });

  it('tunes WR on its own seed and reports the validation on fresh weeks', () => {
    expect(result.tuning.candidates.length).toBeGreaterThan(1);
    expect(result.tuning.validation.replications).toBe(4);
    expect(typeof result.tuning.validation.improved).toBe('boolean');
  });

  it('prints one row per measure with a paired difference per policy', () => {
    const text = formatBankComparison(result);
    for (const m of MEASURES) expect(text).toContain(m.label);
    expect(text).toContain('policy − published router, 95 % paired CIs');
    expect(text).toMatch(/WR tuned \(\d+ candidates\)/);
  });
});
