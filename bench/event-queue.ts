/**
 * Benchmark of routelab's event queue against tinyqueue, flatqueue and heap-js, in one process on
 * the same seeded workloads (pre-generated with seedrandom's `alea`, so RNG cost is not timed):
 *
 * 1. hold model (Jones 1986): N pending events; each op pops the minimum and pushes it + Exp(1);
 * 2. up-down: push N events, then pop them all (an op = one push + one pop);
 * 3. cancel mix: the hold model where ~30% of pushed events are cancelled before they fire.
 *
 * Prints ns/op (best of a few repetitions after a warm-up) and the speed-up over tinyqueue.
 * Queues that agree pop the same payloads in the same order (same checksum).
 *
 * Run: `npx tsx bench/event-queue.ts [--quick] [--layouts] [--sizes=1e3,1e5]`.
 *
 * Instruction counts (what docs/performance.md quotes; the machine's load does not change them):
 * `--run=<queue>,<workload>,<N>,<steps>` runs one queue (`routelab`, `eager`, `tinyqueue`,
 * `flatqueue`, `heap-js`) once on one workload (`hold`, `updown`, `cancel`; the workload is drawn
 * for 1e6 steps whatever `steps`, so two runs differ only in the steps) and prints its checksum.
 * Count it twice under cachegrind and divide the difference by the difference in steps:
 * `valgrind --tool=cachegrind --cache-sim=no node --single-threaded --import tsx bench/event-queue.ts
 * --run=routelab,hold,1000,300000` (then 100000).
 * @module
 */
import { pathToFileURL } from 'node:url';
import { libraryContenders, REFERENCE, type Contender, type Runner } from './queue-contenders';
import { layoutContenders } from './queue-layouts';
import { formatTable, timeOnce, type Measurement } from './queue-timing';
import { makeWorkload, type QueueWorkload } from './queue-workload';

/** Options of {@link runEventQueueBench}. */
export interface EventQueueBenchOptions {
  /** Smoke run: fewer sizes, fewer steps, one repetition. @default false */
  quick?: boolean;
  /** Numbers of pending events N. @default [10, 100, 1e3, 1e4, 1e5, 1e6] (quick: [100, 1e4]) */
  sizes?: number[];
  /** Compare routelab's queue with the eager heap it replaced, instead of the libraries. @default false */
  layouts?: boolean;
}

const SEED = 'routelab-event-queue-bench';

interface Workload {
  readonly title: string;
  /** Builds the workload for N pending events. */
  make(n: number): QueueWorkload;
  pick(c: Contender): Runner | undefined;
  note(c: Contender): string;
  applies(c: Contender, n: number): boolean;
}

function workloads(quick: boolean): Workload[] {
  // Steps per timed run (each run is repeated `reps` times, interleaved across queues).
  const holdSteps = (n: number): number => Math.max(quick ? 1e5 : 4e5, n);
  const cancelSteps = (n: number): number => Math.max(quick ? 5e4 : 2e5, n);
  const upDownElements = quick ? 1e5 : 4e5;
  const stability = (c: Contender): string => (c.stable ? 'stable' : 'not stable');
  return [
    {
      title: 'Hold model (op = pop + push)',
      make: (n) => makeWorkload(n, holdSteps(n), `${SEED}-hold-${n}`, false),
      pick: (c) => c.hold,
      note: stability,
      applies: () => true,
    },
    {
      title: 'Up-down (push N, then pop N; op = push + pop)',
      make: (n) => makeWorkload(n, Math.ceil(upDownElements / n), `${SEED}-updown-${n}`, false),
      pick: (c) => c.upDown,
      note: stability,
      applies: () => true,
    },
    {
      title: 'Cancel mix (hold model, ~30% of pushed events cancelled; op = pop + push [+ cancel + push])',
      make: (n) => makeWorkload(n, cancelSteps(n), `${SEED}-cancel-${n}`, true),
      pick: (c) => c.cancelMix,
      note: (c) => c.cancelNote,
      applies: (c, n) => c.cancelMix !== undefined && n <= c.cancelMaxN,
    },
  ];
}

