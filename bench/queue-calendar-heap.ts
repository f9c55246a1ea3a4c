/**
 * Benchmark of the calendar queue with a heap per bucket (`queue-layout-calendar-heap.ts`)
 * against routelab's `EventQueue` and the calendar queue with sorted lists, in one process:
 * the hold model, up-down and the cancel mix of `bench/event-queue.ts`, plus two same-time
 * workloads (`queue-loops-same-time.ts`): a hold model whose events sit on 5 integer times with
 * 4 priorities, and one whose events all sit on a single time with 4 priorities.
 *
 * Prints ns/op (best of interleaved repetitions after a warm-up) and the speed-up over
 * `EventQueue` (higher is faster). Every queue must pop the same payloads in the same order as
 * `EventQueue` (same order-sensitive checksum), else the run stops with an error.
 *
 * The measured ranges and the verdict (not adopted) are in the doc comment of
 * `CalendarHeapEventQueue` (`queue-layout-calendar-heap.ts`). A full run takes about 70 s, most
 * of it in the sorted-list calendar's same-time tables.
 *
 * Run: `npx tsx bench/queue-calendar-heap.ts [--quick] [--sizes=1e3,1e4] [--reps=5]`.
 * @module
 */
import { pathToFileURL } from 'node:url';
import { EventQueue } from '../src/core/event-queue';
import { CalendarEventQueue } from './queue-layout-calendar';
import { CalendarHeapEventQueue } from './queue-layout-calendar-heap';
import {
  cancelMixEventQueue,
  holdEventQueue,
  upDownEventQueue,
  type EventQueueClass,
  type RunResult,
} from './queue-loops-routelab';
import { holdSameTimeEventQueue, makeSameTimeWorkload, upDownSameTimeEventQueue } from './queue-loops-same-time';
import { formatTable, timeOnce, type Measurement } from './queue-timing';
import { freshCopy, makeWorkload } from './queue-workload';

/** Options of {@link runCalendarHeapBench}. */
export interface CalendarHeapBenchOptions {
  /** Smoke run: small sizes, short loops, one repetition. @default false */
  quick?: boolean;
  /** Numbers of pending events N of the hold, up-down and cancel tables. @default [1e3, 1e4, 1e5, 1e6] */
  sizes?: number[];
  /** Repetitions per measurement at N <= 1e4 (fewer above). @default 7 */
  reps?: number;
}

const SEED = 'routelab-calendar-heap-bench';
/** The reference queue of the ratios and checksums. */
const REFERENCE = 'EventQueue (4-ary heap)';
const QUEUES: ReadonlyArray<readonly [string, EventQueueClass]> = [
  [REFERENCE, EventQueue],
  ['calendar, sorted lists', CalendarEventQueue],
  ['calendar + bucket heaps', CalendarHeapEventQueue],
];

/** One table: a workload maker and the loop that runs it. */
interface Table<W> {
  readonly title: string;
  readonly sizes: readonly number[];
  make(n: number): W;
  readonly loop: (Queue: EventQueueClass, w: W) => RunResult;
}

/** Times every queue on one table; throws when a queue's checksum differs from the reference. */
function runTable<W>(table: Table<W>, repsAt: (n: number) => number): void {
  const loops = QUEUES.map(() => freshCopy(table.loop));
  const warmUp = table.make(1000);
  QUEUES.forEach(([, Queue], i) => loops[i]!(Queue, warmUp));
  const rows: Measurement[] = [];
  for (const n of table.sizes) {
    const w = table.make(n);
    const best = QUEUES.map(() => Infinity);
    const checksums = QUEUES.map(() => Number.NaN);
    // Repetitions are interleaved across queues, so a noisy moment does not favour one queue.
    for (let rep = 0; rep < repsAt(n); rep++) {
      QUEUES.forEach(([name, Queue], i) => {
        const { nsPerOp, checksum } = timeOnce(() => loops[i]!(Queue, w));
        if (i > 0 && checksum !== checksums[0]) {
          throw new Error(`${name}: pops differ from ${REFERENCE} (${table.title}, N = ${n})`);
        }
        checksums[i] = checksum;
        best[i] = Math.min(best[i]!, nsPerOp);
      });
    }
    QUEUES.forEach(([name], i) => {
      rows.push({ queue: name, n, nsPerOp: best[i]!, checksum: checksums[i]!, note: '' });
    });
  }
  console.log(formatTable(table.title, rows, REFERENCE));
}

