import { it } from 'vitest';
import { erlangC } from '../../src/analytic/erlang-c';
import { priorityQueue } from '../../src/analytic/priority';
import type { ContactTypeDefinition, ModelDefinition } from '../../src/model/definition';
import { expMean, singleQueueModel } from '../support/models';
import { describeReplicated, expectAgreement, summarize } from '../support/replicate';
import { HANDLE_TIME, relaxationTime, runWindow } from '../support/steady-state';

/**
 * Two contact types with different priorities (larger is more important) share one agent group
 * and the same exponential handle time: a non-preemptive priority M/M/c queue. Per-type ASA is
 * compared with Cobham's formula (`priorityQueue`), and the overall ASA with the FCFS Erlang C
 * value (work conservation). Both the default `longest-idle-agent` policy and `skills-priority`
 * (whose default contact-type order is by priority) serve the higher priority first.
 */
interface PriorityCase {
  readonly agents: number;
  readonly load: number;
  /** Share of the arrivals that are high priority. */
  readonly highShare: number;
  readonly policy: string;
  readonly arrivals: number;
  /** Largest accepted relative 99.99 % half-widths, about twice those reached (measured 5–20 %). */
  readonly precision: { high: number; low: number; overall: number };
}

const cases: readonly PriorityCase[] = [
  {
    agents: 10, load: 0.85, highShare: 0.4, policy: 'longest-idle-agent', arrivals: 20_000,
    precision: { high: 0.16, low: 0.4, overall: 0.38 },
  },
  {
    agents: 1, load: 0.7, highShare: 0.5, policy: 'skills-priority', arrivals: 10_000,
    precision: { high: 0.11, low: 0.2, overall: 0.17 },
  },
];

/** A copy of the single-queue center with two contact types (high, low priority) instead of one. */
function twoPriorityModel(base: ModelDefinition, rates: readonly [number, number]): ModelDefinition {
  const template = base.contactTypes[0]!;
  const type = (id: number, name: string, priority: number, rate: number): ContactTypeDefinition => ({
    ...template,
    id,
    name,
    priority,
    arrivals: { kind: 'poisson', rate },
  });
  return { ...base, contactTypes: [type(0, 'high', 2, rates[0]), type(1, 'low', 1, rates[1])] };
}

for (const k of cases) {
  const arrivalRate = (k.load * k.agents) / HANDLE_TIME;
  const rates = [k.highShare * arrivalRate, (1 - k.highShare) * arrivalRate] as const;
  const theory = priorityQueue({ arrivalRates: rates, meanServiceTime: HANDLE_TIME, agents: k.agents });
  const fcfs = erlangC({ arrivalRate, meanServiceTime: HANDLE_TIME, agents: k.agents });
  const base = singleQueueModel({
    arrivalRate,
    handleTime: expMean(HANDLE_TIME),
    agents: k.agents,
    policy: k.policy,
    // The low class relaxes slowest: the M/M/c bound at the total load is a safe warm-up.
    ...runWindow(arrivalRate, k.arrivals, 3 * relaxationTime(HANDLE_TIME, k.agents, k.load)),
  });
  const model = twoPriorityModel(base, rates);
  const name = `priority M/M/${k.agents} at ρ = ${k.load}, ${k.policy}`;
  describeReplicated(`${name} (Cobham)`, model, { replications: 20 }, (replications) => {
    it('gives the high-priority type the Cobham mean wait', () => {
      const asa = summarize(replications().map((r) => r.result.byContactType[0]!.asa));
      expectAgreement(`${name} ASA high (s)`, asa, theory.classes[0]!.meanWait, { maxRelativeHalfWidth: k.precision.high });
    });

    it('gives the low-priority type the Cobham mean wait', () => {
      const asa = summarize(replications().map((r) => r.result.byContactType[1]!.asa));
      expectAgreement(`${name} ASA low (s)`, asa, theory.classes[1]!.meanWait, { maxRelativeHalfWidth: k.precision.low });
    });

    it('keeps the overall ASA of FCFS (work conservation)', () => {
      const asa = summarize(replications().map((r) => r.result.overall.asa));
      expectAgreement(`${name} ASA overall (s)`, asa, fcfs.averageSpeedOfAnswer, { maxRelativeHalfWidth: k.precision.overall });
    });
  });
}
