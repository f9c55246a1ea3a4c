import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';
import { RunawayError } from '../model/runaway';
import type { PolicyRegistry } from '../routing/registry';
import type { SimulationResult } from '../run/simulate';
import type { ReplicationTask } from './task';
import { inProcessRunner } from './in-process-runner';

/**
 * Where replications run: in this thread (threads = 1, no worker is started), on a pool of worker
 * threads (tinypool), or, when the number of threads is not given, wherever is faster (see
 * {@link AUTO_PARALLEL_MIN_MS}). Either way results come back in task order, and each replication
 * depends only on its scenario, seed and replication number, so the results are identical
 * whatever the number of threads.
 *
 * @module
 */

/**
 * With `threads` not given, the first replications run in this thread and are timed (see
 * `autoRunner`); the others go to worker threads only when running them here would take longer
 * than this (milliseconds). Below it, starting the workers (about 0.5 s from the build, 1 s from the
 * TypeScript sources, plus their own warm-up) costs more than it saves: 16 replications of 30 ms
 * each ran 4 times slower on 2 threads than in one (`npm run bench -- --only parallel`).
 */
export const AUTO_PARALLEL_MIN_MS = 2000;

/** Runs replication tasks; obtain one from {@link createReplicationRunner} and close it after use. */
export interface ReplicationRunner {
  /**
   * `'in-process'` (threads = 1), `'worker-threads'`, or `'auto'` (threads not given: in this
   * thread or on workers, whichever is faster; see {@link AUTO_PARALLEL_MIN_MS}); in the browser
   * build, `'web-workers'`.
   */
  readonly kind: 'in-process' | 'worker-threads' | 'auto' | 'web-workers';
  /** Number of threads running replications (for `'auto'`: at most). */
  readonly threads: number;
  /** Threads in use so far: 1 until an `'auto'` runner starts its workers, then `threads`. */
  readonly activeThreads: number;
  /**
   * Runs the tasks and returns their results in task order.
   * @param onDone - called after each finished task with the number finished so far
   */
  run(tasks: readonly ReplicationTask[], onDone?: (finished: number) => void): Promise<SimulationResult[]>;
  /** Stops the worker threads, if any. */
  close(): Promise<void>;
}

/** Options of {@link createReplicationRunner}. */
export interface RunnerOptions {
  /**
   * Number of threads. 1 runs in this thread without starting any worker. Not given: up to
   * `os.availableParallelism()` threads, when the work is long enough to gain from them (see
   * {@link AUTO_PARALLEL_MIN_MS}); with `policies`, in this thread.
   */
  threads?: number;
  /** Never start more threads than this many tasks (a small run does not need every core). */
  maxTasks?: number;
  /**
   * Registry to use in-process (threads = 1 only: a registry holds functions, which cannot be sent
   * to worker threads; give workers a `policyModule` instead).
   */
  policies?: PolicyRegistry;
  /**
   * The worker entry file, if it is not next to this module (`worker.js` in `dist/`, `worker.ts` in
   * the sources).
   */
  workerFile?: string | URL;
  /**
   * With `threads` not given: the least work (milliseconds, estimated from the replications run
   * in this thread first) worth starting worker threads for.
   * @default AUTO_PARALLEL_MIN_MS
   */
  autoParallelMinMs?: number;
  /**
   * The clock (milliseconds) that times replications for the choice above.
   * @default performance.now
   * @internal For tests.
   */
  clock?: () => number;
}

/**
 * Number of threads to use: `threads` (default: every available core), at most `maxTasks`, at
 * least 1.
 *
 * @throws RangeError if `threads` is not a positive integer
 */
export function resolveThreads(threads: number | undefined, maxTasks = Infinity): number {
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) {
    throw new RangeError(`threads must be a positive integer, got ${threads}`);
  }
  return Math.max(1, Math.min(threads ?? availableParallelism(), maxTasks));
}

/** Creates the runner for these options (see {@link RunnerOptions}). */
export function createReplicationRunner(options: RunnerOptions = {}): ReplicationRunner {
  const threads = resolveThreads(options.threads, options.maxTasks);
  if (threads === 1 || (options.threads === undefined && options.policies !== undefined)) return inProcessRunner(options.policies);
  if (options.threads === undefined) return autoRunner(threads, options.workerFile, options.autoParallelMinMs ?? AUTO_PARALLEL_MIN_MS, options.clock ?? (() => performance.now()));
  if (options.policies !== undefined) {
    throw new TypeError(
      'policies: a PolicyRegistry cannot be sent to worker threads; give a policyModule (a module exporting `policies`) or use threads: 1',
    );
  }
  return workerRunner(threads, options.workerFile);
}

/**
 * Decides where the replications of a run go, from their cost measured here. The first task runs
 * in this thread and is timed; if the rest would take less than `minParallelMs` here, they stay
 * here. Otherwise the workers start (they boot in their own threads) while a second task runs
 * here, timed again: the first timing includes the JIT's warm-up and overestimates, so the
 * decision is taken on the second. Once started and kept, the workers serve every later run.
 */
