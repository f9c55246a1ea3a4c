/**
 * Interruptions at scale: what finding an agent to interrupt costs as the blended team grows.
 *
 * The example `voice-interrupts-email` (15 agents, 110 calls and 45 e-mails an hour) scaled to N
 * agents with the same load per agent, N = 15 … 3,000, one 8-hour day. Per N, three figures:
 * - wall time of the run with the rule against the same scenario without it (ratio, both timed
 *   in this process, best of `runs`);
 * - the share of the run with the rule spent in the candidate searches
 *   (`InterruptionCandidates.agentFor`, a scan of the ruled groups' agents for a call that found
 *   no free agent, and `callFor`, a look at the voice queue heads), measured by wrapping them with
 *   a high-resolution clock (the clock itself adds about 50 ns a call);
 * - calls to each search per arriving contact and nanoseconds per call.
 *
 * Two loads: the example's (about 94 % of the team busy) and 10 % more arrivals (overloaded: calls
 * often find every agent busy, so each such call scans the team).
 *
 * Run: `npx tsx bench/interruptions.ts [--quick] [--runs <n>]`.
 * @module
 */
import { InterruptionCandidates } from '../src/model/interruption-candidates';
import { simulate } from '../src/run/simulate';
import type { ScenarioInput } from '../src/scenario/schema';

/** The example's team scaled to `agents` agents (same load per agent), with or without the rule. */
export function blendedTeam(agents: number, rule: boolean, load = 1): ScenarioInput {
  const scale = (load * agents) / 15;
  return {
    name: `blended team, ${agents} agents`,
    horizon: '8h',
    endOfDay: 'drain',
    skills: ['service'],
    contactTypes: [
      {
        name: 'calls', channel: 'voice', priority: 2, skills: { service: 1 },
        handleTime: { kind: 'lognormal', mean: '4m', cv: 0.8 }, patience: { kind: 'exponential', mean: '3m' },
        serviceLevel: { target: 0.8, within: '20s' }, arrivals: { rate: `${110 * scale}/h` },
      },
      {
        name: 'emails', channel: 'email', priority: 1, skills: { service: 1 },
        handleTime: { kind: 'lognormal', mean: '9m', cv: 0.6 }, serviceLevel: { target: 0.9, within: '1h' }, arrivals: { rate: `${45 * scale}/h` },
      },
    ],
    agentGroups: [
      { name: 'blended team', agents, skills: { service: 3 }, channels: { voice: 1, email: 1 }, ...(rule ? { interruptions: { voice: ['email'], resumeOverhead: '30s' } } : {}) },
    ],
  } as ScenarioInput;
}

interface Tally {
  agentForCalls: number;
  callForCalls: number;
  agentForNs: bigint;
  callForNs: bigint;
}

const tally: Tally = { agentForCalls: 0, callForCalls: 0, agentForNs: 0n, callForNs: 0n };
let wrapped = false;

function wrapSearches(): void {
  if (wrapped) return;
  wrapped = true;
  const proto = InterruptionCandidates.prototype;
  const agentFor = proto.agentFor;
  const callFor = proto.callFor;
  proto.agentFor = function (this: InterruptionCandidates, c: number): number {
    const t = process.hrtime.bigint();
    const a = agentFor.call(this, c);
    tally.agentForNs += process.hrtime.bigint() - t;
    tally.agentForCalls++;
    return a;
  };
  proto.callFor = function (this: InterruptionCandidates, agent: number): number {
    const t = process.hrtime.bigint();
    const c = callFor.call(this, agent);
    tally.callForNs += process.hrtime.bigint() - t;
    tally.callForCalls++;
    return c;
  };
}

function best(runs: number, f: () => void): number {
  let min = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    f();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

const quick = process.argv.includes('--quick');
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 2;
const sizes = quick ? [15, 150, 600] : [15, 150, 600, 1500, 3000];

console.log('| load | agents | contacts | without (ms) | with (ms) | with / without | agentFor: calls per contact | ns per call | share of run | callFor: calls per contact | ns per call | share of run |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const load of [1, 1.1]) {
  for (const n of sizes) {
    const off = blendedTeam(n, false, load);
    const on = blendedTeam(n, true, load);
    const without = best(runs, () => simulate(off, { seed: 1 }));
    const withRule = best(runs, () => simulate(on, { seed: 1 }));
    // A separate run with the searches wrapped (so the timed runs above pay no clock).
    wrapSearches();
    Object.assign(tally, { agentForCalls: 0, callForCalls: 0, agentForNs: 0n, callForNs: 0n });
    const t = performance.now();
    const result = simulate(on, { seed: 1 });
    const wrappedNs = (performance.now() - t) * 1e6;
    const contacts = result.overall.offered;
    const per = (calls: number, ns: bigint): string =>
      `${(calls / contacts).toFixed(2)} | ${calls === 0 ? '–' : (Number(ns) / calls).toFixed(0)} | ${((100 * Number(ns)) / wrappedNs).toFixed(1)} %`;
    console.log(
      `| ${load} | ${n} | ${contacts} | ${without.toFixed(0)} | ${withRule.toFixed(0)} | ${(withRule / without).toFixed(2)} | ${per(tally.agentForCalls, tally.agentForNs)} | ${per(tally.callForCalls, tally.callForNs)} |`,
    );
  }
}
