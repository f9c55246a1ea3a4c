import { describeErlangCCase } from '../support/erlang-c-case';

/**
 * Heavy traffic: M/M/100 at ρ = 0.98 (Halfin–Whitt β = (1 − ρ)√c = 0.2, P(wait) ≈ 0.78). The
 * queue relaxes over about 100 handle times and the variance of a mean wait grows like
 * 1/(1 − ρ)², so this case gets the most simulated time: 12 replications of 160,000 arrivals
 * after a warm-up of 3 relaxation times (≈ 29,000 arrivals). Measured 99.99 % half-widths:
 * P(wait) ±8 %, occupancy ±0.6 %, service level ±24 %, ASA and queue length ±51 % (a check for
 * gross errors only); the bounds below are about twice those, 0.8 for the waits.
 */
describeErlangCCase({
  agents: 100,
  load: 0.98,
  replications: 12,
  arrivals: 160_000,
  precision: { probabilityOfWait: 0.16, asa: 0.8, serviceLevel: 0.4, meanQueueLength: 0.8, occupancy: 0.013 },
});
