/**
 * The scale ladder of issue 19: the multi-site network (`scale-network.ts`: 150 contact types,
 * 200 skills, 50 agents per group, about 500 per site) at 500, 2,000, 5,000, 20,000 and 50,000
 * agents, one simulated week each, each rung in its own process (`scale-rung.ts`, so peak RSS is
 * the rung's own). Printed per rung: agents, groups, sites, contacts, events, CPU seconds, µs of
 * CPU per event, events per CPU second, wall seconds and peak RSS; then the cost per event of each
 * rung against the first.
 *
 * Run: `npm run bench -- --only scale --ladder [--max-agents N] [--days D] [--runs N]`, or
 * `npx tsx bench/scale-ladder.ts [--max-agents N] [--days D] [--runs N]` (`--max-agents`: stop
 * after the rung of that size; `--days`: a shorter horizon than the week, for a quick look;
 * `--runs`: each rung N times, the lowest CPU time kept). The 50,000 rung takes minutes.
 * @module
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { runRungInChild } from './scale';
import { NETWORK_LADDER } from './scale-network';
import type { RungFigure } from './scale-rung';

/** Options of {@link runScaleLadder}. */
export interface ScaleLadderOptions {
  /**
   * Largest rung to run (agents).
   * @default 50000
   */
  readonly maxAgents?: number;
  /**
   * Simulated days per rung.
   * @default 7
   */
  readonly days?: number;
  /**
   * Runs of each rung (each in a fresh process); the lowest CPU time is reported.
   * @default 1
   */
  readonly runs?: number;
}

const MiB = 1024 * 1024;
const int = (x: number): string => Math.round(x).toLocaleString('en-US');
const rate = (x: number): string => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : `${(x / 1e3).toFixed(0)} k`);

/** Runs the ladder, printing each rung's row as soon as it is measured, and returns the figures. */
export function runScaleLadder(options: ScaleLadderOptions = {}): RungFigure[] {
  const maxAgents = options.maxAgents ?? 50_000;
  const days = options.days ?? 7;
  const runs = options.runs ?? 1;
  if (!(Number.isInteger(runs) && runs >= 1)) throw new RangeError(`runScaleLadder: runs must be a positive integer, got ${runs}`);
  if (!(Number.isInteger(days) && days >= 1)) throw new RangeError(`runScaleLadder: days must be a positive integer, got ${days}`);
  const rungs = NETWORK_LADDER.filter((agents) => agents <= maxAgents);
  if (rungs.length === 0) throw new RangeError(`runScaleLadder: no rung at or below ${maxAgents} agents (the smallest is ${NETWORK_LADDER[0]})`);
  console.log(
    `\nScale ladder: multi-site network (150 contact types, 200 skills, 50 agents per group, about 500 per site), ` +
      `${days === 7 ? 'one simulated week' : `${days} simulated day(s)`} per rung, each in a fresh process after a warm-up run` +
      `${runs > 1 ? `, lowest CPU of ${runs}` : ''}; load average ${loadavg()[0]!.toFixed(1)} at the start`,
  );
  console.log('| agents | groups | sites | contacts | events | CPU s | µs/event (CPU) | events/s (CPU) | wall s | peak RSS MiB | µs/event × first rung |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const out: RungFigure[] = [];
  for (const agents of rungs) {
    let best: RungFigure | undefined;
    for (let i = 0; i < runs; i++) {
      const r = runRungInChild({ factor: 1, agents, days });
      if (best === undefined || r.cpuSeconds < best.cpuSeconds) best = r;
    }
    const r = best!;
    out.push(r);
    const perEvent = (r.cpuSeconds * 1e6) / r.events;
    const first = out[0]!;
    const firstPerEvent = (first.cpuSeconds * 1e6) / first.events;
    console.log(
      `| ${int(agents)} | ${int(r.size.groups)} | ${r.size.sites ?? 3} | ${int(r.contacts)} | ${int(r.events)} | ${r.cpuSeconds.toFixed(1)} | ` +
        `${perEvent.toFixed(2)} | ${rate(r.events / r.cpuSeconds)} | ${r.runSeconds.toFixed(1)} | ${(r.maxRssBytes / MiB).toFixed(0)} | ${(perEvent / firstPerEvent).toFixed(2)} |`,
    );
  }
  console.log(`load average ${loadavg()[0]!.toFixed(1)} at the end`);
  return out;
}

/** Reads `--name value` as a number from the command line, if present. */
export function numberFlag(argv: readonly string[], name: string): number | undefined {
  const at = argv.indexOf(name);
  if (at < 0) return undefined;
  const value = Number(argv[at + 1]);
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a number, got ${argv[at + 1]}`);
  return value;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const maxAgents = numberFlag(process.argv, '--max-agents');
  const days = numberFlag(process.argv, '--days');
  const runs = numberFlag(process.argv, '--runs');
  runScaleLadder({
    ...(maxAgents !== undefined ? { maxAgents } : {}),
    ...(days !== undefined ? { days } : {}),
    ...(runs !== undefined ? { runs } : {}),
  });
}
