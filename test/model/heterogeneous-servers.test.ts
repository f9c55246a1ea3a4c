import { describe, expect, it } from 'vitest';
import { runExperiment } from '../../src/experiment/replications';
import type { ScenarioInput } from '../../src/scenario/schema';
import { metricAt } from '../../src/experiment/metric-keys';

/**
 * Individual agents against theory: the M/M/2 queue with heterogeneous servers (rates μF > μS)
 * under the fastest-free-server rule, a classic of the "slow server problem". Its Markov chain:
 * states 0, F (only the fast server busy), S (only the slow one), and n ≥ 2 (both busy, n − 2
 * waiting). Balance gives, with μ = μF + μS and r = λ/μ < 1,
 *
 *   p(n) = p2 · r^(n−2) for n ≥ 2,   pS = μF·p2 / (λ + μS),   pF = μ·p2/λ − pS,   p0 = (μF·pF + μS·pS)/λ,
 *
 * so P(fast busy) = pF + p2/(1−r), P(slow busy) = pS + p2/(1−r), and the mean wait is
 * Wq = Lq/λ with Lq = p2 · r/(1−r)² (Little). In routelab: one group of two individual agents with
 * handle-time factors 0.5 and 2 on exponential handle times of mean 100 s (μF = 1/50, μS = 1/200),
 * routed by `generalized-c-mu`, whose selectAgent takes the fastest free agent and whose
 * selectContact, with one queue, takes its head (FIFO).
 */
const lambda = 1 / 80;
const muF = 1 / 50;
const muS = 1 / 200;

function theory(): { fastBusy: number; slowBusy: number; wq: number } {
  const mu = muF + muS;
  const r = lambda / mu;
  const p2 = 1; // unnormalized
  const pS = (muF * p2) / (lambda + muS);
  const pF = (mu * p2) / lambda - pS;
  const p0 = (muF * pF + muS * pS) / lambda;
  const tail = p2 / (1 - r);
  const total = p0 + pF + pS + tail;
  const lq = (p2 * r) / (1 - r) ** 2;
  return { fastBusy: (pF + tail) / total, slowBusy: (pS + tail) / total, wq: lq / total / lambda };
}

const scenario: ScenarioInput = {
  name: 'heterogeneous M/M/2',
  horizon: '3d',
  warmup: '2h',
  interval: '1d',
  skills: ['s'],
  contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'exponential', mean: 100 }, arrivals: { rate: `${lambda}/s` } }],
  agentGroups: [{ name: 'pair', agents: 2, skills: { s: 1 }, individuals: { agents: [{ name: 'fast', handleTimeFactor: 0.5 }, { name: 'slow', handleTimeFactor: 2 }] } }],
  routing: { policy: 'generalized-c-mu' },
};

describe('individual agents: M/M/2 with heterogeneous servers', () => {
  it('matches the Markov chain: each agent\'s occupancy and the mean wait, within the 99 % CI', async () => {
    const t = theory();
    const experiment = await runExperiment(scenario, { seed: 7, replications: 8, threads: 1, level: 0.99 });
    const check = (path: string, expected: number): void => {
      const s = metricAt(experiment.summary, path)!;
      expect(Math.abs(s.mean! - expected), `${path}: ${s.mean} ± ${s.halfWidth} vs ${expected}`).toBeLessThanOrEqual(s.halfWidth!);
    };
    check('byAgent.fast.occupancy', t.fastBusy);
    check('byAgent.slow.occupancy', t.slowBusy);
    check('overall.asa', t.wq);
    // The rule matters: the fast agent takes most of the work (throughput μF·P(fast busy) ≈ 3.6 × the slow one's).
    const fast = experiment.summary['byAgent.fast.answered']!.mean!;
    const slow = experiment.summary['byAgent.slow.answered']!.mean!;
    expect(fast / slow).toBeCloseTo((muF * t.fastBusy) / (muS * t.slowBusy), 0);
  });
});
