/**
 * Parallel replications: `runExperiment` with R replications at 1 thread, 2 threads and
 * `os.availableParallelism()` threads, in the same process, on two scenarios:
 *
 * - **retail bank** (`examples/retail-bank.yaml`): a small day, a few milliseconds per replication;
 * - **M/M/100+M day** (the center of `bench/memory.ts`, 95 erlangs, about 45,600 contacts):
 *   a few hundred milliseconds per replication.
 *
 * Prints wall time, replications/s, the speed-up over 1 thread and whether the experiment results
 * are deep-equal to the 1-thread result (they must be: replication r uses the substreams
 * `replication/r` whatever thread runs it). Then splits the cost of the worker runs: pool start-up
 * (workers loading the sources through tsx), the first replications on fresh workers (cold JIT),
 * the same replications on warm workers, the main thread's share (validation, summaries) and the
 * cost of sending a result back (structured clone).
 *
 * Run: `npx tsx bench/parallel.ts [--quick] [--week] [--built]` (quick: R = 8, the M/M/100+M center
 * over 6 hours; week: only the M/M/100+M week, issue 19's case; built: `runExperiment` and its
 * workers from the build in `dist/`, as an npm user runs them — `npm run build` first — instead of
 * the TypeScript sources through tsx).
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { createReplicationRunner } from '../src/experiment/pool';
import { runExperiment } from '../src/experiment/replications';
import type { ExperimentResult } from '../src/experiment/result-format';
import type { ReplicationTask } from '../src/experiment/task';
import { scenarioHash } from '../src/experiment/scenario-hash';
import { simulate } from '../src/run/simulate';
import type { ScenarioInput } from '../src/scenario/schema';
import { memoryScenario } from './memory';

/** Options of {@link runParallelBench}. */
export interface ParallelBenchOptions {
  /**
   * R = 8 and a 6-hour M/M/100+M run instead of R = 16 and a day.
   * @default false
   */
  readonly quick?: boolean;
  /**
   * Only the M/M/100+M week (with R = 16), the case issue 19's target names.
   * @default false
   */
  readonly weekOnly?: boolean;
  /**
   * Time `runExperiment` of the build (`dist/index.js`, workers from `dist/worker.js`) instead of
   * the sources; needs `npm run build` first.
   * @default false
   */
  readonly built?: boolean;
}

/** `runExperiment` of the sources, or of the build in `dist/` (what the npm package runs). */
async function experimentRunner(built: boolean): Promise<typeof runExperiment> {
  if (!built) return runExperiment;
  const entry = new URL('../dist/index.js', import.meta.url);
  if (!existsSync(fileURLToPath(entry))) throw new Error('--built: dist/index.js not found; run `npm run build` first');
  return ((await import(entry.href)) as { runExperiment: typeof runExperiment }).runExperiment;
}

/** One timed experiment. */
export interface ParallelFigure {
  readonly scenario: string;
  readonly threads: number;
  readonly replications: number;
  readonly seconds: number;
  /** Deep-equal to the 1-thread result. */
  readonly identical: boolean;
}

/** The retail bank of the examples, read from its YAML file. */
export function retailBankScenario(): ScenarioInput {
  const file = new URL('../examples/retail-bank.yaml', import.meta.url);
  return parse(readFileSync(file, 'utf8')) as ScenarioInput;
}

/** The 1-minute load average, to one decimal: above about 0.5 on 2 cores, the speed-ups are lower than on an idle machine. */
function load1(): string {
  return loadavg()[0]!.toFixed(1);
}

async function timed<T>(f: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const t0 = performance.now();
  const value = await f();
  return { seconds: (performance.now() - t0) / 1000, value };
}

/** A tiny scenario: one replication takes well under a millisecond once the code is loaded. */
const TINY: ScenarioInput = {
  name: 'tiny',
  horizon: 60,
  skills: ['s'],
  contactTypes: [{ name: 'c', skills: { s: 1 }, arrivals: { rate: '1/m' }, handleTime: { kind: 'exponential', mean: 30 } }],
  agentGroups: [{ name: 'a', skills: { s: 1 }, agents: 1 }],
};

function tasksOf(scenario: ScenarioInput, count: number): ReplicationTask[] {
  const scenarioKey = scenarioHash(scenario);
  return Array.from({ length: count }, (_, replication) => ({ scenario, scenarioKey, seed: 1, replication }));
}

/** A pool of `threads` workers timed in three steps: start-up, a first (cold) run of the tasks, a second (warm) run. */
interface PoolTiming {
  /** Start the pool and get one tiny replication back from each worker (workers load the code). */
  readonly startup: number;
  /** The R tasks on the fresh workers (code not yet optimized, scenario resolved once per worker). */
  readonly cold: number;
  /** The same R tasks again on the same workers. */
  readonly warm: number;
}

async function timePool(threads: number, scenario: ScenarioInput, replications: number, workerFile?: string): Promise<PoolTiming> {
  const t0 = performance.now();
  const runner = createReplicationRunner({ threads, ...(workerFile === undefined ? {} : { workerFile }) });
  try {
    await runner.run(tasksOf(TINY, threads));
    const t1 = performance.now();
    await runner.run(tasksOf(scenario, replications));
    const t2 = performance.now();
    await runner.run(tasksOf(scenario, replications));
    const t3 = performance.now();
    return { startup: (t1 - t0) / 1000, cold: (t2 - t1) / 1000, warm: (t3 - t2) / 1000 };
  } finally {
    await runner.close();
  }
}

