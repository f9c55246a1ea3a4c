/**
 * Instructions per event of network rungs (`scale-network.ts`), counted by valgrind's cachegrind
 * (`--cache-sim=no`): a count that does not depend on the load of the machine, unlike times.
 * Bundles `scale-rung.ts` with esbuild (so the count is not mostly the TypeScript loader), runs
 * each rung twice without warm-up under `node --single-threaded`, cut at `--from` and at `--to`
 * hours of the first day, and divides the difference in instructions by the difference in
 * events: the marginal cost per event between those hours (07:00 opening to the morning peak by
 * default), start-up and most JIT compilation cancelled out.
 *
 * Run: `npx tsx bench/scale-count.ts [--agents 5000,20000] [--from 8] [--to 10]` (needs valgrind;
 * minutes per rung).
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
}

/** Runs the bundled rung under cachegrind; returns its instruction count and figures. */
function countOnce(bundle: string, spec: RungSpec, dir: string): { instructions: number; figure: RungFigure } {
  const child = spawnSync(
    'valgrind',
    ['--tool=cachegrind', '--cache-sim=no', `--cachegrind-out-file=${join(dir, 'cachegrind.out')}`, process.execPath, '--single-threaded', bundle, JSON.stringify(spec)],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (child.status !== 0) throw new Error(`cachegrind run of ${JSON.stringify(spec)} failed (exit ${child.status}):\n${child.stderr}`);
  const refs = /I\s+refs:\s+([\d,]+)/.exec(child.stderr);
  if (refs === null) throw new Error(`no instruction count in valgrind's output:\n${child.stderr}`);
  const last = child.stdout.trim().split('\n').pop() ?? '';
  return { instructions: Number(refs[1]!.replaceAll(',', '')), figure: JSON.parse(last) as RungFigure };
}

/** Counts instructions per event of each rung between hour `from` and hour `to` of the first day. */
export function countRungs(agentsList: readonly number[], from: number, to: number): RungCount[] {
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
      const a = countOnce(bundle, { factor: 1, agents, days: 1, hours: from, warmup: false }, dir);
      const b = countOnce(bundle, { factor: 1, agents, days: 1, hours: to, warmup: false }, dir);
      const count = { agents, events: b.figure.events - a.figure.events, instructions: b.instructions - a.instructions };
      out.push(count);
      console.log(
        `| ${agents.toLocaleString('en-US')} | ${from} h → ${to} h | ${count.events.toLocaleString('en-US')} | ` +
          `${(count.instructions / 1e9).toFixed(2)} G | ${Math.round(count.instructions / count.events).toLocaleString('en-US')} |`,
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
  console.log('| agents | span | events | instructions | instructions per event |');
  console.log('|---:|---|---:|---:|---:|');
  countRungs(agents, from, to);
}
