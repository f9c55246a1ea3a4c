/**
 * Memory: the heap the engine and its metrics hold at the end of a run, for runs of 1, 3, 10 and
 * 30 days (quick: 1, 3, 7) of the same center with no per-contact trace. The state is kept in
 * recycled slots and the metrics in fixed-size accumulators, so it should stay flat as the number
 * of contacts grows 30×; only the per-interval and per-day results grow with the horizon (a few
 * numbers per half-hour).
 *
 * Measured as the heap used (JS heap plus typed-array buffers) inside the run's `onEnd` (engine, state and observers all alive),
 * minus the heap used once the run has returned and they (and the result) are garbage, each after a
 * full garbage collection. Needs `gc`: the bench turns on `--expose-gc` at run time.
 *
 * Run: `npx tsx bench/memory.ts [--quick]`.
 * @module
 */
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ContactCenterObserver } from '../src/model/observer';
import { simulate } from '../src/run/simulate';
import type { ScenarioInput } from '../src/scenario/schema';
import { mmcmParams, mmcmScenario } from './engine-scenario';

/** Options of {@link runMemoryBench}. */
export interface MemoryBenchOptions {
  /**
   * Days 1, 3 and 7 instead of 1, 3, 10 and 30.
   * @default false
   */
  readonly quick?: boolean;
}

/** What one run held. */
export interface MemoryFigure {
  readonly days: number;
  readonly contacts: number;
  /** Heap held by the engine, its state and observers at the end of the run (bytes). */
  readonly retainedBytes: number;
}

const DAY = 86_400;

/** The M/M/100+M center of the engine benchmark (95 erlangs, about 45,600 contacts a day). */
export function memoryScenario(days: number): ScenarioInput {
  return { ...mmcmScenario(mmcmParams(1)), name: 'memory', horizon: days * DAY };
}

/** JS heap plus ArrayBuffer memory (the typed arrays' contents live outside the JS heap). */
function used(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  return () => {
    gc();
    gc();
  };
}

/** Runs `days` days of the center and measures the heap it holds at the end. */
export function measureRun(days: number): MemoryFigure {
  const gc = collector();
  let atEnd = 0;
  const probe: ContactCenterObserver = {
    onEnd() {
      gc();
      atEnd = used();
    },
  };
  const contacts = simulate(memoryScenario(days), { seed: 1, observers: [probe] }).overall.offered;
  gc();
  const released = used();
  return { days, contacts, retainedBytes: atEnd - released };
}

/** The horizons (days) of the ladder. */
export function memoryLadder(quick: boolean): number[] {
  return quick ? [1, 3, 7] : [1, 3, 10, 30];
}

/** Prints the heap held after runs over a ladder of horizons (1, 3, 10, 30 days; quick: 1, 3, 7). */
export function runMemoryBench(options: MemoryBenchOptions = {}): MemoryFigure[] {
  const ladder = memoryLadder(options.quick === true);
  measureRun(1); // warm-up: code and caches
  // Buffers are released with some lag, so each figure is the median of three runs.
  const median = (days: number): MemoryFigure => {
    const runs = [measureRun(days), measureRun(days), measureRun(days)].sort((a, b) => a.retainedBytes - b.retainedBytes);
    return runs[1]!;
  };
  const rows = ladder.map(median);
  console.log('\nMemory: heap held at the end of a run (engine, state, metrics; no per-contact trace; M/M/100+M, 95 erlangs; median of 3)');
  console.log('| horizon | contacts | half-hour intervals | heap held | held per contact | held / held on day 1 |');
  console.log('|---|---:|---:|---:|---:|---:|');
  const first = rows[0]!;
  for (const r of rows) {
    const intervals = (r.days * DAY) / 1800;
    console.log(
      `| ${r.days} day${r.days > 1 ? 's' : ''} | ${r.contacts.toLocaleString('en-US')} | ${intervals.toLocaleString('en-US')} | ${(r.retainedBytes / 1024).toFixed(0)} KiB | ` +
        `${(r.retainedBytes / r.contacts).toFixed(2)} B | ${(r.retainedBytes / first.retainedBytes).toFixed(2)}× |`,
    );
  }
  const short = first;
  const longRun = rows[rows.length - 1]!;
  console.log(
    `${longRun.days}× the horizon, ${(longRun.contacts / short.contacts).toFixed(1)}× the contacts: ${(longRun.retainedBytes / short.retainedBytes).toFixed(2)}× the heap ` +
      `(${((longRun.retainedBytes / longRun.contacts) / (short.retainedBytes / short.contacts)).toFixed(3)}× per contact). What grows with the horizon is the ` +
      'per-interval and per-day results (about 9 numbers per interval); the contact and event tables follow the largest number of contacts present at once.',
  );
  return rows;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runMemoryBench({ quick: process.argv.includes('--quick') });
}