function autoRunner(threads: number, workerFile: string | URL | undefined, minParallelMs: number, clock: () => number): ReplicationRunner {
  const local = inProcessRunner(undefined);
  let workers: ReplicationRunner | undefined;
  return {
    kind: 'auto',
    threads,
    get activeThreads() {
      return workers === undefined ? 1 : threads;
    },
    async run(tasks, onDone) {
      if (workers !== undefined) return workers.run(tasks, onDone);
      const results: SimulationResult[] = [];
      const from = (done: number) => (onDone === undefined ? undefined : (k: number) => onDone(done + k));
      // Runs the next task here; returns how long the tasks after it would take here.
      const runNextHere = async (): Promise<number> => {
        const started = clock();
        results.push(...(await local.run(tasks.slice(results.length, results.length + 1))));
        onDone?.(results.length);
        return (clock() - started) * (tasks.length - results.length);
      };
      if (tasks.length === 0) return results;
      let estimate = await runNextHere();
      let pool: ReplicationRunner | undefined;
      if (estimate >= minParallelMs && tasks.length - results.length > 2) {
        pool = workerRunner(threads, workerFile);
        estimate = await runNextHere();
      }
      const rest = tasks.slice(results.length);
      // One task left gains nothing from the workers.
      if (estimate < minParallelMs || rest.length < 2) {
        await pool?.close();
        results.push(...(await local.run(rest, from(results.length))));
        return results;
      }
      workers = pool ?? workerRunner(threads, workerFile);
      results.push(...(await workers.run(rest, from(results.length))));
      return results;
    },
    close: () => workers?.close() ?? Promise.resolve(),
  };
}

function workerRunner(threads: number, workerFile: string | URL | undefined): ReplicationRunner {
  const entry = workerEntry(workerFile);
  const pool = new Tinypool({
    filename: entry.url,
    minThreads: threads,
    maxThreads: threads,
    ...(entry.typescript ? { execArgv: ['--import', tsxLoader()] } : {}),
  });
  return {
    kind: 'worker-threads',
    threads,
    activeThreads: threads,
    run(tasks, onDone) {
      let finished = 0;
      return Promise.all(
        tasks.map(async (task) => {
          // A worker thread sends back only the message of an error: a runaway is rebuilt as such.
          const result = (await pool.run(task).catch((error: unknown) => Promise.reject(RunawayError.revive(error)))) as SimulationResult;
          onDone?.(++finished);
          return result;
        }),
      );
    },
    close: () => pool.destroy(),
  };
}

/**
 * The worker entry: `worker.js` next to this module in the build (`dist/worker.js`), or
 * `worker.ts` when running the TypeScript sources (vitest, tsx), which the workers then load
 * through tsx.
 */
function workerEntry(workerFile: string | URL | undefined): { url: string; typescript: boolean } {
  const candidates = workerFile !== undefined ? [toUrl(workerFile)] : ['./worker.js', './worker.mjs', './worker.ts'].map((f) => new URL(f, import.meta.url));
  return findWorkerEntry(candidates);
}

/**
 * The first of `candidates` that exists (a non-file URL is taken as is), and whether it is
 * TypeScript (then load it with `execArgv: ['--import', tsxLoader()]`).
 *
 * @throws Error naming every place looked at when none exists
 */
export function findWorkerEntry(candidates: readonly URL[]): { url: string; typescript: boolean } {
  for (const url of candidates) {
    if (url.protocol !== 'file:' || existsSync(fileURLToPath(url))) {
      return { url: url.href, typescript: /\.[cm]?ts$/.test(url.pathname) };
    }
  }
  throw new Error(`experiment worker entry not found (looked for ${candidates.map((u) => u.href).join(', ')}); pass workerFile`);
}

function toUrl(file: string | URL): URL {
  if (file instanceof URL) return file;
  return /^[a-z][a-z0-9+.-]+:/i.test(file) ? new URL(file) : pathToFileURL(file);
}

/**
 * A `--import` module that registers tsx's ESM hooks in the worker (tsx is a devDependency, needed
 * only to run the TypeScript sources). On Node 20, `--import tsx` in a worker's `execArgv` does
 * not make the worker load `.ts` files; calling tsx's public `register()` from `tsx/esm/api` does.
 */
export function tsxLoader(): string {
  const api = resolveImport('tsx/esm/api');
  return `data:text/javascript,import{register}from${JSON.stringify(api)};register();`;
}

/** The URL `import(specifier)` would load from this module. */
function resolveImport(specifier: string): string {
  const meta = import.meta as ImportMeta & { resolve?: (specifier: string) => string };
  try {
    if (typeof meta.resolve === 'function') return meta.resolve(specifier);
  } catch {
    // fall through to require.resolve
  }
  // require.resolve follows the "require" condition: swap tsx's CommonJS build for its ESM twin.
  return pathToFileURL(createRequire(import.meta.url).resolve(specifier).replace(/\.cjs$/, '.mjs')).href;
}
