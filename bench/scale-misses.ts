/**
 * Cache misses per event of network rungs (`scale-network.ts`) in the middle of the first day, and
 * the compiled functions they come from: valgrind's callgrind with its cache simulation
 * (`--cache-sim=yes`, first-level data cache D1 and last level LL of this AMD EPYC by default) on
 * an esbuild bundle of `scale-window.ts`, which switches the instrumentation on at hour `--from`
 * and off at `--from` + `--short` or `--from` + `--long` hours; the difference of the two runs over
 * the difference of their events is the marginal cost of an event in that stretch of the day (the
 * switches' own cost and the end of the run cancel). The hours before `--from` run
 * uninstrumented, so a 20,000-agent rung counts in minutes. JIT code is attributed to functions
 * through Node's `--perf-basic-prof` map and esbuild's file markers (`engine-profile-parse.ts`):
 * code the JIT inlined counts in its caller. Counts do not depend on the machine's load.
 *
 * Run: `npx tsx bench/scale-misses.ts [--agents 2000,20000] [--from 12] [--short 0.05] [--long 0.2]
 * [--functions 25] [--ll 33554432,16,64] [--bundle file.mjs]` (`--bundle`: a bundle of
 * `scale-window.ts` built elsewhere, e.g. from another tree, instead of this tree's).
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { costByFunction, selfCostByNativeFunction } from './engine-profile-parse';
import type { WindowFigure, WindowSpec } from './scale-window';

/** The events counted: instructions, D1 misses (reads, writes), LL data misses (reads, writes). */
const EVENTS = ['Ir', 'D1mr', 'D1mw', 'DLmr', 'DLmw'] as const;
type Event = (typeof EVENTS)[number];

/** One instrumented run: its figure, its totals and its per-function costs per event kind. */
interface WindowCount {
  readonly figure: WindowFigure;
  readonly totals: Record<Event, number>;
  readonly functions: Record<Event, Map<string, number>>;
  /** Per native symbol (Node, V8 runtime, GC, libc), D1 misses (reads + writes) and LL data misses. */
  readonly native: { readonly d1: Map<string, number>; readonly ll: Map<string, number> };
}

/** Runs the bundle under callgrind for one window. */
function countWindow(bundle: string, dir: string, spec: WindowSpec, ll: string): WindowCount {
  const out = join(dir, `cg-${spec.agents}-${spec.to}.out`);
  const run = spawnSync(
    'valgrind',
    [
      '--tool=callgrind',
      '--instr-atstart=no',
      '--cache-sim=yes',
      '--dump-instr=yes',
      '--dump-line=no',
      '--D1=32768,8,64',
      `--LL=${ll}`,
      `--callgrind-out-file=${out}`,
      process.execPath,
      '--single-threaded',
      '--perf-basic-prof',
      bundle,
      JSON.stringify(spec),
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26, cwd: dir },
  );
  if (run.status !== 0) throw new Error(`callgrind run of ${JSON.stringify(spec)} failed (exit ${run.status}):\n${run.stderr.slice(-3000)}`);
  const mapFile = `/tmp/perf-${run.pid}.map`;
  try {
    const [cg, map, code] = [readFileSync(out, 'utf8'), readFileSync(mapFile, 'utf8'), readFileSync(bundle, 'utf8')];
    const names = /^events:(.*)$/m.exec(cg)?.[1]?.trim().split(/\s+/) ?? [];
    const totalsLine = /^totals:(.*)$/m.exec(cg)?.[1]?.trim().split(/\s+/).map(Number) ?? [];
    const totals = {} as Record<Event, number>;
    const functions = {} as Record<Event, Map<string, number>>;
    for (const e of EVENTS) {
      totals[e] = totalsLine[names.indexOf(e)] ?? 0;
      functions[e] = costByFunction(cg, map, code, basename(bundle), e);
    }
    const sum = (a: string, b: string): Map<string, number> => {
      const m = selfCostByNativeFunction(cg, a);
      for (const [f, n] of selfCostByNativeFunction(cg, b)) m.set(f, (m.get(f) ?? 0) + n);
      return m;
    };
    const last = run.stdout.trim().split('\n').pop() ?? '';
    return { figure: JSON.parse(last) as WindowFigure, totals, functions, native: { d1: sum('D1mr', 'D1mw'), ll: sum('DLmr', 'DLmw') } };
  } finally {
    rmSync(mapFile, { force: true });
    rmSync(out, { force: true });
  }
}

/** Per event between the two windows: instructions, D1 and LL data misses, total and per function. */
export interface MissCount {
  readonly agents: number;
  readonly events: number;
  readonly instructions: number;
  readonly d1: number;
  readonly ll: number;
  /** D1 misses (reads + writes) per event, per compiled function, most first. */
  readonly d1ByFunction: [string, number][];
  /** LL data misses per event, per compiled function. */
  readonly llByFunction: Map<string, number>;
  /** Instructions per event, per compiled function. */
  readonly irByFunction: Map<string, number>;
  /** D1 misses per event of native code, per symbol, most first. */
  readonly d1ByNative: [string, number][];
  /** LL data misses per event of native code, per symbol. */
  readonly llByNative: Map<string, number>;
}

