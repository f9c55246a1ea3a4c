import { it } from 'vitest';
import { erlangC } from '../../src/analytic/erlang-c';
import type { ModelDefinition } from '../../src/model/definition';
import { expMean, singleQueueModel } from '../support/models';
import { describeReplicated, expectAgreement, summarize, type Replication } from '../support/replicate';
import { HANDLE_TIME, relaxationTime, runWindow } from '../support/steady-state';
import type { ContactCenterObserver } from '../../src/model/observer';

/**
 * A self-service stage in front of an M/M/c queue. Customers leave the stage after i.i.d. times
 * (an M/G/∞ stage), so a stationary Poisson input of rate λ leaves it as a Poisson stream of rate
 * (1 − containment)·λ (thinning): the queue is M/M/c at that rate (Erlang C), and the customer time
 * of an escalated issue is the Erlang C sojourn plus the mean time in the stage. With containment 0
 * the stage is a pure delay: the queue figures are those without it. Measured 99.99 % half-widths
 * (10 replications): occupancy about ±2 %, ASA about ±30 %, time in the stage about ±1–3 %; the bounds
 * are about twice those.
 */
const AGENTS = 5;
const LOAD = 0.8;
const BOT_TIME = 120;
const arrivalRate = (LOAD * AGENTS) / HANDLE_TIME;

function botCenter(containment: number): ModelDefinition {
  const queueLoad = LOAD * (1 - containment);
  const base = singleQueueModel({
    arrivalRate,
    handleTime: expMean(HANDLE_TIME),
    agents: AGENTS,
    ...runWindow(arrivalRate, 8_000, 3 * relaxationTime(HANDLE_TIME, AGENTS, queueLoad) + 10 * BOT_TIME),
  });
  const selfService = { time: expMean(BOT_TIME), containment, optOut: 0, optOutTime: null, context: true };
  return { ...base, contactTypes: base.contactTypes.map((t) => ({ ...t, selfService })) };
}

for (const containment of [0, 0.3]) {
  const theory = erlangC({ arrivalRate: arrivalRate * (1 - containment), meanServiceTime: HANDLE_TIME, agents: AGENTS });
  const label = `M/M/${AGENTS} at ρ = ${LOAD} behind a bot of mean ${BOT_TIME} s, containment ${containment}`;
  describeReplicated(label, botCenter(containment), { replications: 10 }, (replications) => {
    const values = (f: (r: Replication<ContactCenterObserver>) => number | null): (number | null)[] => replications().map(f);
    it('has the Erlang C occupancy and ASA of the thinned arrivals', () => {
      expectAgreement(`${label} occupancy`, summarize(values((r) => r.result.agents.occupancy)), theory.occupancy, { maxRelativeHalfWidth: 0.05 });
      expectAgreement(`${label} ASA`, summarize(values((r) => r.result.overall.asa)), theory.averageSpeedOfAnswer, { maxRelativeHalfWidth: 0.6 });
    });
    it('has the containment rate asked for', () => {
      const rate = summarize(values((r) => r.result.selfService![0]!.containmentRate));
      expectAgreement(`${label} containment`, rate, containment, { maxRelativeHalfWidth: 0.1, absoluteFloor: 0.01 });
    });
    it('adds the mean time in the stage to the customer time per issue', () => {
      // Contained issues take the stage time only; escalated ones the stage time plus their
      // sojourn (wait + handle time), so customer time − (1 − containment) × sojourn = stage time.
      const beyondQueue = values((r) => {
        const { asa, meanHandleTime } = r.result.overall;
        return r.result.journey.overall.meanCustomerTimePerIssue! - (1 - containment) * (asa! + meanHandleTime!);
      });
      expectAgreement(`${label} customer time beyond the queue`, summarize(beyondQueue), BOT_TIME, { maxRelativeHalfWidth: 0.08 });
    });
  });
}
