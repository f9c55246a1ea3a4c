import { describe, expect, it } from 'vitest';
import type { CandidateEvaluation, CandidateEvaluator, PlaceEstimate } from '../../src/optimize/evaluation';
import { nextReplications, replicationsToSettle, SequentialEvaluator } from '../../src/optimize/sequential-sampling';
import { PendingEvaluations } from '../../src/optimize/shard-store';
import type { StaffingMatrix } from '../../src/optimize/staffing-plan';
import type { ResolvedTarget } from '../../src/optimize/targets';

// An "at least 80 %" service-level target and an "at most 5 %" abandonment target.
const atLeast = { metric: 'service-level', type: 0, group: -1, value: 0.8, within: 20, scope: 'interval', sense: 1, label: 'sl' } as unknown as ResolvedTarget;
const atMost = { metric: 'abandonment', type: 0, group: -1, value: 0.05, within: 0, scope: 'interval', sense: -1, label: 'ab' } as unknown as ResolvedTarget;

function estimate(mean: number | null, bound: number | null, n: number): PlaceEstimate {
  return { mean, bound, halfWidth: mean === null || bound === null ? null : Math.abs(mean - bound), n };
}

describe('replicationsToSettle()', () => {
  it('shrinks the half-width as 1/√n: a bound twice as far from the mean as the target needs four times the replications', () => {
    // mean 0.84, bound 0.76: the target 0.80 is half-way, so (0.08 / 0.04)² = 4 times 10.
    expect(replicationsToSettle(estimate(0.84, 0.76, 10), atLeast)).toBe(40);
    // The same for an "at most" target: mean 0.03, upper bound 0.07, target 0.05.
    expect(replicationsToSettle(estimate(0.03, 0.07, 10), atMost)).toBe(40);
  });

  it('keeps n for a place already met by its bound', () => {
    expect(replicationsToSettle(estimate(0.9, 0.85, 10), atLeast)).toBe(10);
  });

  it('cannot settle a place whose mean is on the target or on the wrong side, nor one without a bound', () => {
    expect(replicationsToSettle(estimate(0.8, 0.7, 10), atLeast)).toBe(Infinity);
    expect(replicationsToSettle(estimate(0.75, 0.7, 10), atLeast)).toBe(Infinity);
    // Mean and bound both on the target: the mean on the target comes first.
    expect(replicationsToSettle(estimate(0.8, 0.8, 10), atLeast)).toBe(Infinity);
    expect(replicationsToSettle(estimate(0.9, null, 1), atLeast)).toBe(Infinity);
    expect(replicationsToSettle(estimate(null, null, 0), atLeast)).toBe(Infinity);
  });
});

describe('nextReplications()', () => {
  const places = [
    { target: 0, interval: 0 },
    { target: 0, interval: 1 },
    { target: 1, interval: 0 },
  ];
  const targets = [atLeast, atMost];

  it('grows to the most a settleable straddling place needs, in whole blocks', () => {
    // Place 0 needs 40, place 1 is met, place 2 needs (0.02 / 0.01)² · 10 = 40 → 40 (4 blocks of 10).
    const estimates = [estimate(0.84, 0.76, 10), estimate(0.95, 0.9, 10), estimate(0.04, 0.06, 10)];
    expect(nextReplications(places, targets, estimates, 10, 10, 80)).toBe(40);
    // Place 0 alone needing 24 rounds up to 30.
    const close = [estimate(0.85, 0.774, 10), estimate(0.95, 0.9, 10), estimate(0.01, 0.02, 10)];
    expect(replicationsToSettle(close[0]!, atLeast)).toBe(24);
    expect(nextReplications(places, targets, close, 10, 10, 80)).toBe(30);
  });

  it('leaves out places more replications could not settle within the maximum, and grows no further than it', () => {
    // Place 0 would need 10 · (0.2 / 0.01)² = 4,000: left to the cuts. Place 1 is short: left to the cuts.
    const hopeless = [estimate(0.81, 0.61, 10), estimate(0.7, 0.6, 10), estimate(0.01, 0.02, 10)];
    expect(nextReplications(places, targets, hopeless, 10, 10, 80)).toBe(10);
    // Needing 65 with blocks of 20 and a maximum of 70 (not a whole number of blocks): 70.
    const far = [estimate(0.9, 0.6, 30), estimate(0.95, 0.9, 10), estimate(0.01, 0.02, 10)];
    expect(replicationsToSettle(far[0]!, atLeast)).toBe(270);
    const needs65 = [estimate(0.9, 0.753, 30), estimate(0.95, 0.9, 10), estimate(0.01, 0.02, 10)];
    expect(replicationsToSettle(needs65[0]!, atLeast)).toBe(65);
    expect(nextReplications(places, targets, needs65, 30, 20, 70)).toBe(70);
  });

  it('grows to the maximum itself when a place needs exactly the maximum', () => {
    // 10 · (0.08 / 0.04)² = 40 = max.
    const exactly = [estimate(0.84, 0.76, 10), estimate(0.95, 0.9, 10), estimate(0.01, 0.02, 10)];
    expect(nextReplications(places, targets, exactly, 10, 10, 40)).toBe(40);
    expect(nextReplications(places, targets, exactly, 10, 10, 39)).toBe(10);
  });

  it('does not grow when nothing straddles', () => {
    const met = [estimate(0.9, 0.85, 10), estimate(0.95, 0.9, 10), estimate(0.01, 0.02, 10)];
    expect(nextReplications(places, targets, met, 10, 10, 80)).toBe(10);
    // Not even to a whole block: the replications run so far stay.
    expect(nextReplications(places, targets, met, 15, 10, 80)).toBe(15);
  });
});

