import { it } from 'vitest';
import { erlangC } from '../../src/analytic/erlang-c';
import { describeReplicated, expectAgreement, summarize } from '../support/replicate';
import { expMean, singleQueueModel } from '../support/models';
import { HANDLE_TIME, relaxationTime, runWindow } from '../support/steady-state';

/**
 * With shrinkage s, a group of c scheduled agents serves like floor(c·(1 − s)) agents: 8 scheduled
 * at s = 0.25 is an M/M/6, checked against Erlang C for 6 agents at ρ = 0.75 (P(wait) 0.42; the 8
 * agents without shrinkage would give 0.10). The run is short (8 replications of ~6,000 arrivals);
 * the 99.99 % half-widths measured were ±21 % for P(wait) and ±5.4 % for occupancy, enough to tell
 * 6 agents from 7 or 8 (occupancy 0.64 with 7).
 */
const scheduled = 8;
const shrinkage = 0.25;
const productive = 6;
const load = 0.75;
const arrivalRate = (load * productive) / HANDLE_TIME;
const theory = erlangC({ arrivalRate, meanServiceTime: HANDLE_TIME, agents: productive });
const base = singleQueueModel({
  arrivalRate,
  handleTime: expMean(HANDLE_TIME),
  agents: scheduled,
  serviceLevelThreshold: 0,
  ...runWindow(arrivalRate, 6_000, 3 * relaxationTime(HANDLE_TIME, productive, load)),
});
const model = {
  ...base,
  agentGroups: [{ ...base.agentGroups[0]!, workforce: { shrinkage: [shrinkage], shrinkageInterval: 1800, absenteeism: 0 } }],
};

describeReplicated('M/M/8 with 25% shrinkage as M/M/6 (Erlang C)', model, { replications: 8 }, (replications) => {
  it('has the Erlang C probability of wait of 6 agents', () => {
    const pw = summarize(replications().map((r) => 1 - (r.result.overall.serviceLevelOfAnswered ?? NaN)));
    expectAgreement('P(wait), 8 scheduled, s = 0.25', pw, theory.probabilityOfWait, { maxRelativeHalfWidth: 0.25 });
  });

  it('keeps 6 agents busy at occupancy λ/(6μ), and productive hours match it', () => {
    const occupancy = summarize(replications().map((r) => r.result.agents.occupancy));
    expectAgreement('occupancy of the 6 productive agents', occupancy, load, { maxRelativeHalfWidth: 0.08 });
    const productiveShare = summarize(
      replications().map((r) => {
        const team = r.result.workforce![0]!;
        return team.productiveHours / team.availableHours;
      }),
    );
    expectAgreement('productive / available hours', productiveShare, load, { maxRelativeHalfWidth: 0.08 });
  });
});
