import { describe, expect, it } from 'vitest';
import { tQuantile } from '../../src/metrics/stats/confidence';
import type { CandidateEvaluation, CandidateEvaluator, PlaceEstimate } from '../../src/optimize/evaluation';
import type { MeasurePlace } from '../../src/optimize/measure';
import { missChance, validateAndRepair, type RepairProblem } from '../../src/optimize/repair';
import type { StaffingMatrix } from '../../src/optimize/staffing-plan';
import type { ResolvedTarget } from '../../src/optimize/targets';

/**
 * Validation and repair on made-up centers: a place's value is a function of the staffing, the same
 * on every replication unless `spread` gives it a ± noise, so every round's misses and additions
 * can be worked out by hand.
 */
interface World {
  readonly T: number;
  /** Value of place j for a staffing, on `n` replications (null: no value). */
  readonly value: (x: StaffingMatrix, j: number, n: number) => number | null;
  readonly places?: readonly MeasurePlace[];
  readonly targets?: readonly ResolvedTarget[];
  readonly cost?: readonly number[];
  readonly targetGroups?: readonly (readonly number[])[];
  readonly active?: readonly (readonly boolean[])[];
  readonly upper?: readonly (readonly number[])[];
  readonly rate?: readonly (readonly number[])[];
  readonly repairRounds?: number;
  /** ± noise of place j on alternate replications. */
  readonly spread?: (j: number) => number;
}

const atLeast = (extra: Partial<ResolvedTarget> = {}) => ({ metric: 'service-level', type: 0, group: -1, value: 0, within: 20, scope: 'interval', sense: 1, label: 't', index: 0, ...extra }) as ResolvedTarget;

function run(w: World, start: number[][]) {
  const groups = (w.cost ?? [1, 1]).length;
  const places = w.places ?? Array.from({ length: w.T }, (_, k) => ({ target: 0, interval: k }));
  const targets = w.targets ?? [atLeast()];
  const calls: { seed: number | string; from: number; to: number; candidates: StaffingMatrix[] }[] = [];
  const summarize = (rows: readonly (readonly (number | null)[])[], level = 0.95): PlaceEstimate[] =>
    places.map((pl, j) => {
      const values = rows.map((r) => r[j]).filter((v): v is number => v !== null);
      const n = values.length;
      if (n === 0) return { mean: null, bound: null, halfWidth: null, n: 0 };
      const mean = values.reduce((a, b) => a + b, 0) / n;
      const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
      const bound = mean - targets[pl.target]!.sense * tQuantile(level, n - 1) * (sd / Math.sqrt(n));
      return { mean, bound, halfWidth: null, n };
    });
  const evaluator = {
    places,
    placeLabels: () => places.map((p) => `${targets[p.target]!.label} @ ${p.interval < 0 ? 'day' : p.interval}`),
    summarize,
    async evaluate(candidates: readonly StaffingMatrix[], seed: number | string, from: number, to: number): Promise<CandidateEvaluation[]> {
      calls.push({ seed, from, to, candidates: candidates.map((c) => c.map((row) => [...row])) });
      return candidates.map((x) => {
        const rows = Array.from({ length: to - from }, (_, r) =>
          places.map((_, j) => {
            const v = w.value(x, j, to - from);
            return v === null ? null : v + (r % 2 === 0 ? 1 : -1) * (w.spread?.(j) ?? 0);
          }),
        );
        return { staffing: x, rows, estimates: summarize(rows) };
      });
    },
  } as unknown as CandidateEvaluator;
  const fill = <T,>(v: T) => Array.from({ length: groups }, () => new Array<T>(w.T).fill(v));
  const problem: RepairProblem = {
    evaluator,
    targets,
    criterion: 'mean',
    level: 0.95,
    seed: 5,
    replications: 10,
    gainReplications: 4,
    repairRounds: w.repairRounds ?? 3,
    groups: Array.from({ length: groups }, (_, p) => p),
    groupNames: ['a', 'b', 'c'].slice(0, groups),
    targetGroups: w.targetGroups ?? [Array.from({ length: groups }, (_, p) => p)],
    active: w.active ?? fill(true),
    upper: w.upper ?? fill(10),
    cost: w.cost ?? [1, 1],
    rate: w.rate ?? [new Array<number>(w.T).fill(1)],
    fullStaffing: (planned) => planned,
  };
  return { outcome: validateAndRepair(problem, start), calls };
}

