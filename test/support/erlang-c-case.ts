import { it } from 'vitest';
import { erlangC } from '../../src/analytic/erlang-c';
import { expMean, singleQueueModel } from './models';
import { describeReplicated, expectAgreement, summarize, summarizeWithControl, type Replication } from './replicate';
import { HANDLE_TIME, SL_THRESHOLD, relaxationTime, runWindow } from './steady-state';
import { WaitTally } from './wait-tally';


/** Largest accepted half-width per metric, as a fraction of the theoretical value. */
export interface ErlangCPrecision {
  readonly probabilityOfWait: number;
  readonly asa: number;
  /**
   * The ASA with the replication's arrival count as control variate (checked only if given: it
   * narrows the interval by 10-25 % where waits are long, not at all for M/M/500's short ones).
   */
  readonly asaWithArrivals?: number;
  readonly serviceLevel: number;
  readonly meanQueueLength: number;
  readonly occupancy: number;
}

/** One M/M/c validation case. */
export interface ErlangCCase {
  readonly agents: number;
  /** Occupancy ρ = λ / (cμ). */
  readonly load: number;
  readonly replications: number;
  /** Expected arrivals per replication after the warm-up (3 relaxation times). */
  readonly arrivals: number;
  /**
   * Use a service-level threshold of 0 so that the metrics collector's `serviceLevelOfAnswered`
   * is P(W = 0) = 1 − C (checked against Erlang C); the 20 s service level then comes from the
   * {@link WaitTally}. Otherwise the collector gives the 20 s service level and the tally P(W > 0).
   */
  readonly zeroThreshold?: boolean;
  readonly precision: ErlangCPrecision;
}

/**
 * Declares the tests of one M/M/c case: simulated P(wait), ASA (plain and with the arrival count
 * as control variate), service level P(W ≤ 20 s),
 * mean queue length and occupancy against Erlang C, each within the 99.99 % confidence interval
 * of the replication mean, with the half-width bounded by `precision`.
 */
export function describeErlangCCase(k: ErlangCCase): void {
  const { agents, load } = k;
  const arrivalRate = (load * agents) / HANDLE_TIME;
  const theory = erlangC({ arrivalRate, meanServiceTime: HANDLE_TIME, agents });
  const window = runWindow(arrivalRate, k.arrivals, 3 * relaxationTime(HANDLE_TIME, agents, load));
  const zero = k.zeroThreshold === true;
  const model = singleQueueModel({
    arrivalRate,
    handleTime: expMean(HANDLE_TIME),
    agents,
    ...window,
    serviceLevelThreshold: zero ? 0 : SL_THRESHOLD,
  });
  const name = `M/M/${agents} at ρ = ${load}`;
  const options = { replications: k.replications, observer: () => new WaitTally([SL_THRESHOLD]) };

  describeReplicated(`${name} (Erlang C)`, model, options, (replications) => {
    const values = (f: (r: Replication<WaitTally>) => number | null): (number | null)[] => replications().map(f);

    it('has the Erlang C probability of wait', () => {
      const pw = zero
        ? values((r) => 1 - (r.result.overall.serviceLevelOfAnswered ?? NaN))
        : values((r) => r.observer!.probabilityOfWait());
      expectAgreement(`${name} P(W>0)`, summarize(pw), theory.probabilityOfWait, {
        maxRelativeHalfWidth: k.precision.probabilityOfWait,
      });
    });

    it('has the Erlang C average speed of answer', () => {
      expectAgreement(`${name} ASA (s)`, summarize(values((r) => r.result.overall.asa)), theory.averageSpeedOfAnswer, {
        maxRelativeHalfWidth: k.precision.asa,
      });
    });

    const withArrivals = k.precision.asaWithArrivals;
    if (withArrivals !== undefined) it('has the Erlang C average speed of answer, with the arrival count as control variate', () => {
      // Arrivals at or after the warm-up (the collector's `offered`) are Poisson with mean
      // λ (horizon − warm-up) exactly, so offered / that − 1 has mean 0; a replication that drew
      // more arrivals waits longer, and regressing on it narrows the interval for the same runs.
      const expected = arrivalRate * (window.horizon - window.warmup);
      const summary = summarizeWithControl(
        values((r) => r.result.overall.asa),
        values((r) => r.result.overall.offered / expected - 1),
      );
      expectAgreement(`${name} ASA, arrivals as control (s)`, summary, theory.averageSpeedOfAnswer, {
        maxRelativeHalfWidth: withArrivals,
      });
    });

    it(`has the Erlang C service level within ${SL_THRESHOLD} s`, () => {
      const sl = zero
        ? values((r) => r.observer!.answeredWithinShare(0))
        : values((r) => r.result.overall.serviceLevel);
      expectAgreement(`${name} SL(${SL_THRESHOLD}s)`, summarize(sl), theory.serviceLevel(SL_THRESHOLD), {
        maxRelativeHalfWidth: k.precision.serviceLevel,
      });
    });

    it('has the Erlang C mean queue length', () => {
      expectAgreement(`${name} Lq`, summarize(values((r) => r.result.meanQueueLength)), theory.meanQueueLength, {
        maxRelativeHalfWidth: k.precision.meanQueueLength,
      });
    });

    it('has occupancy ρ', () => {
      expectAgreement(`${name} occupancy`, summarize(values((r) => r.result.agents.occupancy)), theory.occupancy, {
        maxRelativeHalfWidth: k.precision.occupancy,
      });
    });
  });
}
