import { pathToFileURL } from 'node:url';
import { erlangA } from '../src/analytic/erlang-a';
import { simulate } from '../src/run/simulate';
import type { ScenarioInput } from '../src/scenario/schema';
import { runLoop, type MmcmParams } from './engine-loop';

/** The M/M/c+M center of the throughput benchmark as a routelab scenario. */
export function mmcmScenario(p: MmcmParams): ScenarioInput {
  return {
    name: 'M/M/c+M throughput',
    horizon: p.arrivals / p.arrivalRate,
    endOfDay: 'cut',
    skills: ['general'],
    contactTypes: [
      {
        name: 'calls',
        channel: 'voice',
        skills: { general: 1 },
        arrivals: { rate: `${p.arrivalRate}/s` },
        handleTime: { kind: 'exponential', mean: p.meanHandleTime },
        patience: { kind: 'exponential', mean: p.meanPatience },
        serviceLevel: { target: 0.8, within: p.serviceLevelThreshold },
      },
    ],
    agentGroups: [{ name: 'agents', skills: { general: 1 }, agents: p.agents }],
  };
}

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
 * through the full library (scenario in, results out) and through the hand-written loop, in the
 * same process. Prints contacts/s, events/s and the ratio.
 */
export function runEngineBench(options: { quick?: boolean } = {}): void {
  const p: MmcmParams = {
    agents: 100,
    arrivalRate: 95 / 180,
    meanHandleTime: 180,
    meanPatience: 900,
    arrivals: options.quick === true ? 100_000 : 1_000_000,
    serviceLevelThreshold: 20,
  };
  const runs = options.quick === true ? 1 : 3;
  const scenario = mmcmScenario(p);
  const loop = best(runs, () => runLoop(p));
  const lib = best(runs, () => simulate(scenario, { seed: 1 }));
  const theory = erlangA({ arrivalRate: p.arrivalRate, meanServiceTime: p.meanHandleTime, meanPatience: p.meanPatience, agents: p.agents });
  const rows = [
    ['hand-written loop', loop.value.offered, loop.value.events, loop.seconds, loop.value.abandoned / loop.value.offered],
    ['routelab (scenario → results)', lib.value.overall.offered, lib.value.events, lib.seconds, lib.value.overall.abandonmentRate ?? 0],
  ] as const;
  console.log(`\nEngine throughput: M/M/${p.agents}+M, ${p.arrivals.toLocaleString('en-US')} arrivals, load 95 erlangs (best of ${runs})`);
  console.log('| run | contacts/s | events/s | P(abandon) |');
  console.log('|---|---:|---:|---:|');
  for (const [name, contacts, events, seconds, pAb] of rows) {
    console.log(`| ${name} | ${fmt(contacts / seconds)} | ${fmt(events / seconds)} | ${pAb.toFixed(4)} |`);
  }
  console.log(`| Erlang A (theory) | | | ${theory.probabilityOfAbandon.toFixed(4)} |`);
  console.log(`library / loop time per contact: ${((lib.seconds / lib.value.overall.offered) / (loop.seconds / loop.value.offered)).toFixed(2)}x`);
}

function fmt(x: number): string {
  return x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : `${(x / 1e3).toFixed(0)} k`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runEngineBench({ quick: process.argv.includes('--quick') });
}
