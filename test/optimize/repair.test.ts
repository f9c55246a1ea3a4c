import { describe, expect, it } from 'vitest';
import { agentsForServiceLevel } from '../../src/analytic/staffing';
import { placeMet } from '../../src/optimize/criterion';
import { CandidateEvaluator } from '../../src/optimize/evaluation';
import { missChance, roundLevel, validateAndRepair, validationSeed, type RepairProblem } from '../../src/optimize/repair';
import { planningGrid } from '../../src/optimize/staffing-plan';
import { parseTargetSpec, resolveTargets } from '../../src/optimize/targets';
import { resolveScenario } from '../../src/scenario/resolve';
import type { ScenarioInput } from '../../src/scenario/schema';

// One type served by two groups with the same skill, two one-hour intervals of 2-minute calls.
const RATES = [120, 240]; // calls per hour
const scenario: ScenarioInput = {
  name: 'repair',
  horizon: '2h',
  interval: '1h',
  skills: ['s'],
  contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'exponential', mean: '2m' }, arrivals: { perInterval: RATES } }],
  agentGroups: [
    { name: 'cheap', skills: { s: 1 }, agents: 1 },
    { name: 'dear', skills: { s: 1 }, agents: 1 },
  ],
};
const model = resolveScenario(scenario);
const grid = planningGrid(model);
const targets = resolveTargets(model, [parseTargetSpec('service-level calls 80% 20s')]);
const erlang = RATES.map((r) => agentsForServiceLevel({ arrivalRate: r / 3600, meanServiceTime: 120, targetTime: 20, target: 0.8 }));

function problem(evaluator: CandidateEvaluator, repairRounds: number): RepairProblem {
  return {
    evaluator, targets, criterion: 'mean', level: 0.95, seed: 5, replications: 10, gainReplications: 5, repairRounds,
    groups: [0, 1], groupNames: ['cheap', 'dear'], targetGroups: [[0, 1]],
    active: [[true, true], [true, true]], upper: [[50, 50], [50, 50]], cost: [1, 3],
    rate: [RATES.map((r) => r / 3600)],
    fullStaffing: (planned) => planned,
  };
}

