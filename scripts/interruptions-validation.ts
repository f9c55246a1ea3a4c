/**
 * The long version of test/validation/preemptive-priority.test.ts: calls interrupting e-mails
 * (preemptive-resume priority M/M/c, one exponential handle time) against theory, many
 * replications, 95 % confidence intervals.
 *
 *   npx tsx scripts/interruptions-validation.ts [replications=40]
 *
 * Per case: the calls' mean wait against Erlang C at the calls' own rate (exact for any c), the
 * e-mails' handle time (work done only) against 1/μ, and the e-mails' mean time in system against
 * the preemptive-resume value (exact for one agent; for several agents routelab resumes a suspended
 * e-mail with the agent who held it, so the e-mails wait somewhat longer than this queue-head value).
 */
import { erlangC } from '../src/analytic/erlang-c';
import { preemptivePriorityQueue } from '../src/analytic/preemptive-priority';
import { confidenceInterval } from '../src/metrics/stats/confidence';
import { RunningStats } from '../src/metrics/stats/running-stats';
import { exponential } from '../src/random/distributions/exponential';
import { simulateModel } from '../src/run/simulate';
import { singleQueueModel } from '../test/support/models';
import { emailSojourn, preemptiveModel } from '../test/support/preemptive-model';

const replications = Number(process.argv[2] ?? 40);
if (!Number.isInteger(replications) || replications < 2) {
  console.error('usage: npx tsx scripts/interruptions-validation.ts [replications ≥ 2]');
  process.exit(1);
}

function ci(values: readonly number[]): string {
  const stats = new RunningStats();
  for (const v of values) stats.add(v);
  const c = confidenceInterval(stats, 0.95);
  return `${c.mean.toFixed(2)} ± ${(c.halfWidth ?? NaN).toFixed(2)}`;
}

const HANDLE = 180;
const cases = [
  { agents: 1, callLoad: 0.3, emailLoad: 0.3 },
  { agents: 1, callLoad: 0.5, emailLoad: 0.3 },
  { agents: 3, callLoad: 0.5, emailLoad: 0.3 },
];

console.log(`| case | calls ASA: Erlang C | simulated | e-mail handle: 1/μ | simulated | e-mail time in system: theory | simulated |`);
console.log(`|---|---|---|---|---|---|---|`);
for (const k of cases) {
  const callRate = (k.callLoad * k.agents) / HANDLE;
  const emailRate = (k.emailLoad * k.agents) / HANDLE;
  const load = k.callLoad + k.emailLoad;
  const warmup = 3 * (HANDLE / (k.agents * (1 - Math.sqrt(load)) ** 2));
  const base = singleQueueModel({
    arrivalRate: callRate,
    handleTime: exponential({ mean: HANDLE }),
    agents: k.agents,
    endOfDay: 'drain',
    warmup,
    horizon: warmup + 20_000 / (callRate + emailRate),
  });
  const model = preemptiveModel(base, callRate, emailRate);
  const results = Array.from({ length: replications }, (_, r) => simulateModel(model, { seed: 'interruptions-validation', replication: r }));
  const calls = erlangC({ arrivalRate: callRate, meanServiceTime: HANDLE, agents: k.agents });
  const theory = preemptivePriorityQueue({ arrivalRates: [callRate, emailRate], meanServiceTime: HANDLE, agents: k.agents });
  console.log(
    `| M/M/${k.agents}, ρ1 = ${k.callLoad}, ρ2 = ${k.emailLoad} | ${calls.averageSpeedOfAnswer.toFixed(2)} | ${ci(results.map((r) => r.byContactType[0]!.asa!))} | ${HANDLE} | ${ci(
      results.map((r) => r.interruptions![0]!.meanHandleTime!),
    )} | ${theory[1]!.meanSojourn.toFixed(2)}${k.agents > 1 ? ' (queue-head resume)' : ''} | ${ci(results.map(emailSojourn))} |`,
  );
}
