import { it } from 'vitest';
import { erlangC } from '../../src/analytic/erlang-c';
import { preemptivePriorityQueue } from '../../src/analytic/preemptive-priority';
import { expMean, singleQueueModel } from '../support/models';
import { emailSojourn, preemptiveModel } from '../support/preemptive-model';
import { describeReplicated, expectAgreement, summarize } from '../support/replicate';
import { HANDLE_TIME, relaxationTime, runWindow } from '../support/steady-state';

/**
 * Calls (high priority) and e-mails (low) share one agent group with one exponential handle time,
 * and a call that finds no free agent suspends an agent's e-mail (`interruptions: { voice:
 * [email] }`): a preemptive-resume priority M/M/c queue. The calls never see the e-mails, so
 * their mean wait is the M/M/c (Erlang C) value at their own rate, for any c. With one agent the
 * e-mails' mean time in system (wait + time suspended + handle time) is the textbook
 * `(1/μ) / ((1 − ρ1)(1 − ρ))`, and their handle time (work done only) stays `1/μ`. The long
 * version: `npx tsx scripts/interruptions-validation.ts`.
 */
interface Case {
  readonly agents: number;
  readonly callLoad: number;
  readonly emailLoad: number;
  readonly arrivals: number;
  readonly replications: number;
}

const cases: readonly Case[] = [
  { agents: 1, callLoad: 0.3, emailLoad: 0.3, arrivals: 3_000, replications: 10 },
  { agents: 3, callLoad: 0.5, emailLoad: 0.3, arrivals: 2_500, replications: 12 },
];

for (const k of cases) {
  const callRate = (k.callLoad * k.agents) / HANDLE_TIME;
  const emailRate = (k.emailLoad * k.agents) / HANDLE_TIME;
  const load = k.callLoad + k.emailLoad;
  const base = singleQueueModel({
    arrivalRate: callRate,
    handleTime: expMean(HANDLE_TIME),
    agents: k.agents,
    endOfDay: 'drain',
    ...runWindow(callRate + emailRate, k.arrivals, 3 * relaxationTime(HANDLE_TIME, k.agents, load)),
  });
  const model = preemptiveModel(base, callRate, emailRate);
  const calls = erlangC({ arrivalRate: callRate, meanServiceTime: HANDLE_TIME, agents: k.agents });
  const theory = preemptivePriorityQueue({ arrivalRates: [callRate, emailRate], meanServiceTime: HANDLE_TIME, agents: k.agents });
  const name = `preemptive priority M/M/${k.agents}, calls ρ1 = ${k.callLoad}, e-mails ρ2 = ${k.emailLoad}`;
  describeReplicated(name, model, { replications: k.replications }, (replications) => {
    it('gives the calls the M/M/c mean wait at their own rate (they never see the e-mails)', () => {
      const asa = summarize(replications().map((r) => r.result.byContactType[0]!.asa));
      expectAgreement(`${name} ASA calls (s)`, asa, calls.averageSpeedOfAnswer, { maxRelativeHalfWidth: 0.5, absoluteFloor: 5 });
    });

    it('counts only work done as the e-mails\' handle time', () => {
      const handle = summarize(replications().map((r) => r.result.interruptions![0]!.meanHandleTime));
      expectAgreement(`${name} e-mail handle time (s)`, handle, HANDLE_TIME, { maxRelativeHalfWidth: 0.1 });
    });

    if (k.agents === 1) {
      it('gives the e-mails the preemptive-resume mean time in system (1/μ)/((1 − ρ1)(1 − ρ))', () => {
        const sojourn = summarize(replications().map((r) => emailSojourn(r.result)));
        expectAgreement(`${name} e-mail time in system (s)`, sojourn, theory[1]!.meanSojourn, { maxRelativeHalfWidth: 0.3 });
      });
    }
  });
}
