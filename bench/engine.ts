/**
 * Engine throughput: the M/M/c+M center through the full library (scenario in, results out) and
 * through the two hand-written loops, `engine-loop.ts` (abandoners dropped lazily at the head of
 * the line) and `engine-timer-loop.ts` (a patience timer per waiting caller, cancelled on service),
 * in the same process; then the cost ladder of `engine-layers.ts` (each layer in its own process,
 * against both loops run in that process).
 *
 * Run: `npx tsx bench/engine.ts [--quick]`.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { erlangA } from '../src/analytic/erlang-a';
import { simulate } from '../src/run/simulate';
import { LAYERS, type Layer, type LayerFigure } from './engine-layers';
import { runLoop } from './engine-loop';
import { runTimerLoop } from './engine-timer-loop';
import { mmcmParams, mmcmScenario } from './engine-scenario';

export { mmcmScenario } from './engine-scenario';

function best<T>(runs: number, f: () => T): { seconds: number; value: T } {
  let seconds = Infinity;
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = f();
    seconds = Math.min(seconds, (performance.now() - t0) / 1000);
  }
  return { seconds, value };
}

/**
 * Engine throughput: the M/M/c+M center (100 agents, 95 erlangs, patience 5× the handle time)
 * through the full library and through the hand-written loop, in the same process. Prints
 * contacts/s, events/s and the ratio, then where the library's time per contact goes.
 */
export function runEngineBench(options: { quick?: boolean } = {}): void {
  const arrivals = options.quick === true ? 100_000 : 1_000_000;
  const p = mmcmParams(arrivals);
  const runs = options.quick === true ? 1 : 3;
  const scenario = mmcmScenario(p);
  const loop = best(runs, () => runLoop(p));
  const timerLoop = best(runs, () => runTimerLoop(p));
  const lib = best(runs, () => simulate(scenario, { seed: 1 }));
  const theory = erlangA({ arrivalRate: p.arrivalRate, meanServiceTime: p.meanHandleTime, meanPatience: p.meanPatience, agents: p.agents });
  const rows = [
    ['hand-written loop (lazy abandonment)', loop.value.offered, loop.value.events, loop.seconds, loop.value.abandoned / loop.value.offered],
    ['hand-written loop (patience timers)', timerLoop.value.offered, timerLoop.value.events, timerLoop.seconds, timerLoop.value.abandoned / timerLoop.value.offered],
    ['routelab (scenario → results)', lib.value.overall.offered, lib.value.events, lib.seconds, lib.value.overall.abandonmentRate ?? 0],
  ] as const;
  console.log(`\nEngine throughput: M/M/${p.agents}+M, ${arrivals.toLocaleString('en-US')} arrivals, load 95 erlangs (best of ${runs})`);
  console.log('| run | contacts/s | events/s | P(abandon) |');
  console.log('|---|---:|---:|---:|');
  for (const [name, contacts, events, seconds, pAb] of rows) {
    console.log(`| ${name} | ${fmt(contacts / seconds)} | ${fmt(events / seconds)} | ${pAb.toFixed(4)} |`);
  }
  console.log(`| Erlang A (theory) | | | ${theory.probabilityOfAbandon.toFixed(4)} |`);
  const libPer = lib.seconds / lib.value.overall.offered;
  console.log(`library / lazy loop time per contact: ${(libPer / (loop.seconds / loop.value.offered)).toFixed(2)}x`);
  console.log(`library / timer loop time per contact: ${(libPer / (timerLoop.seconds / timerLoop.value.offered)).toFixed(2)}x`);
  costLadder(arrivals, runs, lib.value.overall.offered, lib.value.events);
}

/**
 * Where the time per contact goes: each layer of `engine-layers.ts` in fresh processes (one per
 * round, each timing two runs; the rounds interleaved over the layers so that passing load hits
 * every layer alike),
 * timed as a ratio to both loops run in the same processes. Every layer must execute the events
 * `simulate` did.
 */
function costLadder(arrivals: number, rounds: number, contacts: number, events: number): void {
  console.log(`\nWhere the time per contact goes (each layer in ${rounds} fresh process${rounds === 1 ? '' : 'es'}, best of 2 runs each, against both loops run in the same processes)`);
  console.log('| layers | µs per contact | lazy loop µs | timer loop µs | × lazy loop | × timer loop |');
  console.log('|---|---:|---:|---:|---:|---:|');
  const layers = Object.keys(LAYERS) as Layer[];
  const bestOf = layers.map(() => ({ seconds: Infinity, loopPer: Infinity, timerLoopPer: Infinity }));
  for (let r = 0; r < rounds; r++) {
    layers.forEach((layer, k) => {
      const f = layerInChild(layer, arrivals, 2);
      if (f.events !== events) throw new Error(`${layer}: ${f.events} events, simulate executed ${events}`);
      const b = bestOf[k]!;
      b.seconds = Math.min(b.seconds, f.seconds);
      b.loopPer = Math.min(b.loopPer, f.loopSeconds / f.loopContacts);
      b.timerLoopPer = Math.min(b.timerLoopPer, f.timerLoopSeconds / f.loopContacts);
    });
  }
  layers.forEach((layer, k) => {
    const { seconds, loopPer, timerLoopPer } = bestOf[k]!;
    const per = seconds / contacts;
    const us = (x: number): string => (x * 1e6).toFixed(3);
    console.log(`| ${LAYERS[layer]} | ${us(per)} | ${us(loopPer)} | ${us(timerLoopPer)} | ${(per / loopPer).toFixed(2)} | ${(per / timerLoopPer).toFixed(2)} |`);
  });
}

/** Measures one layer in a fresh Node process (see `engine-layers.ts`). */
function layerInChild(layer: Layer, arrivals: number, rounds: number): LayerFigure {
  const file = fileURLToPath(new URL('./engine-layers.ts', import.meta.url));
  const root = fileURLToPath(new URL('..', import.meta.url));
  const child = spawnSync(process.execPath, ['--import', 'tsx', file, JSON.stringify({ layer, arrivals, rounds })], {
    cwd: root,
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`engine layer ${layer} failed (exit ${child.status}):\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as LayerFigure;
}

function fmt(x: number): string {
  return x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : `${(x / 1e3).toFixed(0)} k`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runEngineBench({ quick: process.argv.includes('--quick') });
}
