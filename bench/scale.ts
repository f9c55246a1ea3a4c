/**
 * Scale: a large multi-skill center (`scale-scenario.ts`: at full size 2,000 agents on duty at
 * the peak in 40 groups, 30 contact types, 50 skills, four channels with chat and messaging
 * concurrency, per-interval staffing and shifts, overflow, callbacks, retrials and repeat contacts)
 * on two ladders:
 *
 * - **size**: 1/8, 1/4, 1/2 and all of the full center over one simulated day;
 * - **horizon**: the full center over 1, 2, 4 and 7 days.
 *
 * Each rung runs in its own child process (`scale-rung.ts`, `node --expose-gc --import tsx`), so
 * its peak RSS is its own, after a short warm-up run in that process so that small rungs do not
 * mostly measure the JIT. Printed: wall time of the run, events/s, contacts/s, µs per event,
 * the mean number of pending events and the cost per event divided by log2 of it, peak RSS,
 * heap; then growth ratios between consecutive rungs (time ratio against contacts ratio: 1.00
 * means linear), and the service level and occupancy of each rung so a reader can see the
 * center is sane.
 *
 * Run: `npx tsx bench/scale.ts [--quick] [--runs N]` (`--quick`: 1/16, 1/8, 1/4 over a day and
 * 1/4 over 1, 2, 4 days; `--runs N`: each rung N times, the fastest kept).
 * @module
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RungFigure, RungSpec } from './scale-rung';

/** Options of {@link runScaleBench}. */
export interface ScaleBenchOptions {
  /**
   * A small ladder (1/16 … 1/4 of the full size; 1/4 over up to 4 days), under 30 s in all.
   * @default false
   */
  readonly quick?: boolean;
  /**
   * Runs of each rung (each in a fresh process); the fastest is reported.
   * @default 1
   */
  readonly runs?: number;
}

/** A ladder: a title and its rungs, in growing order. */
interface Ladder {
  readonly title: string;
  readonly rungs: readonly RungSpec[];
}

/** The two ladders of the full or quick benchmark. */
export function scaleLadders(quick: boolean): Ladder[] {
  const sizes = quick ? [1 / 16, 1 / 8, 1 / 4] : [1 / 8, 1 / 4, 1 / 2, 1];
  const days = quick ? [1, 2, 4] : [1, 2, 4, 7];
  const big = sizes[sizes.length - 1]!;
  return [
    { title: 'size ladder, 1 simulated day', rungs: sizes.map((factor) => ({ factor, days: 1 })) },
    { title: `horizon ladder, ${big === 1 ? 'full size' : `size 1/${1 / big}`}`, rungs: days.map((d) => ({ factor: big, days: d })) },
  ];
}

/** Runs one rung in a fresh Node process and returns what it measured. */
export function runRungInChild(spec: RungSpec): RungFigure {
  const file = fileURLToPath(new URL('./scale-rung.ts', import.meta.url));
  const root = fileURLToPath(new URL('..', import.meta.url));
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', file, JSON.stringify(spec)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (child.status !== 0) {
    throw new Error(`scale rung ${JSON.stringify(spec)} failed (exit ${child.status}):\n${child.stderr}`);
  }
  const last = child.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as RungFigure;
}

const MiB = 1024 * 1024;
const key = (s: RungSpec): string => `${s.factor}/${s.days}`;
const label = (s: RungSpec): string => `${s.factor === 1 ? 'full' : `1/${Math.round(1 / s.factor)}`}, ${s.days} d`;
const pct = (x: number | null): string => (x === null ? 'n/a' : `${(x * 100).toFixed(1)} %`);
const int = (x: number): string => Math.round(x).toLocaleString('en-US');
const rate = (x: number): string => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : `${(x / 1e3).toFixed(0)} k`);