const total = (x: StaffingMatrix, k: number) => x.reduce((s, row) => s + row[k]!, 0);

describe('validateAndRepair() on made-up centers', () => {
  it('adds an agent of the group raising the place most per unit of cost, measured on the first replications of the round', async () => {
    // Group b's agent counts twice. Costs 1 and 3: a gains 1 per unit, b 2/3: a is added.
    const { outcome, calls } = run({ T: 1, cost: [1, 3], value: (x) => x[0]![0]! + 2 * x[1]![0]! - 1 }, [[0], [0]]);
    const out = await outcome;
    expect(out.rounds.map((r) => r.added)).toEqual([[{ group: 'a', interval: 0, agents: 1 }], []]);
    expect(out.staffing).toEqual([[1], [0]]);
    // Round 1 on its seed; the gains on its first 4 replications (the base, then one candidate per group); round 2 on new seeds.
    expect(calls.map((c) => [c.seed, c.from, c.to, c.candidates.length])).toEqual([
      ['5/validation', 0, 10, 1],
      ['5/validation', 0, 4, 3],
      ['5/validation/2', 0, 10, 1],
    ]);
    expect(calls[1]!.candidates).toEqual([[[0], [0]], [[1], [0]], [[0], [1]]]);
  });

  it('with costs 1 and 1.5 the double agent is worth more per unit: b', async () => {
    const { outcome } = run({ T: 1, cost: [1, 1.5], value: (x) => x[0]![0]! + 2 * x[1]![0]! - 1 }, [[0], [0]]);
    expect((await outcome).rounds[0]!.added).toEqual([{ group: 'b', interval: 0, agents: 1 }]);
  });

  it('with costs 2 and 1 a triple agent is worth more per unit: a, though it is the dearer group', async () => {
    // a gains 3 for 2 (1.5 a unit), b 1 for 1: the better value wins before cost is looked at.
    const { outcome } = run({ T: 1, cost: [2, 1], value: (x) => 3 * x[0]![0]! + x[1]![0]! - 1 }, [[0], [0]]);
    expect((await outcome).rounds[0]!.added).toEqual([{ group: 'a', interval: 0, agents: 1 }]);
  });

  it('on a tie, or when no agent helps measurably, the cheaper group', async () => {
    // a counts twice and costs twice: the same gain per unit.
    const tie = run({ T: 1, cost: [2, 1], value: (x) => 2 * x[0]![0]! + x[1]![0]! - 1 }, [[0], [0]]);
    expect((await tie.outcome).rounds[0]!.added).toEqual([{ group: 'b', interval: 0, agents: 1 }]);
    // A step nobody reaches with one agent: gains of 0; b is cheaper.
    const flat = run({ T: 1, cost: [2, 1], repairRounds: 1, value: (x) => (total(x, 0) >= 3 ? 0 : -1) }, [[0], [0]]);
    expect((await flat.outcome).rounds[0]!.added).toEqual([{ group: 'b', interval: 0, agents: 1 }]);
    const dearFirst = run({ T: 1, cost: [1, 2], repairRounds: 1, value: (x) => (total(x, 0) >= 3 ? 0 : -1) }, [[0], [0]]);
    expect((await dearFirst.outcome).rounds[0]!.added).toEqual([{ group: 'a', interval: 0, agents: 1 }]);
  });

  it('only groups serving the target, working in the interval and below their maximum, are candidates', async () => {
    // Interval 0: a is off; interval 1: b is at its maximum; c does not serve the target.
    const { outcome, calls } = run(
      {
        T: 2,
        cost: [1, 1, 0.1],
        targetGroups: [[0, 1]],
        active: [[false, true], [true, true], [true, true]],
        upper: [[10, 10], [10, 0], [10, 10]],
        repairRounds: 1,
        value: (x, k) => total(x, k) - 1,
      },
      [[0, 0], [0, 0], [0, 0]],
    );
    const out = await outcome;
    expect(out.rounds[0]!.added).toEqual([{ group: 'b', interval: 0, agents: 1 }, { group: 'a', interval: 1, agents: 1 }]);
    // Each candidate adds its group's agent in the intervals it may repair.
    expect(calls[1]!.candidates.slice(1)).toEqual([
      [[0, 1], [0, 0], [0, 0]],
      [[0, 0], [1, 0], [0, 0]],
    ]);
    expect(out.staffing).toEqual([[0, 1], [1, 0], [0, 0]]);
  });

  it('no qualified group: nothing added, the misses reported', async () => {
    const { outcome } = run({ T: 1, upper: [[0], [0]], value: (x) => total(x, 0) - 1 }, [[0], [0]]);
    const out = await outcome;
    expect(out.rounds).toHaveLength(1);
    expect(out.rounds[0]!.misses).toEqual(['t @ 0']);
    expect(out.rounds[0]!.added).toEqual([]);
  });

  it('two places of one interval that pick the same group get one agent', async () => {
    const places = [{ target: 0, interval: 0 }, { target: 1, interval: 0 }];
    const targets = [atLeast(), atLeast({ label: 'u', index: 1 })];
    const { outcome } = run({ T: 1, places, targets, targetGroups: [[0, 1], [0, 1]], cost: [1, 2], repairRounds: 1, value: (x) => total(x, 0) - 2 }, [[0], [0]]);
    const out = await outcome;
    expect(out.rounds[0]!.misses).toEqual(['t @ 0', 'u @ 0']);
    expect(out.rounds[0]!.added).toEqual([{ group: 'a', interval: 0, agents: 1 }]);
  });

  it('a day-scope place gets its agent in the interval with the most arrivals of its type', async () => {
    const places = [{ target: 0, interval: -1 }];
    const value = (x: StaffingMatrix) => total(x, 0) + total(x, 1) + total(x, 2) - 1;
    const byType = run({ T: 3, places, targets: [atLeast({ scope: 'day', type: 1 })], rate: [[9, 0, 0], [1, 5, 3]], repairRounds: 1, value }, [[0, 0, 0], [0, 0, 0]]);
    expect((await byType.outcome).rounds[0]!.added).toEqual([{ group: 'a', interval: 1, agents: 1 }]);
    // All types (type −1): 10, 5, 3 arrivals; occupancy counts every type too.
    const all = run({ T: 3, places, targets: [atLeast({ scope: 'day', type: -1 })], rate: [[9, 0, 0], [1, 5, 3]], repairRounds: 1, value }, [[0, 0, 0], [0, 0, 0]]);
    expect((await all.outcome).rounds[0]!.added).toEqual([{ group: 'a', interval: 0, agents: 1 }]);
    const occupancy = run({ T: 3, places, targets: [atLeast({ scope: 'day', type: 1, metric: 'occupancy' })], rate: [[9, 0, 0], [1, 5, 3]], repairRounds: 1, value }, [[0, 0, 0], [0, 0, 0]]);
    expect((await occupancy.outcome).rounds[0]!.added).toEqual([{ group: 'a', interval: 0, agents: 1 }]);
  });

  it('stops after its repair rounds with the misses of the last', async () => {
    const { outcome } = run({ T: 1, repairRounds: 2, value: (x) => total(x, 0) - 5 }, [[0], [0]]);
    const out = await outcome;
    expect(out.rounds.map((r) => [r.round, r.seed, r.misses.length, r.added.length])).toEqual([
      [1, '5/validation', 1, 1],
      [2, '5/validation/2', 1, 1],
      [3, '5/validation/3', 1, 0],
    ]);
    expect(out.rounds[2]!.level).toBeCloseTo(1 - 0.05 / 2, 12);
    expect(out.staffing).toEqual([[2], [0]]);
  });

  it('adds agents where a met place would miss the next round with a chance above 1 / places', async () => {
    // Four places; place 0 misses; place 1 is met by 0.5 with a standard error of 1 (values 0.5 ± 3
    // over 10 replications: sd 3·√(10/9), so sd/√10 = 1): a fresh round judged by the mean misses
    // with chance Φ(−0.5) = 0.31 > 1/4. Places 2 and 3 are far above.
    const margin = [-1, 0.5, 10, 10];
    const { outcome } = run({ T: 4, repairRounds: 1, spread: (j) => (j === 1 ? 3 : 0), value: (x, k) => margin[k]! + total(x, k) }, [[0, 0, 0, 0], [0, 0, 0, 0]]);
    const out = await outcome;
    expect(out.rounds[0]!.misses).toEqual(['t @ 0']);
    expect(out.rounds[0]!.added.map((a) => a.interval)).toEqual([0, 1]);
    // With a standard error of 0.5 the chance is Φ(−1) = 0.16 < 1/4: place 1 is left alone.
    const calmer = run({ T: 4, repairRounds: 1, spread: (j) => (j === 1 ? 1.5 : 0), value: (x, k) => margin[k]! + total(x, k) }, [[0, 0, 0, 0], [0, 0, 0, 0]]);
    expect((await calmer.outcome).rounds[0]!.added.map((a) => a.interval)).toEqual([0]);
  });
});