/** Runs the benchmark and prints one table per workload. */
export function runEventQueueBench(options: EventQueueBenchOptions = {}): void {
  const quick = options.quick ?? false;
  const sizes = options.sizes ?? (quick ? [100, 1e4] : [10, 100, 1e3, 1e4, 1e5, 1e6]);
  const contenders = options.layouts === true ? layoutContenders() : libraryContenders();
  console.log(
    `event queue benchmark (${options.layouts === true ? 'layouts' : 'libraries'}), node ${process.version}; ` +
      `ns/op = best of ${quick ? '1 run' : '5 runs (N <= 1e4), 3 (1e5), 1 (1e6)'} after a warm-up, ` +
      `repetitions interleaved across queues; ratio = ${REFERENCE} ns/op / queue ns/op (higher is faster)`,
  );
  const all = workloads(quick);
  for (const workload of all) {
    const warmUp = workload.make(1000);
    for (const c of contenders) workload.pick(c)?.(warmUp);
    const rows: Measurement[] = [];
    for (const n of sizes) {
      const w = workload.make(n);
      const reps = quick || n >= 1e6 ? 1 : n >= 1e5 ? 3 : 5;
      const active = contenders.filter((c) => workload.pick(c) !== undefined && workload.applies(c, n));
      const best = active.map(() => Infinity);
      const checksums = active.map(() => Number.NaN);
      // Repetitions are interleaved across queues, so a noisy moment does not favour one queue.
      for (let rep = 0; rep < reps; rep++) {
        active.forEach((c, i) => {
          const { nsPerOp, checksum } = timeOnce(() => workload.pick(c)!(w));
          if (rep > 0 && checksum !== checksums[i]) throw new Error(`${c.name}: checksum changed between runs`);
          checksums[i] = checksum;
          best[i] = Math.min(best[i]!, nsPerOp);
        });
      }
      active.forEach((c, i) => {
        rows.push({ queue: c.name, n, nsPerOp: best[i]!, checksum: checksums[i]!, note: workload.note(c) });
      });
    }
    console.log(formatTable(workload.title, rows, REFERENCE));
  }
}

/** Runs one queue once on one workload, untimed, and prints its checksum (see the module comment). */
export function runOneQueue(spec: string): void {
  const [queue, workload, nText, stepsText] = spec.split(',');
  const n = Number(nText);
  const steps = Number(stepsText);
  const contenders = [...libraryContenders(), { ...layoutContenders()[1]!, name: 'eager' }];
  const c = contenders.find((x) => x.name === queue);
  if (c === undefined || !(n >= 1) || !(steps >= 1 && steps <= 1e6)) {
    throw new Error(`--run=<queue>,<hold|updown|cancel>,<N>,<steps <= 1e6>: queue one of ${contenders.map((x) => x.name).join(', ')}; got '${spec}'`);
  }
  const w = makeWorkload(n, 1e6, `${SEED}-count-${n}`, workload === 'cancel');
  const run = workload === 'cancel' ? c.cancelMix : workload === 'updown' ? c.upDown : workload === 'hold' ? c.hold : undefined;
  if (run === undefined) throw new Error(`--run: unknown workload '${workload}' (hold, updown, cancel)`);
  const result = run(workload === 'updown' ? { ...w, steps: Math.ceil(steps / n) } : { ...w, steps });
  console.log(`${queue} ${workload} N=${n} steps=${steps} checksum ${(result.checksum >>> 0).toString(16)}`);
}

function parseArgs(argv: readonly string[]): EventQueueBenchOptions & { run?: string } {
  const options: EventQueueBenchOptions & { run?: string } = {};
  for (const arg of argv) {
    if (arg === '--quick') options.quick = true;
    else if (arg.startsWith('--run=')) options.run = arg.slice(6);
    else if (arg === '--layouts') options.layouts = true;
    else if (arg.startsWith('--sizes=')) options.sizes = arg.slice(8).split(',').map(Number);
    else throw new Error(`bench/event-queue: unknown argument '${arg}' (use --quick, --layouts, --sizes=a,b, --run=q,w,n,steps)`);
  }
  return options;
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  const options = parseArgs(process.argv.slice(2));
  if (options.run === undefined) runEventQueueBench(options);
  else runOneQueue(options.run);
}