/** Runs the benchmark and prints one table per workload. */
export function runCalendarHeapBench(options: CalendarHeapBenchOptions = {}): void {
  const quick = options.quick ?? false;
  const sizes = options.sizes ?? (quick ? [1e3, 1e4] : [1e3, 1e4, 1e5, 1e6]);
  const reps = quick ? 1 : (options.reps ?? 7);
  const repsAt = (n: number): number => (n >= 1e6 ? Math.max(1, reps >> 1) : reps);
  const holdSteps = (n: number): number => Math.max(quick ? 1e5 : 4e5, n);
  // The sorted-list calendar needs ~5-25 us per op here: fewer steps and repetitions.
  const sameTimeSteps = quick ? 5e3 : 4e4;
  const sameTimeReps = (): number => Math.min(reps, 5);
  console.log(
    `calendar queue with bucket heaps, node ${process.version}; ns/op = best of ${reps} interleaved runs ` +
      `(${repsAt(1e6)} at N = 1e6) after a warm-up; ratio = ${REFERENCE} ns/op / queue ns/op (higher is faster)`,
  );
  runTable(
    {
      title: 'Hold model (op = pop + push)',
      sizes,
      make: (n) => makeWorkload(n, holdSteps(n), `${SEED}-hold-${n}`, false),
      loop: holdEventQueue,
    },
    repsAt,
  );
  runTable(
    {
      title: 'Up-down (push N, then pop N; op = push + pop)',
      sizes,
      make: (n) => makeWorkload(n, Math.ceil((quick ? 1e5 : 4e5) / n), `${SEED}-updown-${n}`, false),
      loop: upDownEventQueue,
    },
    repsAt,
  );
  runTable(
    {
      title: 'Cancel mix (hold model, ~30% of pushed events cancelled)',
      sizes,
      make: (n) => makeWorkload(n, Math.max(quick ? 5e4 : 2e5, n), `${SEED}-cancel-${n}`, true),
      loop: cancelMixEventQueue,
    },
    repsAt,
  );
  for (const [times, label] of [
    [5, 'times on 5 integers (now + 0..4)'],
    [1, 'a single time'],
  ] as const) {
    runTable(
      {
        title: `Same-time hold model, ${label}, 4 priorities (op = pop + push)`,
        sizes: [1e4],
        make: (n) => makeSameTimeWorkload(n, sameTimeSteps, times, 4, `${SEED}-same-${times}-${n}`),
        loop: holdSameTimeEventQueue,
      },
      sameTimeReps,
    );
    runTable(
      {
        title: `Same-time up-down, ${label}, 4 priorities (op = push + pop)`,
        sizes: [1e4],
        make: (n) => makeSameTimeWorkload(n, sameTimeSteps, times, 4, `${SEED}-same-updown-${times}-${n}`),
        loop: upDownSameTimeEventQueue,
      },
      sameTimeReps,
    );
  }
}

function parseArgs(argv: readonly string[]): CalendarHeapBenchOptions {
  const options: CalendarHeapBenchOptions = {};
  for (const arg of argv) {
    if (arg === '--quick') options.quick = true;
    else if (arg.startsWith('--sizes=')) options.sizes = arg.slice(8).split(',').map(Number);
    else if (arg.startsWith('--reps=')) options.reps = Number(arg.slice(7));
    else throw new Error(`bench/queue-calendar-heap: unknown argument '${arg}' (use --quick, --sizes=a,b, --reps=n)`);
  }
  if (options.reps !== undefined && !(Number.isInteger(options.reps) && options.reps >= 1)) {
    throw new RangeError(`--reps must be a positive integer, got ${options.reps}`);
  }
  return options;
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  runCalendarHeapBench(parseArgs(process.argv.slice(2)));
}