describe('validateAndRepair()', () => {
  it('adds agents where fresh seeds miss, of the group helping most per cost, and validates again on new seeds until every place is met', async () => {
    const evaluator = new CandidateEvaluator({ base: scenario, planned: [true, true], grid, targets, level: 0.95, threads: 1 });
    // Two agents under Erlang C in each interval: far below 80 % in 20 s on any seeds.
    const short = [erlang.map((n) => n - 2), [0, 0]];
    const outcome = await validateAndRepair(problem(evaluator, 5), short);
    const { rounds } = outcome;
    expect(rounds[0]!.misses).toEqual([`${targets[0]!.label} @ 0`, `${targets[0]!.label} @ 1`]);
    expect(rounds.length).toBeGreaterThanOrEqual(2);
    rounds.forEach((round, i) => {
      expect(round.seed).toBe(validationSeed(5, i + 1));
      expect(round.level).toBeCloseTo(i === 0 ? 0.95 : 1 - 0.05 / 5, 12);
      // One agent per missed place, in the missed interval, of the cheaper group (same skill, a third of the cost).
      const missedIntervals = round.misses.map((m) => Number(m.split('@ ')[1]));
      expect(round.added.map((a) => a.interval)).toEqual(i === rounds.length - 1 ? [] : missedIntervals);
      for (const a of round.added) expect(a).toMatchObject({ group: 'cheap', agents: 1 });
    });
    expect(new Set(rounds.map((r) => r.seed)).size).toBe(rounds.length);
    // The last round is clean, and the staffing is the start plus every addition.
    expect(rounds[rounds.length - 1]!.misses).toEqual([]);
    const added = [0, 1].map((k) => rounds.flatMap((r) => r.added).filter((a) => a.interval === k).length);
    expect(outcome.staffing).toEqual([short[0]!.map((n, k) => n + added[k]!), [0, 0]]);
    outcome.evaluation.estimates.forEach((e) => expect(placeMet(targets[0]!, e, 'mean')).toBe(true));
    // The reported evaluation is the last round's, on its own seed.
    const [again] = await evaluator.evaluate([outcome.staffing], rounds[rounds.length - 1]!.seed, 0, 10);
    expect(outcome.evaluation.rows).toEqual(again!.rows);
    // Erlang C staffs this center within an agent: the repair stops near it, not far above.
    for (let k = 0; k < 2; k++) expect(Math.abs(outcome.staffing[0]![k]! - erlang[k]!)).toBeLessThanOrEqual(1);
  }, 60_000);

  it('validates once, on <seed>/validation at the given level, when nothing misses', async () => {
    const evaluator = new CandidateEvaluator({ base: scenario, planned: [true, true], grid, targets, level: 0.95, threads: 1 });
    const ample = [erlang.map((n) => n + 3), [0, 0]];
    const outcome = await validateAndRepair(problem(evaluator, 3), ample);
    expect(outcome.rounds).toEqual([{ round: 1, seed: '5/validation', replications: 10, level: 0.95, misses: [], added: [] }]);
    expect(outcome.staffing).toEqual(ample);
  }, 60_000);

  it('reports the misses without repairing when repairRounds is 0', async () => {
    const evaluator = new CandidateEvaluator({ base: scenario, planned: [true, true], grid, targets, level: 0.95, threads: 1 });
    const outcome = await validateAndRepair(problem(evaluator, 0), [erlang.map((n) => n - 2), [0, 0]]);
    expect(outcome.rounds).toHaveLength(1);
    expect(outcome.rounds[0]!.misses).toHaveLength(2);
    expect(outcome.rounds[0]!.added).toEqual([]);
  }, 60_000);

  it('splits the error of the repair rounds by Bonferroni', () => {
    expect(roundLevel(0.95, 1, 4)).toBe(0.95);
    expect(roundLevel(0.95, 2, 4)).toBeCloseTo(0.9875, 12);
    expect(roundLevel(0.95, 5, 4)).toBeCloseTo(0.9875, 12);
  });

  it('gives the chance that a fresh round misses a place, from its estimate and standard error', () => {
    // Estimate 0.85 with standard error 0.02 over 10 replications: its 95 % lower bound is
    // 0.85 − t(0.95, 9) · 0.02 = 0.813338 (t = 1.833113). Values from scipy.stats.
    const sl = targets[0]!;
    const estimate = { mean: 0.85, bound: 0.8133377413468752, halfWidth: 0.05, n: 10 };
    // A fresh round at 95 %: Φ(1.833113 − 0.05 / 0.02) = 0.252422.
    expect(missChance(estimate, sl, 0.95, 0.95, 'confidence')).toBeCloseTo(0.2524221, 6);
    // At the Bonferroni level of 3 repair rounds, t(1 − 0.05/3, 9) = 2.509587: Φ(0.009587) = 0.503825.
    expect(missChance(estimate, sl, 0.95, 1 - 0.05 / 3, 'confidence')).toBeCloseTo(0.5038246, 6);
    // Judged by the mean: Φ(−2.5) = 0.006210.
    expect(missChance(estimate, sl, 0.95, 0.95, 'mean')).toBeCloseTo(0.0062097, 6);
    // A place missing by one standard error: Φ(1.833113 + 1) = 0.997695.
    expect(missChance({ ...estimate, mean: 0.78, bound: 0.78 - 1.833112932656237 * 0.02 }, sl, 0.95, 0.95, 'confidence')).toBeCloseTo(0.9976951, 5);
    expect(missChance({ mean: null, bound: null, halfWidth: null, n: 0 }, sl, 0.95, 0.95, 'confidence')).toBe(0);
  });
});