/** Milliseconds to structured-clone one result (what a worker's postMessage does), and its JSON size. */
function transferCost(scenario: ScenarioInput): { ms: number; kib: number } {
  const result = simulate(scenario, { seed: 1 });
  const rounds = 20;
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) structuredClone(result);
  return { ms: (performance.now() - t0) / rounds, kib: JSON.stringify(result).length / 1024 };
}

/** Runs the experiments and prints the tables. */
export async function runParallelBench(options: ParallelBenchOptions = {}): Promise<ParallelFigure[]> {
  const quick = options.quick === true && options.weekOnly !== true;
  const replications = quick ? 8 : 16;
  const run = await experimentRunner(options.built === true);
  const cores = availableParallelism();
  const threadCounts = [...new Set([1, 2, cores])];
  const mmc = { ...memoryScenario(1), name: 'M/M/100+M', ...(quick ? { horizon: 6 * 3600 } : {}) } as ScenarioInput;
  const week = { ...memoryScenario(7), name: 'M/M/100+M week' } as ScenarioInput;
  const scenarios: [string, ScenarioInput][] =
    options.weekOnly === true
      ? [['M/M/100+M, 1 week', week]]
      : [
          ['retail bank', retailBankScenario()],
          [`M/M/100+M, ${quick ? '6 h' : '1 day'}`, mmc],
          ...(quick ? [] : ([['M/M/100+M, 1 week', week]] as [string, ScenarioInput][])),
        ];
  console.log(
    `\nParallel replications: runExperiment ${options.built === true ? 'of the build (dist/)' : 'of the sources (tsx)'}, R = ${replications}, seed 1; ${cores} cores available; load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} at the start`,
  );
  // Warm-up: the code of the main thread (threads = 1 runs in it).
  await run(retailBankScenario(), { replications: 2, threads: 1 });

  const figures: ParallelFigure[] = [];
  const perReplication = new Map<string, number>();
  console.log('| scenario | threads | wall s | replications/s | speed-up | identical to 1 thread | load average after |');
  console.log('|---|---:|---:|---:|---:|---|---:|');
  for (const [name, scenario] of scenarios) {
    let base: { seconds: number; value: ExperimentResult } | undefined;
    // `auto`: threads not given, the library's default (workers only when the work is long enough).
    for (const threads of [...threadCounts, 'auto' as const]) {
      const timing = await timed(() => run(scenario, { replications, seed: 1, ...(threads === 'auto' ? {} : { threads }) }));
      base ??= timing;
      const identical = isDeepStrictEqual(timing.value, base.value);
      if (threads !== 'auto') figures.push({ scenario: name, threads, replications, seconds: timing.seconds, identical });
      console.log(
        `| ${name} | ${threads} | ${timing.seconds.toFixed(2)} | ${(replications / timing.seconds).toFixed(1)} | ${(base.seconds / timing.seconds).toFixed(2)}× | ${identical ? 'yes' : 'NO'} | ${load1()} |`,
      );
    }
    if (options.weekOnly === true) continue;
    // The replications alone, in this thread: simulate() R times.
    const t0 = performance.now();
    for (let r = 0; r < replications; r++) simulate(scenario, { seed: 1, replication: r });
    perReplication.set(name, (performance.now() - t0) / 1000 / replications);
  }
  if (options.weekOnly === true) {
    console.log(`load average at the end: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
    return figures;
  }
  console.log(
    '\nWhere the time of the worker runs goes: a pool timed in three steps (start-up with one tiny replication per worker; ' +
      'the R replications on the fresh workers; the same R again on the now warm workers)',
  );
  console.log(
    '| scenario | threads | one replication in this thread (warm) | R × that | main-thread share at 1 thread | pool start-up | R cold | R warm | warm speed-up | result clone | result JSON | load average after |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [name, scenario] of scenarios) {
    const rep = perReplication.get(name)!;
    const one = figures.find((f) => f.scenario === name && f.threads === 1)!;
    const clone = transferCost(scenario);
    for (const threads of threadCounts.filter((t) => t > 1)) {
      const pool = await timePool(threads, scenario, replications);
      console.log(
        `| ${name} | ${threads} | ${(rep * 1000).toFixed(1)} ms | ${(rep * replications).toFixed(2)} s | ${(Math.max(0, one.seconds - rep * replications) * 1000).toFixed(0)} ms | ` +
          `${pool.startup.toFixed(2)} s | ${pool.cold.toFixed(2)} s | ${pool.warm.toFixed(2)} s | ${((rep * replications) / pool.warm).toFixed(2)}× | ` +
          `${clone.ms.toFixed(2)} ms | ${clone.kib.toFixed(0)} KiB | ${load1()} |`,
      );
    }
  }
  const built = fileURLToPath(new URL('../dist/worker.js', import.meta.url));
  if (existsSync(built)) {
    const fromSources = await timePool(2, TINY, 2);
    const fromBuild = await timePool(2, TINY, 2, built);
    console.log(
      `pool start-up at 2 threads: ${(fromSources.startup * 1000).toFixed(0)} ms with the TypeScript sources (workers register tsx and transform every module), ` +
        `${(fromBuild.startup * 1000).toFixed(0)} ms with the built dist/worker.js (start-up only: the build may be older than the sources)`,
    );
  }
  console.log(`load average at the end: ${loadavg().map((x) => x.toFixed(1)).join(' ')} (other processes on the cores lower the speed-up)`);
  return figures;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runParallelBench({
    quick: process.argv.includes('--quick'),
    weekOnly: process.argv.includes('--week'),
    built: process.argv.includes('--built'),
  });
}