describe('validateAndRepair(): gains that cannot be measured, and shared intervals', () => {
  it('a place without a value on the gain replications counts as no gain', async () => {
    // a counts three times at twice b's cost: measured, a would win (1.5 a unit against 1).
    const value = (x: StaffingMatrix, _j: number, n: number) => (n === 4 && total(x, 0) === 0 ? null : 3 * x[0]![0]! + x[1]![0]! - 1);
    const { outcome } = run({ T: 1, cost: [2, 1], repairRounds: 1, value }, [[0], [0]]);
    expect((await outcome).rounds[0]!.added).toEqual([{ group: 'b', interval: 0, agents: 1 }]);
    // Group a's own candidate has no value there: b, whose gain is measured, is chosen.
    const afterless = (x: StaffingMatrix, _j: number, n: number) => (n === 4 && x[0]![0]! === 1 ? null : x[1]![0]! - 6);
    const b = run({ T: 1, cost: [1, 1], repairRounds: 1, value: afterless }, [[0], [0]]);
    expect((await b.outcome).rounds[0]!.added).toEqual([{ group: 'b', interval: 0, agents: 1 }]);
  });

  it('a group that makes the place worse gains nothing: a tie with one that does not help, the cheaper wins', async () => {
    const { outcome } = run({ T: 1, cost: [1, 2], repairRounds: 1, value: (x) => -x[0]![0]! - 1 }, [[0], [0]]);
    expect((await outcome).rounds[0]!.added).toEqual([{ group: 'a', interval: 0, agents: 1 }]);
  });

  it('two places of one interval served by different groups get an agent each', async () => {
    const places = [{ target: 0, interval: 0 }, { target: 1, interval: 0 }];
    const targets = [atLeast(), atLeast({ label: 'u', index: 1 })];
    const { outcome } = run({ T: 1, places, targets, targetGroups: [[0], [1]], repairRounds: 1, value: (x, j) => x[j]![0]! - 1 }, [[0], [0]]);
    expect((await outcome).rounds[0]!.added).toEqual([{ group: 'a', interval: 0, agents: 1 }, { group: 'b', interval: 0, agents: 1 }]);
  });

  it('a day place of type 0 looks at type 0\'s arrivals only', async () => {
    const places = [{ target: 0, interval: -1 }];
    const value = (x: StaffingMatrix) => total(x, 0) + total(x, 1) + total(x, 2) - 1;
    const { outcome } = run({ T: 3, places, targets: [atLeast({ scope: 'day', type: 0 })], rate: [[1, 5, 3], [9, 0, 0]], repairRounds: 1, value }, [[0, 0, 0], [0, 0, 0]]);
    expect((await outcome).rounds[0]!.added).toEqual([{ group: 'a', interval: 1, agents: 1 }]);
  });

  it('places at risk are judged against the places with a value, in place order', async () => {
    // Five places, place 4 without a value: 1 / 4 is the bar. Place 0 is met by 0.72 standard
    // errors: Φ(−0.72) = 0.236 < 1/4, not at risk (it would be against 1/5). Place 2 misses.
    const margin = [0.72, 10, -1, 10];
    const value = (x: StaffingMatrix, k: number) => (k === 4 ? null : margin[k]! + total(x, k));
    const { outcome } = run({ T: 5, repairRounds: 1, spread: (j) => (j === 0 ? 3 : 0), value }, [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0]]);
    expect((await outcome).rounds[0]!.added.map((a) => a.interval)).toEqual([2]);
    // At 0.5 standard errors (Φ(−0.5) = 0.31) place 0 is at risk: agents in place order, 0 then 2.
    const closer = [0.5, 10, -1, 10];
    const risky = run({ T: 5, repairRounds: 1, spread: (j) => (j === 0 ? 3 : 0), value: (x, k) => (k === 4 ? null : closer[k]! + total(x, k)) }, [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0]]);
    expect((await risky.outcome).rounds[0]!.added.map((a) => a.interval)).toEqual([0, 2]);
  });
});