function printRungs(title: string, rows: readonly RungFigure[]): void {
  console.log(`\n${title}`);
  console.log(
    '| rung | agents | groups | types | skills | contacts | events | setup s | wall s | CPU s | events/s | contacts/s | µs/event | mean pending | ns/event/log2(pending) | peak RSS MiB | RSS before run MiB | heap peak MiB | heap live MiB | held by run MiB |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const usPerEvent = (r.runSeconds * 1e6) / r.events;
    console.log(
      `| ${label(r.spec)} | ${int(r.size.agents)} | ${r.size.groups} | ${r.size.contactTypes} | ${r.size.skills} | ${int(r.contacts)} | ${int(r.events)} | ` +
        `${r.setupSeconds.toFixed(2)} | ${r.runSeconds.toFixed(2)} | ${r.cpuSeconds.toFixed(2)} | ${rate(r.events / r.runSeconds)} | ${rate(r.contacts / r.runSeconds)} | ` +
        `${usPerEvent.toFixed(2)} | ${int(r.meanPending)} | ${((usPerEvent * 1000) / r.meanLog2Pending).toFixed(0)} | ` +
        `${(r.maxRssBytes / MiB).toFixed(0)} | ${(r.rssBeforeBytes / MiB).toFixed(0)} | ${(r.heapPeakBytes / MiB).toFixed(1)} | ` +
        `${(r.heapLiveBytes / MiB).toFixed(1)} | ${(r.heapHeldBytes / MiB).toFixed(1)} |`,
    );
  }
}

function printGrowth(rows: readonly RungFigure[]): void {
  console.log('\nGrowth between consecutive rungs (time / contacts = 1.00: linear; µs/event ratio against log2(pending) ratio)');
  console.log('| from → to | contacts × | events × | wall time × | CPU time × | wall / contacts | CPU / contacts | µs/event × | log2(pending) × | peak RSS × | heap live × |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]!;
    const b = rows[i]!;
    const contacts = b.contacts / a.contacts;
    const time = b.runSeconds / a.runSeconds;
    const cpu = b.cpuSeconds / a.cpuSeconds;
    const perEvent = b.runSeconds / b.events / (a.runSeconds / a.events);
    console.log(
      `| ${label(a.spec)} → ${label(b.spec)} | ${contacts.toFixed(2)} | ${(b.events / a.events).toFixed(2)} | ${time.toFixed(2)} | ${cpu.toFixed(2)} | ${(time / contacts).toFixed(2)} | ${(cpu / contacts).toFixed(2)} | ` +
        `${perEvent.toFixed(2)} | ${(b.meanLog2Pending / a.meanLog2Pending).toFixed(2)} | ${(b.maxRssBytes / a.maxRssBytes).toFixed(2)} | ${(b.heapLiveBytes / a.heapLiveBytes).toFixed(2)} |`,
    );
  }
}

function printSanity(rows: readonly RungFigure[]): void {
  console.log('\nThe simulated centers (is the load realistic?)');
  console.log('| rung | service level | SL voice (80/20) | SL chat (80/60) | abandoned | occupancy | utilization | repeat contacts | callbacks accepted | answered by overflow |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${label(r.spec)} | ${pct(r.serviceLevel)} | ${pct(r.serviceLevelVoice)} | ${pct(r.serviceLevelChat)} | ${pct(r.abandonmentRate)} | ${pct(r.occupancy)} | ${pct(r.utilization)} | ` +
        `${int(r.repeatContacts)} | ${int(r.callbacksAccepted)} | ${int(r.overflowAnswered)} |`,
    );
  }
}

/** Runs both ladders, each rung in a child process, and prints the tables. */
export function runScaleBench(options: ScaleBenchOptions = {}): RungFigure[] {
  const quick = options.quick === true;
  const runs = options.runs ?? 1;
  if (!(Number.isInteger(runs) && runs >= 1)) throw new RangeError(`runScaleBench: runs must be a positive integer, got ${runs}`);
  const ladders = scaleLadders(quick);
  const done = new Map<string, RungFigure>();
  const measure = (spec: RungSpec): RungFigure => {
    let best = done.get(key(spec));
    if (best !== undefined) return best;
    for (let i = 0; i < runs; i++) {
      const r = runRungInChild(spec);
      if (best === undefined || r.runSeconds < best.runSeconds) best = r;
    }
    done.set(key(spec), best!);
    return best!;
  };
  console.log(
    `\nScale: generated multi-skill center (full size 2,000 agents at the peak, 40 groups, 30 types, 50 skills, 4 channels), ` +
      `one run per rung in a fresh process after a warm-up run${runs > 1 ? `, fastest of ${runs}` : ''}`,
  );
  const all: RungFigure[] = [];
  for (const ladder of ladders) {
    const rows = ladder.rungs.map(measure);
    printRungs(`Scale, ${ladder.title}`, rows);
    printGrowth(rows);
    all.push(...rows.filter((r) => !all.includes(r)));
  }
  printSanity(all);
  return all;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--runs');
  runScaleBench({ quick: process.argv.includes('--quick'), ...(at >= 0 ? { runs: Number(process.argv[at + 1]) } : {}) });
}
