/**
 * The long version of the workforce statistical tests (test/validation/workforce-erlang-c.test.ts,
 * test/model/workforce-absence.test.ts): many replications, 95 % confidence intervals.
 *
 *   npx tsx scripts/workforce-validation.ts [replications=40]
 *
 * 1. 8 scheduled agents at 25 % shrinkage against Erlang C for 6 agents (and, for contrast, 8).
 * 2. The absence share of 25 agents over 60 days against the absenteeism p.
 */
import { erlangC } from '../src/analytic/erlang-c';
import { confidenceInterval } from '../src/metrics/stats/confidence';
import { RunningStats } from '../src/metrics/stats/running-stats';
import type { ModelDefinition } from '../src/model/definition';
import { exponential } from '../src/random/distributions/exponential';
import { simulate, simulateModel } from '../src/run/simulate';
import type { ScenarioInput } from '../src/scenario/schema';
import { singleQueueModel } from '../test/support/models';

const replications = Number(process.argv[2] ?? 40);
if (!Number.isInteger(replications) || replications < 2) {
  console.error('usage: npx tsx scripts/workforce-validation.ts [replications ≥ 2]');
  process.exit(1);
}

function ci(values: readonly number[]): string {
  const stats = new RunningStats();
  for (const v of values) stats.add(v);
  const c = confidenceInterval(stats, 0.95);
  return `${c.mean.toFixed(4)} ± ${(c.halfWidth ?? NaN).toFixed(4)}`;
}

const HANDLE = 180;
const load = 0.75;
const arrivalRate = (load * 6) / HANDLE;
const warmup = 3 * (HANDLE / (6 * (1 - Math.sqrt(load)) ** 2));
const base = singleQueueModel({
  arrivalRate,
  handleTime: exponential({ mean: HANDLE }),
  agents: 8,
  horizon: warmup + 20_000 / arrivalRate,
  warmup,
  serviceLevelThreshold: 0,
});
const model: ModelDefinition = {
  ...base,
  name: 'M/M/8, 25% shrinkage',
  agentGroups: base.agentGroups.map((g) => ({ ...g, workforce: { shrinkage: [0.25], shrinkageInterval: 1800, absenteeism: 0 } })),
};

const pWait: number[] = [];
const asa: number[] = [];
const occupancy: number[] = [];
for (let r = 0; r < replications; r++) {
  const result = simulateModel(model, { seed: 'workforce-validation', replication: r });
  pWait.push(1 - (result.overall.serviceLevelOfAnswered ?? NaN));
  asa.push(result.overall.asa ?? NaN);
  occupancy.push(result.agents.occupancy ?? NaN);
}
const six = erlangC({ arrivalRate, meanServiceTime: HANDLE, agents: 6 });
const eight = erlangC({ arrivalRate, meanServiceTime: HANDLE, agents: 8 });
console.log(`8 scheduled agents, shrinkage 0.25, ρ = ${load} on 6 (${replications} replications, ~20,000 arrivals each, 95% CI)`);
console.log('| metric | simulated | Erlang C, 6 agents | Erlang C, 8 agents |');
console.log('| --- | --- | --- | --- |');
console.log(`| P(wait) | ${ci(pWait)} | ${six.probabilityOfWait.toFixed(4)} | ${eight.probabilityOfWait.toFixed(4)} |`);
console.log(`| ASA (s) | ${ci(asa)} | ${six.averageSpeedOfAnswer.toFixed(2)} | ${eight.averageSpeedOfAnswer.toFixed(2)} |`);
console.log(`| occupancy | ${ci(occupancy)} | ${load.toFixed(4)} | ${((load * 6) / 8).toFixed(4)} |`);

const p = 0.12;
const absence = {
  name: 'absence',
  horizon: '60d',
  interval: '1d',
  skills: ['s'],
  contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'exponential', mean: '5m' } }],
  agentGroups: [{ name: 'team', skills: { s: 1 }, agents: 25, absenteeism: p }],
} as unknown as ScenarioInput;
const shares: number[] = [];
for (let r = 0; r < replications; r++) {
  const team = simulate(absence, { seed: 'absence', replication: r }).workforce![0]!;
  shares.push(team.absentHours / team.scheduledHours);
}
console.log('');
console.log(`absence share, 25 agents × 60 days × ${replications} replications: ${ci(shares)} (p = ${p})`);
