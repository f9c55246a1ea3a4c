import { it } from 'vitest';
import { finiteQueue } from '../../src/analytic/finite-queue';
import { expMean, singleQueueModel } from '../support/models';
import { describeReplicated, expectAgreement, summarize, type Replication } from '../support/replicate';
import { HANDLE_TIME, SL_THRESHOLD, runWindow } from '../support/steady-state';
import { WaitTally } from '../support/wait-tally';

/**
 * M/M/c/K: the engine's waiting room counts contacts *waiting*, so a system capacity of K
 * (in service plus waiting) is `waitingRoom = K − c`. Checked against `finiteQueue`: blocking,
 * mean wait of admitted contacts (ASA: every admitted contact is answered), P(wait) of admitted
 * contacts, the service level and the mean queue length; below and above ρ = 1 (a finite room is
 * always stable). The chain has at most K + 1 states and forgets its start within a few handle
 * times: warm-up 20 handle times.
 */
interface FiniteCase {
  readonly agents: number;
  readonly capacity: number;
  readonly load: number;
  readonly arrivals: number;
  /**
   * Largest accepted relative 99.99 % half-widths: about twice those reached (measured 3–9 %;
   * 17 % for the small service level at ρ = 1.2).
   */
  readonly precision: { blocking: number; asa: number; probabilityOfWait: number; serviceLevel: number; meanQueueLength: number };
}

const cases: readonly FiniteCase[] = [
  {
    agents: 10, capacity: 15, load: 0.9, arrivals: 10_000,
    precision: { blocking: 0.19, asa: 0.13, probabilityOfWait: 0.095, serviceLevel: 0.06, meanQueueLength: 0.13 },
  },
  {
    agents: 20, capacity: 30, load: 1.2, arrivals: 10_000,
    precision: { blocking: 0.15, asa: 0.1, probabilityOfWait: 0.055, serviceLevel: 0.35, meanQueueLength: 0.095 },
  },
];

for (const k of cases) {
  const arrivalRate = (k.load * k.agents) / HANDLE_TIME;
  const theory = finiteQueue({ arrivalRate, meanServiceTime: HANDLE_TIME, agents: k.agents, capacity: k.capacity });
  const model = singleQueueModel({
    arrivalRate,
    handleTime: expMean(HANDLE_TIME),
    agents: k.agents,
    waitingRoom: k.capacity - k.agents,
    ...runWindow(arrivalRate, k.arrivals, 20 * HANDLE_TIME),
  });
  const name = `M/M/${k.agents}/${k.capacity} at ρ = ${k.load}`;
  const options = { replications: 20, observer: () => new WaitTally() };
  describeReplicated(`${name} (finite waiting room)`, model, options, (replications) => {
    const values = (f: (r: Replication<WaitTally>) => number | null): (number | null)[] => replications().map(f);

    it('blocks with the M/M/c/K probability', () => {
      const summary = summarize(values((r) => r.result.overall.blockingRate));
      expectAgreement(`${name} blocking`, summary, theory.blockingProbability, {
        maxRelativeHalfWidth: k.precision.blocking,
      });
    });

    it('has the M/M/c/K mean wait of admitted contacts', () => {
      const summary = summarize(values((r) => r.result.overall.asa));
      expectAgreement(`${name} ASA (s)`, summary, theory.averageSpeedOfAnswer, {
        maxRelativeHalfWidth: k.precision.asa,
      });
    });

    it('has the M/M/c/K probability that an admitted contact waits', () => {
      const summary = summarize(values((r) => r.observer!.probabilityOfWait()));
      expectAgreement(`${name} P(W>0 | admitted)`, summary, theory.probabilityOfWait, {
        maxRelativeHalfWidth: k.precision.probabilityOfWait,
      });
    });

    it(`has the M/M/c/K service level within ${SL_THRESHOLD} s`, () => {
      const summary = summarize(values((r) => r.result.overall.serviceLevel));
      expectAgreement(`${name} SL(${SL_THRESHOLD}s | admitted)`, summary, theory.serviceLevel(SL_THRESHOLD), {
        maxRelativeHalfWidth: k.precision.serviceLevel,
      });
    });

    it('has the M/M/c/K mean queue length', () => {
      const summary = summarize(values((r) => r.result.meanQueueLength));
      expectAgreement(`${name} Lq`, summary, theory.meanQueueLength, {
        maxRelativeHalfWidth: k.precision.meanQueueLength,
      });
    });
  });
}