describe('missChance(): edges', () => {
  const t = atLeast({ value: 0.8 });
  it('without a bound or with one replication: 0 when the mean meets the target, else 1', () => {
    expect(missChance({ mean: 0.8, bound: null, halfWidth: null, n: 5 }, t, 0.95, 0.95, 'confidence')).toBe(0);
    expect(missChance({ mean: 0.79, bound: null, halfWidth: null, n: 5 }, t, 0.95, 0.95, 'confidence')).toBe(1);
    expect(missChance({ mean: 0.9, bound: 0.85, halfWidth: null, n: 1 }, t, 0.95, 0.95, 'confidence')).toBe(0);
    expect(missChance({ mean: 0.7, bound: 0.65, halfWidth: null, n: 1 }, t, 0.95, 0.95, 'confidence')).toBe(1);
  });

  it('two replications are enough for a chance', () => {
    // Mean 0.85, bound 0.85 − t(0.95, 1) · 0.02: se 0.02; judged by the mean, Φ(−2.5) = 0.00621.
    const e = { mean: 0.85, bound: 0.85 - 6.313751514675043 * 0.02, halfWidth: null, n: 2 };
    expect(missChance(e, t, 0.95, 0.95, 'mean')).toBeCloseTo(0.0062097, 6);
  });

  it('with no spread: 0 on the right side of the target, 1 on the wrong side', () => {
    expect(missChance({ mean: 0.9, bound: 0.9, halfWidth: 0, n: 5 }, t, 0.95, 0.95, 'confidence')).toBe(0);
    expect(missChance({ mean: 0.8, bound: 0.8, halfWidth: 0, n: 5 }, t, 0.95, 0.95, 'mean')).toBe(0);
    expect(missChance({ mean: 0.7, bound: 0.7, halfWidth: 0, n: 5 }, t, 0.95, 0.95, 'confidence')).toBe(1);
    // An "at most" target: 0.7 is on the right side of "at most 0.8".
    expect(missChance({ mean: 0.7, bound: 0.7, halfWidth: 0, n: 5 }, { ...t, sense: -1 }, 0.95, 0.95, 'confidence')).toBe(0);
  });
});
