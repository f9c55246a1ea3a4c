/**
 * Interruptions at scale: what finding an agent to interrupt costs as the blended team grows.
 *
 * The example `voice-interrupts-email` (15 agents, 110 calls and 45 e-mails an hour) scaled to N
 * agents with the same load per agent, N = 15 … 3,000, one 8-hour day. Per N, all timed in this
 * process, best of `runs`:
 * - wall time of the run with the rule against the same scenario without it (ratio);
 * - wall time with the rule when the agent search scans the team (every agent of the ruled
 *   groups, as before the per-group heaps) against the heap of `InterruptibleHeap` (ratio
 *   scan / heap; the results of the two runs are checked to be identical, byte for byte);
 * - the share of the run with the rule (heap) spent in the candidate searches
 *   (`InterruptionCandidates.agentFor`, the agent for a call that found no free agent, and
 *   `callFor`, a look at the voice queue heads), measured by wrapping them with a high-resolution
 *   clock in a separate run (the clock itself adds about 50 ns a call), and calls to each search
 *   per arriving contact and nanoseconds per call.
 *
 * Two loads: the example's (about 94 % of the team busy) and 10 % more arrivals (overloaded: calls
 * often find every agent busy, so each such call searches the team).
 *
 * Run: `npm run bench -- --only interruptions [--quick] [--runs <n>]`, or
 * `npx tsx bench/interruptions.ts [--quick] [--runs <n>]`.
 * @module
 */
import { pathToFileURL } from 'node:url';
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

/** Options of {@link runInterruptionsBench}. */
export interface InterruptionsBenchOptions {
  /**
   * Teams of 15, 150 and 600 agents only.
   * @default false
   */
  readonly quick?: boolean;
  /**
   * Timed runs of each variant; the fastest is kept.
   * @default 2
   */
  readonly runs?: number;
}

interface Tally {
  agentForCalls: number;
  callForCalls: number;
  agentForNs: bigint;
  callForNs: bigint;
}

/** How the candidate searches run: as built, timed call by call, or the agent search as a scan. */
type SearchMode = 'heap' | 'timed' | 'scan';

/** The fields of `InterruptionCandidates` the scan reads (private in TypeScript, plain at run time). */
interface CandidateInternals {
  readonly ruledGroups: Int32Array;
  readonly agents: { readonly members: readonly Int32Array[]; readonly idleSince: Float64Array };
  readonly hooks: { mayServe(agent: number, c: number): boolean };
  interruptible(agent: number): boolean;
}

const tally: Tally = { agentForCalls: 0, callForCalls: 0, agentForNs: 0n, callForNs: 0n };
const proto = InterruptionCandidates.prototype;
const built = { agentFor: proto.agentFor, callFor: proto.callFor, changed: proto.changed };

/**
 * The agent search without the heaps: every agent of every ruled group is looked at; the
 * interruptible one whose busy spell is the oldest (ties to the lower id) among the groups whose
 * agents may serve the call. The same answer as the heap (the groups' eligibility is per group).
 */
function scanAgentFor(this: CandidateInternals, c: number): number {
  let best = -1;
  let since = Infinity;
  for (let k = 0; k < this.ruledGroups.length; k++) {
    const members = this.agents.members[this.ruledGroups[k]!]!;
    let groupBest = -1;
    let groupSince = Infinity;
    for (let i = 0; i < members.length; i++) {
      const a = members[i]!;
      if (!this.interruptible(a)) continue;
      const t = this.agents.idleSince[a]!;
      if (t < groupSince || (t === groupSince && a < groupBest)) {
        groupBest = a;
        groupSince = t;
      }
    }
    if (groupBest < 0) continue;
    if ((groupSince < since || (groupSince === since && groupBest < best)) && this.hooks.mayServe(groupBest, c)) {
      best = groupBest;
      since = groupSince;
    }
  }
  return best;
}

function useSearch(mode: SearchMode): void {
  Object.assign(proto, built);
  if (mode === 'scan') {
    proto.agentFor = scanAgentFor as unknown as typeof proto.agentFor;
    // No heap to keep up to date.
    proto.changed = () => {};
  } else if (mode === 'timed') {
    proto.agentFor = function (this: InterruptionCandidates, c: number): number {
      const t = process.hrtime.bigint();
      const a = built.agentFor.call(this, c);
      tally.agentForNs += process.hrtime.bigint() - t;
      tally.agentForCalls++;
      return a;
    };
    proto.callFor = function (this: InterruptionCandidates, agent: number): number {
      const t = process.hrtime.bigint();
      const c = built.callFor.call(this, agent);
      tally.callForNs += process.hrtime.bigint() - t;
      tally.callForCalls++;
      return c;
    };
  }
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

/** Prints the table described in the module description. */
export function runInterruptionsBench(options: InterruptionsBenchOptions = {}): void {
  const runs = options.runs ?? 2;
  const sizes = options.quick === true ? [15, 150, 600] : [15, 150, 600, 1500, 3000];
  console.log('\n## Interruptions: finding an agent to interrupt (bench/interruptions.ts)\n');
  console.log(
    '| load | agents | contacts | without rule (ms) | with rule (ms) | with / without | agent search as a scan (ms) | scan / heap | agentFor: calls per contact | ns per call | share of run | callFor: calls per contact | ns per call | share of run |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  try {
    // Warm-up (JIT) of every variant before anything is timed.
    for (const mode of ['heap', 'scan'] as const) {
      useSearch(mode);
      for (const rule of [false, true]) simulate(blendedTeam(150, rule, 1.1), { seed: 2 });
    }
    for (const load of [1, 1.1]) {
      for (const n of sizes) {
        const off = blendedTeam(n, false, load);
        const on = blendedTeam(n, true, load);
        useSearch('heap');
        const without = best(runs, () => simulate(off, { seed: 1 }));
        let heapResult = '';
        const withRule = best(runs, () => (heapResult = JSON.stringify(simulate(on, { seed: 1 }))));
        useSearch('scan');
        let scanResult = '';
        const scan = best(runs, () => (scanResult = JSON.stringify(simulate(on, { seed: 1 }))));
        if (scanResult !== heapResult) throw new Error(`the scan and the heap gave different results at ${n} agents, load ${load}`);
        // A separate run with the searches wrapped (so the timed runs above pay no clock).
        useSearch('timed');
        Object.assign(tally, { agentForCalls: 0, callForCalls: 0, agentForNs: 0n, callForNs: 0n });
        const t = performance.now();
        const result = simulate(on, { seed: 1 });
        const wrappedNs = (performance.now() - t) * 1e6;
        const contacts = result.overall.offered;
        const per = (calls: number, ns: bigint): string =>
          `${(calls / contacts).toFixed(2)} | ${calls === 0 ? '–' : (Number(ns) / calls).toFixed(0)} | ${((100 * Number(ns)) / wrappedNs).toFixed(1)} %`;
        console.log(
          `| ${load} | ${n} | ${contacts} | ${without.toFixed(0)} | ${withRule.toFixed(0)} | ${(withRule / without).toFixed(2)} | ${scan.toFixed(0)} | ${(scan / withRule).toFixed(2)} | ${per(tally.agentForCalls, tally.agentForNs)} | ${per(tally.callForCalls, tally.callForNs)} |`,
        );
      }
    }
  } finally {
    useSearch('heap');
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runsAt = process.argv.indexOf('--runs');
  runInterruptionsBench({ quick: process.argv.includes('--quick'), runs: runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 2 });
}
