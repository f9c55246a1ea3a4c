import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';
import type { PolicyRegistry } from '../routing/registry';
import type { SimulationResult } from '../run/simulate';
import { TaskRunner, type ReplicationTask } from './task';

/**
 * Where replications run: in this thread (threads = 1, no worker is started) or on a pool of
 * worker threads (tinypool). Either way results come back in task order, and each replication
 * depends only on its scenario, seed and replication number, so the results are identical
 * whatever the number of threads.
 *
 * @module
 */

/** Runs replication tasks; obtain one from {@link createReplicationRunner} and close it after use. */
export interface ReplicationRunner {
  /** `'in-process'` (threads = 1) or `'worker-threads'`. */
  readonly kind: 'in-process' | 'worker-threads';
  /** Number of threads running replications. */
  readonly threads: number;
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
   * Number of threads. 1 runs in this thread without starting any worker.
   * @default os.availableParallelism()
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
  if (threads === 1) return inProcessRunner(options.policies);
  if (options.policies !== undefined) {
    throw new TypeError(
      'policies: a PolicyRegistry cannot be sent to worker threads; give a policyModule (a module exporting `policies`) or use threads: 1',
    );
  }
  return workerRunner(threads, options.workerFile);
}

function inProcessRunner(policies: PolicyRegistry | undefined): ReplicationRunner {
  const runner = new TaskRunner(policies);
  return {
    kind: 'in-process',
    threads: 1,
    async run(tasks, onDone) {
      const results: SimulationResult[] = [];
      for (const task of tasks) {
        results.push(await runner.run(task));
        onDone?.(results.length);
      }
      return results;
    },
    close: () => Promise.resolve(),
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
    run(tasks, onDone) {
      let finished = 0;
      return Promise.all(
        tasks.map(async (task) => {
          const result = (await pool.run(task)) as SimulationResult;
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
function tsxLoader(): string {
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
