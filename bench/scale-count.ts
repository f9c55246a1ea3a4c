/**
 * Instructions per event of network rungs (`scale-network.ts`), counted by valgrind's cachegrind
 * (`--cache-sim=no`): a count that does not depend on the load of the machine, unlike times.
 * Bundles `scale-rung.ts` with esbuild (so the count is not mostly the TypeScript loader), runs
 * each rung twice without warm-up under `node --single-threaded`, cut at `--from` and at `--to`
 * hours of the first day, and divides the difference in instructions by the difference in
 * events: the marginal cost per event between those hours (07:00 opening to the morning peak by
 * default), start-up and most JIT compilation cancelled out.
 *
 * With `--cache`, cachegrind also simulates the caches (`--cache-sim=yes`, the host's cache sizes)
 * and the table adds first-level data misses (D1) and last-level misses (LL: data and
 * instructions) per event, counted the same way: the memory traffic per event, load-independent
 * as well (and several times slower to count).
 *
 * Run: `npx tsx bench/scale-count.ts [--agents 5000,20000] [--from 8] [--to 10] [--cache]` (needs
 * valgrind; minutes per rung).
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RungFigure, RungSpec } from './scale-rung';

/** What one rung counted. */
export interface RungCount {
  readonly agents: number;
  /** Events executed between the two cuts. */
  readonly events: number;
  /** Instructions executed between the two cuts (whole process, difference of the two runs). */
  readonly instructions: number;
  /** First-level data cache misses (reads and writes) between the two cuts; null without `--cache`. */
  readonly d1Misses: number | null;
  /** Last-level cache misses (instructions, reads and writes) between the two cuts; null without `--cache`. */
  readonly llMisses: number | null;
}

/** What one cachegrind run counted over the whole process. */
interface ProcessCount {
  readonly instructions: number;
  readonly d1Misses: number | null;
  readonly llMisses: number | null;
}

/** A count valgrind prints on stderr (`label: 1,234 (...)`), or null when it printed none. */
function countOf(stderr: string, label: string): number | null {
  const m = new RegExp(`${label}:\\s+([\\d,]+)`).exec(stderr);
  return m === null ? null : Number(m[1]!.replaceAll(',', ''));
}

/** Runs the bundled rung under cachegrind; returns its instruction count and figures. */
function countOnce(bundle: string, spec: RungSpec, dir: string, cache: boolean): { count: ProcessCount; figure: RungFigure } {
  const child = spawnSync(
    'valgrind',
    [
      '--tool=cachegrind',
      `--cache-sim=${cache ? 'yes' : 'no'}`,
      `--cachegrind-out-file=${join(dir, 'cachegrind.out')}`,
      process.execPath,
      '--single-threaded',
      bundle,
      JSON.stringify(spec),
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (child.status !== 0) throw new Error(`cachegrind run of ${JSON.stringify(spec)} failed (exit ${child.status}):\n${child.stderr}`);
  const instructions = countOf(child.stderr, 'I\\s+refs');
  if (instructions === null) throw new Error(`no instruction count in valgrind's output:\n${child.stderr}`);
  const d1Misses = cache ? countOf(child.stderr, 'D1\\s+misses') : null;
  const llMisses = cache ? countOf(child.stderr, 'LL\\s+misses') : null;
  if (cache && (d1Misses === null || llMisses === null)) throw new Error(`no cache miss counts in valgrind's output:\n${child.stderr}`);
  const last = child.stdout.trim().split('\n').pop() ?? '';
  return { count: { instructions, d1Misses, llMisses }, figure: JSON.parse(last) as RungFigure };
}

/** `b - a` per event, or '' when not counted. */
function perEvent(a: number | null, b: number | null, events: number, digits: number): string {
  return a === null || b === null ? '' : ((b - a) / events).toFixed(digits);
}

/** Counts instructions per event of each rung between hour `from` and hour `to` of the first day. */
export function countRungs(agentsList: readonly number[], from: number, to: number, cache = false): RungCount[] {
  if (!(from > 0 && to > from)) throw new RangeError(`countRungs: need 0 < from < to, got ${from} and ${to}`);
  const dir = mkdtempSync(join(tmpdir(), 'routelab-scale-count-'));
  try {
    const bundle = join(dir, 'scale-rung.mjs');
    const entry = fileURLToPath(new URL('./scale-rung.ts', import.meta.url));
    const built = spawnSync('npx', ['esbuild', entry, '--bundle', '--platform=node', '--format=esm', `--outfile=${bundle}`, '--log-level=warning'], {
      encoding: 'utf8',
      cwd: fileURLToPath(new URL('..', import.meta.url)),
    });
    if (built.status !== 0) throw new Error(`esbuild failed:\n${built.stderr}`);
    const out: RungCount[] = [];
    for (const agents of agentsList) {
      const a = countOnce(bundle, { factor: 1, agents, days: 1, hours: from, warmup: false }, dir, cache);
      const b = countOnce(bundle, { factor: 1, agents, days: 1, hours: to, warmup: false }, dir, cache);
      const events = b.figure.events - a.figure.events;
      const difference = (x: number | null, y: number | null): number | null => (x === null || y === null ? null : y - x);
      const count: RungCount = {
        agents,
        events,
        instructions: b.count.instructions - a.count.instructions,
        d1Misses: difference(a.count.d1Misses, b.count.d1Misses),
        llMisses: difference(a.count.llMisses, b.count.llMisses),
      };
      out.push(count);
      const misses = cache
        ? ` ${perEvent(a.count.d1Misses, b.count.d1Misses, events, 1)} | ${perEvent(a.count.llMisses, b.count.llMisses, events, 2)} |`
        : '';
      console.log(
        `| ${agents.toLocaleString('en-US')} | ${from} h → ${to} h | ${events.toLocaleString('en-US')} | ` +
          `${(count.instructions / 1e9).toFixed(2)} G | ${Math.round(count.instructions / events).toLocaleString('en-US')} |${misses}`,
      );
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string, fallback: string): string => {
    const at = process.argv.indexOf(name);
    return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
  };
  const agents = arg('--agents', '5000,20000').split(',').map(Number);
  const from = Number(arg('--from', '8'));
  const to = Number(arg('--to', '10'));
  const cache = process.argv.includes('--cache');
  console.log(`| agents | span | events | instructions | instructions per event |${cache ? ' D1 misses per event | LL misses per event |' : ''}`);
  console.log(`|---:|---|---:|---:|---:|${cache ? '---:|---:|' : ''}`);
  countRungs(agents, from, to, cache);
}
