import { describe, expect, it } from 'vitest';
import { runExperiment } from '../../src/experiment/replications';
import { replicationMetrics } from '../../src/experiment/tune-policy';
import { summarizeValues } from '../../src/experiment/summary';
import type { ScenarioInput } from '../../src/scenario/schema';

/**
 * The X model under FQR-T (Perry & Whitt 2009, "Responding to unexpected overloads in large-scale
 * service systems", Management Science 55(8); the fluid approximation of Perry & Whitt 2011,
 * Operations Research 59(5)): two classes, two pools of m agents, each pool serving its own class
 * at rate 1 and the other at 0.8 a minute, exponential patience of rate θ. Class 1 is overloaded;
 * pool 2 helps it when Q1 − r·Q2 exceeds a fixed threshold k. With k fixed and m → ∞ the fluid
 * steady state has both pools busy, pool 1 serving class 1 only, and the queues in the ratio
 * q1 = r·q2; flow balance then gives pool 2's agents z on class 1 and the queues in closed form:
 *   λ1 = μ11·m + μ12·z + θ·q1,   λ2 = μ22·(m − z) + θ·q2,   q1 = r·q2.
 * No publication prints a table for this; the fluid point is the published limit.
 */
const M = 50;
const LAMBDA = [1.3 * M, 0.9 * M] as const; // per minute
const MU_OWN = 1;
const MU_OTHER = 0.8;
const THETA = 0.5;
const R = 1;
const K = 5;

/** The fluid point (z, q1, q2) of the overloaded X model with one-way sharing to class 1. */
function fluidPoint(): { z: number; q1: number; q2: number } {
  // From class 2: q2 = (λ2 − μ22(m − z)) / θ; class 1: λ1 − μ11 m = μ12 z + θ r q2.
  const z = (LAMBDA[0] - MU_OWN * M - R * (LAMBDA[1] - MU_OWN * M)) / (MU_OTHER + R * MU_OWN);
  const q2 = (LAMBDA[1] - MU_OWN * (M - z)) / THETA;
  return { z, q1: R * q2, q2 };
}

const HOURS = 2;
const scenario = {
  name: 'X model under FQR-T',
  horizon: `${HOURS * 60 + 30}m`,
  warmup: '30m',
  interval: `${HOURS * 60 + 30}m`,
  endOfDay: 'cut',
  skills: ['one', 'two'],
  contactTypes: LAMBDA.map((rate, i) => ({
    name: `class${i + 1}`,
    skills: { [i === 0 ? 'one' : 'two']: 1 },
    handleTime: { kind: 'exponential', mean: `${1 / MU_OWN}m` },
    patience: { kind: 'exponential', mean: `${1 / THETA}m` },
    arrivals: { perInterval: [rate * (HOURS * 60 + 30)], interval: `${HOURS * 60 + 30}m` },
  })),
  agentGroups: [
    { name: 'pool1', skills: { one: 2, two: 1 }, handleTimeFactor: { 1: MU_OWN / MU_OTHER, 2: 1 }, agents: M },
    { name: 'pool2', skills: { one: 1, two: 2 }, handleTimeFactor: { 1: MU_OWN / MU_OTHER, 2: 1 }, agents: M },
  ],
  routing: {
    policy: 'fixed-queue-ratio-threshold',
    // One-way sharing, as in the paper: class 2 is not overloaded, so it never borrows.
    options: { homeGroups: { class1: ['pool1'], class2: ['pool2'] }, ratios: { class1: R, class2: 1 }, thresholds: { class1: K, class2: 1e9 } },
  },
} as unknown as ScenarioInput;

describe('X model under FQR-T: the fluid steady state (Perry & Whitt)', () => {
  it('keeps both pools busy and matches the fluid queues and sharing within the interval', async () => {
    const experiment = await runExperiment(scenario, { replications: 5, seed: 11, threads: 1, metrics: { detailed: true } });
    const reps = replicationMetrics(experiment);
    const estimate = (f: (m: ReadonlyMap<string, number | null>) => number) => summarizeValues(reps.map(f), 0.999);
    const get = (m: ReadonlyMap<string, number | null>, path: string): number => m.get(path) ?? Number.NaN;
    const fluid = fluidPoint();
    expect(fluid.z).toBeCloseTo(100 / 9, 12); // (65 − 50 − (45 − 50)) / 1.8
    const z = estimate((m) => get(m, 'detailed.busyByAgentGroup.pool2.byContactType.class1.share') * M);
    const q1 = estimate((m) => get(m, 'meanQueueLengthByContactType.class1'));
    const q2 = estimate((m) => get(m, 'meanQueueLengthByContactType.class2'));
    const reverse = estimate((m) => get(m, 'detailed.busyByAgentGroup.pool1.byContactType.class2.busyHours'));
    // Both pools busy (the fluid's premise; with 50 agents pool 2 idles now and then, under 1 %
    // of its time) and no help to class 2.
    for (const pool of ['pool1', 'pool2']) for (const m of reps) expect(get(m, `byAgentGroup.${pool}.occupancy`)).toBeGreaterThan(0.99);
    expect(reverse.mean).toBe(0);
    // The fluid limit drops O(1) terms: with k fixed, Q1 − r·Q2 hovers about one contact around
    // 0 to k (a reflected walk below the threshold whose rate ratio does not depend on m), which
    // moves each queue by at most about k/2 and z by (k/2)/(μ12 + r μ22) · r; that allowance is
    // added to the 99.9 % interval and vanishes relative to the fluid as m grows.
    const queueAllowance = K / 2;
    const zAllowance = (K / 2) * (R / (MU_OTHER + R * MU_OWN));
    expect(Math.abs(z.mean! - fluid.z), `z ${z.mean} vs fluid ${fluid.z}`).toBeLessThanOrEqual(z.halfWidth! + zAllowance);
    expect(Math.abs(q1.mean! - fluid.q1), `q1 ${q1.mean} vs fluid ${fluid.q1}`).toBeLessThanOrEqual(q1.halfWidth! + queueAllowance);
    expect(Math.abs(q2.mean! - fluid.q2), `q2 ${q2.mean} vs fluid ${fluid.q2}`).toBeLessThanOrEqual(q2.halfWidth! + queueAllowance);
    // Flow balance for class 1 holds in expectation: λ1 = μ11·E[busy of pool 1] + μ12·z + θ·E[Q1],
    // up to the window's boundary terms (contacts present at its ends), well under 1 % of λ1 here.
    const balance = estimate((m) => MU_OWN * M * get(m, 'byAgentGroup.pool1.occupancy') + MU_OTHER * get(m, 'detailed.busyByAgentGroup.pool2.byContactType.class1.share') * M + THETA * get(m, 'meanQueueLengthByContactType.class1'));
    expect(Math.abs(balance.mean! - LAMBDA[0])).toBeLessThanOrEqual(balance.halfWidth! + 0.01 * LAMBDA[0]);
  }, 60_000);
});
