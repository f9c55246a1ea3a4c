/**
 * Instructions per contact of each layer of the engine cost ladder, counted by valgrind
 * (cachegrind, no cache simulation) rather than timed, so the figures hold on a loaded machine.
 *
 * Each layer (see `bench/engine-layers.ts`) runs once in its own `node --single-threaded` process
 * under valgrind, at two run lengths; the difference of the two counts divided by the difference
 * of the contacts removes start-up, module loading and compilation. The hand-written loop
 * (`bench/engine-loop.ts`) is counted the same way.
 *
 * Run: `npx tsx bench/engine-instructions.ts [layers...] [--arrivals 200000] [--base 50000]`
 * (layers: loop, engine, metrics, collectors, simulate; all by default). Prints one line per
 * layer: instructions per contact and the ratio to the loop.
 * @module
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CallbackCollector } from '../src/metrics/callback-collector';
import { MetricsCollector } from '../src/metrics/collector';
import { JourneyCollector } from '../src/metrics/journey-collector';
import { ContactCenterEngine } from '../src/model/engine';
import type { ContactCenterObserver } from '../src/model/observer';
import { RandomStreams } from '../src/random/streams';
import { PolicyRegistry } from '../src/routing/registry';
import { simulate } from '../src/run/simulate';
import { resolveScenario } from '../src/scenario/resolve';
import { mmcmParams, mmcmScenario } from './engine-scenario';
import { runLoop } from './engine-loop';

/** What can be counted: the hand-written loop or one layer of the library. */
const COUNTED = ['loop', 'engine', 'metrics', 'collectors', 'simulate'] as const;
type Counted = (typeof COUNTED)[number];

/** Runs `what` once on `arrivals` expected arrivals; returns the contacts offered. */
function runOnce(what: Counted, arrivals: number): number {
  const p = mmcmParams(arrivals);
  if (what === 'loop') return runLoop(p).offered;
  if (what === 'simulate') return simulate(mmcmScenario(p), { seed: 1 }).overall.offered;
  const model = resolveScenario(mmcmScenario(p));
  const observers: ContactCenterObserver[] =
    what === 'engine' ? [] : what === 'metrics' ? [new MetricsCollector()] : [new MetricsCollector(), new JourneyCollector(), new CallbackCollector()];
  const counter: ContactCenterObserver = { onArrival: () => offered++ };
  let offered = 0;
  const streams = new RandomStreams(1).substreams('replication', 0);
  const policy = PolicyRegistry.withBuiltIns().create(model.routing, { model, random: streams.stream('routing') });
  // The bare engine keeps no observer: its contacts are the issues its customers opened.
  const engine = new ContactCenterEngine(model, { streams, policy, observers: what === 'engine' ? [] : [...observers, counter] });
  engine.run();
  return what === 'engine' ? engine['issueFlow'].opened : offered;
}

/** Counts the instructions of one process running `what` on `arrivals`; returns them with its output. */
function count(what: Counted, arrivals: number): { instructions: number; output: number } {
  const dir = mkdtempSync(join(tmpdir(), 'routelab-cg-'));
  try {
    const script = new URL(import.meta.url).pathname;
    const out = execFileSync(
      'valgrind',
      ['--tool=cachegrind', '--cache-sim=no', `--cachegrind-out-file=${join(dir, 'cg.out')}`, process.execPath, '--single-threaded', '--import', 'tsx', script, '--run', what, String(arrivals)],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 24 },
    );
    const file = readdirSync(dir).find((f) => f.startsWith('cg.out'));
    if (file === undefined) throw new Error('cachegrind wrote no output file');
    const summary = execFileSync('cg_annotate', [join(dir, file)], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const line = /([\d,]+)\s+\(100\.0%\)\s+PROGRAM TOTALS/.exec(summary) ?? /([\d,]+)\s+PROGRAM TOTALS/.exec(summary);
    if (line === null) throw new Error('no PROGRAM TOTALS line in cg_annotate output');
    return { instructions: Number(line[1]!.replace(/,/g, '')), output: Number(out.trim()) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(argv: string[]): void {
  if (argv[0] === '--run') {
    console.log(runOnce(argv[1] as Counted, Number(argv[2])));
    return;
  }
  let arrivals = 200_000;
  let base = 50_000;
  const chosen: Counted[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--arrivals') arrivals = Number(argv[++i]);
    else if (a === '--base') base = Number(argv[++i]);
    else if ((COUNTED as readonly string[]).includes(a)) chosen.push(a as Counted);
    else throw new Error(`unknown argument '${a}' (layers: ${COUNTED.join(', ')}; --arrivals N, --base N)`);
  }
  const list = chosen.length === 0 ? [...COUNTED] : chosen;
  if (!list.includes('loop')) list.unshift('loop');
  // One uncounted run first: tsx then finds every module already transformed in its cache, so the
  // two counted runs load the same way (a cold cache adds millions of instructions to one of them).
  execFileSync(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, '--run', 'loop', '1000'], { stdio: 'ignore' });
  let loopPerContact = Number.NaN;
  for (const what of list) {
    const big = count(what, arrivals);
    const small = count(what, base);
    const contacts = big.output - small.output;
    const perContact = (big.instructions - small.instructions) / contacts;
    if (what === 'loop') loopPerContact = perContact;
    console.log(`${what.padEnd(11)} ${Math.round(perContact).toLocaleString('en-US').padStart(7)} instructions/contact  ${(perContact / loopPerContact).toFixed(2)}x loop`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