describe('SequentialEvaluator with a made-up evaluator', () => {
  // Every replication r gives the value 1 at the one place; the summary's lower bound is
  // 1 − 0.19·√(10/n): it straddles the target 0.9 at n = 10 and needs ⌈10·(0.19/0.1)²⌉ = 37 replications.
  const place = [{ target: 0, interval: 0 }];
  const atLeast90 = { ...atLeast, value: 0.9 } as ResolvedTarget;
  const estimateOn = (n: number): PlaceEstimate[] => [{ mean: 1, bound: 1 - 0.19 * Math.sqrt(10 / n), halfWidth: null, n }];
  function fake(pendingFrom: readonly number[] = [], failFrom: readonly number[] = []) {
    const calls: { seed: number | string; from: number; to: number; candidates: number }[] = [];
    const summaries: number[] = [];
    const evaluator = {
      places: place,
      summarize(rows: readonly (readonly (number | null)[])[]): PlaceEstimate[] {
        summaries.push(rows.length);
        return estimateOn(rows.length);
      },
      async evaluate(candidates: readonly StaffingMatrix[], seed: number | string, from: number, to: number): Promise<CandidateEvaluation[]> {
        calls.push({ seed, from, to, candidates: candidates.length });
        if (pendingFrom.includes(from)) throw new PendingEvaluations([`task-${from}`]);
        if (failFrom.includes(from)) throw new Error(`block ${from} failed`);
        const rows = Array.from({ length: to - from }, (_, i) => [from + i]);
        return candidates.map((staffing) => ({ staffing, rows, estimates: estimateOn(to - from) }));
      },
    } as unknown as CandidateEvaluator;
    return { evaluator, calls, summaries };
  }
  const candidate: StaffingMatrix = [[3, 4]];

  it('first(): the candidates on the first block', async () => {
    const f = fake();
    const out = await new SequentialEvaluator(f.evaluator, 'seed', 10, 80).first([candidate, [[5, 5]]]);
    expect(out).toHaveLength(2);
    expect(f.calls).toEqual([{ seed: 'seed', from: 0, to: 10, candidates: 2 }]);
  });

  it('on(): a single block as the evaluator gives it; several blocks concatenated in order, summarized once, kept', async () => {
    const f = fake();
    const s = new SequentialEvaluator(f.evaluator, 7, 10, 80);
    const one = await s.on(candidate, 10);
    expect(one.rows.map((r) => r[0])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(f.summaries).toEqual([]);
    const three = await s.on(candidate, 25);
    expect(f.calls.slice(1).map((c) => [c.from, c.to])).toEqual([[0, 10], [10, 20], [20, 25]]);
    expect(three.rows.map((r) => r[0])).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(three.staffing).toBe(candidate);
    expect(three.estimates[0]!.n).toBe(25);
    expect(await s.on(candidate, 25)).toBe(three);
    expect(f.summaries).toEqual([25]);
  });

  it('on(): keeps each candidate\'s concatenation apart', async () => {
    const s = new SequentialEvaluator(fake().evaluator, 7, 10, 80);
    const other: StaffingMatrix = [[9, 9]];
    const a = await s.on(candidate, 20);
    const b = await s.on(other, 20);
    expect(b).not.toBe(a);
    expect(b.staffing).toBe(other);
    expect(await s.on(candidate, 30)).not.toBe(a);
  });

  it('settled(): grows in whole blocks until no place straddles', async () => {
    const f = fake();
    const ev = await new SequentialEvaluator(f.evaluator, 1, 10, 80).settled(candidate, [atLeast90]);
    expect(ev.rows).toHaveLength(40);
    expect(f.calls.map((c) => [c.from, c.to])).toEqual([[0, 10], [0, 10], [10, 20], [20, 30], [30, 40]]);
  });

  it('settled(): stays on one block when the maximum is one block', async () => {
    const f = fake();
    const ev = await new SequentialEvaluator(f.evaluator, 1, 10, 10).settled(candidate, [atLeast90]);
    expect(ev.rows).toHaveLength(10);
    expect(f.calls).toHaveLength(1);
  });

  it('gathers the pending shard tasks of every block; another failure is passed on', async () => {
    const pending = new SequentialEvaluator(fake([0, 20]).evaluator, 1, 10, 80).on(candidate, 30);
    await expect(pending).rejects.toBeInstanceOf(PendingEvaluations);
    await expect(pending).rejects.toMatchObject({ tasks: ['task-0', 'task-20'] });
    await expect(new SequentialEvaluator(fake([], [10]).evaluator, 1, 10, 80).on(candidate, 30)).rejects.toThrow('block 10 failed');
  });
});
