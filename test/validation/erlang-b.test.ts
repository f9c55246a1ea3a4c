import { expect, it } from 'vitest';
import { erlangB } from '../../src/analytic/erlang-b';
import type { ModelDefinition } from '../../src/model/definition';
import type { Distribution } from '../../src/random/distributions/distribution';
import { deterministic } from '../../src/random/distributions/deterministic';
import { lognormal } from '../../src/random/distributions/lognormal';
import { expMean, singleQueueModel } from '../support/models';
import { describeReplicated, expectAgreement, summarize } from '../support/replicate';
import { HANDLE_TIME, runWindow } from '../support/steady-state';

/**
 * Erlang B: a waiting room of 0 turns the center into an M/G/c/c loss system whose blocking
 * probability is B(c, a) for any distribution of the time an agent is held, of mean 1/μ
 * (insensitivity). The lognormal case checks that; the last case holds agents for a handle time
 * scaled by the group's proficiency speed factor (1.5 at proficiency 3) plus a deterministic
 * wrap-up, so a = λ·(1.5·E[handle] + wrap-up), and its occupancy must be a·(1 − B)/c. The loss
 * system forgets its start within a few handle times: warm-up 10 mean handle times.
 */
interface LossCase {
  readonly agents: number;
  /** Offered load a = λ × mean time an agent is held per contact, in erlangs. */
  readonly offeredLoad: number;
  readonly handleTime: Distribution;
  /** Handle-time multiplier of the group (at its proficiency 3). */
  readonly speedFactor?: number;
  /** Wrap-up after each contact, seconds. */
  readonly wrapUp?: number;
  readonly arrivals: number;
  /**
   * Largest accepted relative 99.99 % half-width of the blocking probability: about twice the
   * precision these run lengths reach with 20 replications (measured ±3.2 %, ±17 %, ±12 %, ±4.6 %).
   */
  readonly precision: number;
}

const cases: readonly LossCase[] = [
  { agents: 10, offeredLoad: 10, handleTime: expMean(HANDLE_TIME), arrivals: 10_000, precision: 0.065 },
  { agents: 100, offeredLoad: 90, handleTime: expMean(HANDLE_TIME), arrivals: 20_000, precision: 0.35 },
  { agents: 25, offeredLoad: 20, handleTime: lognormal({ mean: HANDLE_TIME, cv: 1.5 }), arrivals: 10_000, precision: 0.24 },
  { agents: 10, offeredLoad: 8, handleTime: expMean(100), speedFactor: 1.5, wrapUp: 30, arrivals: 10_000, precision: 0.1 },
];

function lossModel(k: LossCase, arrivalRate: number): ModelDefinition {
  const base = singleQueueModel({
    arrivalRate,
    handleTime: k.handleTime,
    agents: k.agents,
    waitingRoom: 0,
    ...runWindow(arrivalRate, k.arrivals, 10 * HANDLE_TIME),
  });
  const speed = k.speedFactor ?? 1;
  const wrapUp = k.wrapUp ?? 0;
  return {
    ...base,
    agentGroups: base.agentGroups.map((g) => ({
      ...g,
      handleTimeFactor: [1, 1, 1, speed, 1, 1],
      wrapUp: wrapUp > 0 ? deterministic({ value: wrapUp }) : null,
    })),
  };
}

for (const k of cases) {
  const holdingTime = k.handleTime.mean * (k.speedFactor ?? 1) + (k.wrapUp ?? 0);
  const arrivalRate = k.offeredLoad / holdingTime;
  const blocking = erlangB(k.offeredLoad, k.agents);
  const kind = k.handleTime.kind === 'exponential' && k.wrapUp === undefined ? 'M' : 'G';
  const name = `M/${kind}/${k.agents}/${k.agents} at a = ${k.offeredLoad}${k.wrapUp === undefined ? '' : ' (speed factor, wrap-up)'}`;
  describeReplicated(`${name} (Erlang B)`, lossModel(k, arrivalRate), { replications: 20 }, (replications) => {
    it('blocks with the Erlang B probability', () => {
      const summary = summarize(replications().map((r) => r.result.overall.blockingRate));
      expectAgreement(`${name} blocking`, summary, blocking, { maxRelativeHalfWidth: k.precision });
    });

    it('never queues a contact', () => {
      for (const r of replications()) {
        expect(r.result.maxQueueLength).toBe(0);
        expect(r.result.overall.wait.max).toBe(0);
      }
    });

    if (k.wrapUp !== undefined) {
      it('holds agents for the scaled handle time plus wrap-up: occupancy a(1 − B)/c', () => {
        const aht = summarize(replications().map((r) => r.result.overall.meanHandleTime));
        expectAgreement(`${name} handle time (s)`, aht, k.handleTime.mean * (k.speedFactor ?? 1), { maxRelativeHalfWidth: 0.03 });
        const occupancy = summarize(replications().map((r) => r.result.agents.occupancy));
        expectAgreement(`${name} occupancy`, occupancy, (k.offeredLoad * (1 - blocking)) / k.agents, { maxRelativeHalfWidth: 0.03 });
      });
    }
  });
}