/** `long - short` per event of two per-name maps. */
function mapPerEvent(short: Map<string, number>, long: Map<string, number>, events: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const [f, n] of long) out.set(f, (out.get(f) ?? 0) + n / events);
  for (const [f, n] of short) out.set(f, (out.get(f) ?? 0) - n / events);
  return out;
}

/** `long - short` per event of `events`, summed over the events named. */
function perEvent(short: WindowCount, long: WindowCount, events: number, kinds: readonly Event[]): { total: number; byFunction: Map<string, number> } {
  let total = 0;
  const byFunction = new Map<string, number>();
  for (const k of kinds) {
    total += (long.totals[k] - short.totals[k]) / events;
    for (const [f, n] of long.functions[k]) byFunction.set(f, (byFunction.get(f) ?? 0) + n / events);
    for (const [f, n] of short.functions[k]) byFunction.set(f, (byFunction.get(f) ?? 0) - n / events);
  }
  return { total, byFunction };
}

/** Counts the misses per event of one rung between `from + short` and `from + long` hours. */
export function countMisses(bundle: string, agents: number, from: number, short: number, long: number, ll: string): MissCount {
  const dir = mkdtempSync(join(tmpdir(), 'routelab-scale-misses-'));
  try {
    const a = countWindow(bundle, dir, { agents, from, to: from + short }, ll);
    const b = countWindow(bundle, dir, { agents, from, to: from + long }, ll);
    const events = b.figure.events - a.figure.events;
    const d1 = perEvent(a, b, events, ['D1mr', 'D1mw']);
    const ir = perEvent(a, b, events, ['Ir']);
    return {
      agents,
      events,
      instructions: ir.total,
      irByFunction: ir.byFunction,
      d1: d1.total,
      ll: perEvent(a, b, events, ['DLmr', 'DLmw']).total,
      d1ByFunction: [...d1.byFunction].sort((x, y) => y[1] - x[1]),
      llByFunction: perEvent(a, b, events, ['DLmr', 'DLmw']).byFunction,
      d1ByNative: [...mapPerEvent(a.native.d1, b.native.d1, events)].sort((x, y) => y[1] - x[1]),
      llByNative: mapPerEvent(a.native.ll, b.native.ll, events),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string, fallback: string): string => {
    const at = process.argv.indexOf(name);
    return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
  };
  const agentsList = arg('--agents', '2000,20000').split(',').map(Number);
  const from = Number(arg('--from', '12'));
  const short = Number(arg('--short', '0.05'));
  const long = Number(arg('--long', '0.2'));
  const top = Number(arg('--functions', '25'));
  const ll = arg('--ll', '33554432,16,64');
  if (!(from >= 0 && short > 0 && long > short)) throw new RangeError(`need --from ≥ 0 and 0 < --short < --long, got ${from}, ${short}, ${long}`);
  let bundle = arg('--bundle', '');
  let built: string | null = null;
  if (bundle === '') {
    built = mkdtempSync(join(tmpdir(), 'routelab-scale-misses-bundle-'));
    bundle = join(built, 'scale-window.mjs');
    buildSync({ entryPoints: [fileURLToPath(new URL('./scale-window.ts', import.meta.url))], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error' });
  }
  try {
    for (const agents of agentsList) {
      const c = countMisses(bundle, agents, from, short, long, ll);
      console.log(
        `${agents} agents, ${from + short} h → ${from + long} h: ${c.events.toLocaleString('en-US')} events; per event ` +
          `${Math.round(c.instructions).toLocaleString('en-US')} instructions, ${c.d1.toFixed(1)} D1 misses, ${c.ll.toFixed(2)} LL data misses (LL ${ll})`,
      );
      console.log('  D1 misses per event | LL data misses per event | instructions per event | compiled function');
      for (const [f, n] of c.d1ByFunction.slice(0, top)) {
        console.log(`  ${n.toFixed(2).padStart(8)} | ${(c.llByFunction.get(f) ?? 0).toFixed(3).padStart(8)} | ${(c.irByFunction.get(f) ?? 0).toFixed(0).padStart(6)} | ${f}`);
      }
      console.log('  native code by symbol:');
      for (const [f, n] of c.d1ByNative.slice(0, Math.ceil(top / 2))) console.log(`  ${n.toFixed(2).padStart(8)} | ${(c.llByNative.get(f) ?? 0).toFixed(3).padStart(8)} | ${f}`);
    }
  } finally {
    if (built !== null) rmSync(built, { recursive: true, force: true });
  }
}
