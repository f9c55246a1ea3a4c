import { RunawayError } from '../model/runaway';
import type { SimulationResult } from '../run/simulate';
import type { ReplicationRunner, RunnerOptions } from '../experiment/pool';
import type { ReplicationTask } from '../experiment/task';
import type { WorkerReply, WorkerRequest } from './worker-messages';
import { inProcessRunner } from '../experiment/in-process-runner';

/**
 * The browser build's replication runner: the same contract as the Node one
 * (`experiment/pool.ts`, which the browser build replaces with this module), with Web Workers
 * instead of worker threads. Each replication depends only on its scenario, seed and replication
 * number, and results come back in task order, so an experiment gives the same bytes here, in
 * one thread, or on Node's worker threads.
 *
 * @module
 */

/** The part of a Web Worker this runner uses (the DOM types are not in this package's lib). */
interface WebWorker {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: { data: WorkerReply }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null;
}
type WebWorkerConstructor = new (url: string | URL, options: { type: 'module'; name: string }) => WebWorker;

/**
 * Number of workers to use: `threads` (default: `navigator.hardwareConcurrency`), at most
 * `maxTasks`, at least 1.
 *
 * @throws RangeError if `threads` is not a positive integer
 */
export function resolveThreads(threads: number | undefined, maxTasks = Infinity): number {
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) {
    throw new RangeError(`threads must be a positive integer, got ${threads}`);
  }
  const cores = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 1;
  return Math.max(1, Math.min(threads ?? cores, maxTasks));
}

/**
 * Creates the runner for these options: in this thread (threads = 1, or custom `policies`,
 * which cannot be sent to a worker), else on Web Workers loading `workerFile` (default:
 * `browser-worker.js` next to this module: serve the package's `dist/browser-worker.js`, or your
 * bundle of `routelab/browser-worker`, beside the bundle that imports routelab).
 *
 * @throws RangeError on a bad `threads`; TypeError for `policies` with threads > 1, or when this
 *   environment has no `Worker`
 */
export function createReplicationRunner(options: RunnerOptions = {}): ReplicationRunner {
  const threads = resolveThreads(options.threads, options.maxTasks);
  if (threads === 1 || (options.threads === undefined && options.policies !== undefined)) return inProcessRunner(options.policies);
  if (options.policies !== undefined) {
    throw new TypeError('policies: a PolicyRegistry cannot be sent to Web Workers; give a policyModule (a module URL exporting `policies`) or use threads: 1');
  }
  return webWorkerRunner(threads, options.workerFile ?? new URL('./browser-worker.js', import.meta.url));
}

function webWorkerRunner(threads: number, workerFile: string | URL): ReplicationRunner {
  const Worker = (globalThis as { Worker?: WebWorkerConstructor }).Worker;
  if (Worker === undefined) throw new TypeError('threads: Web Workers are not available here (no global Worker); use threads: 1');
  const workers = Array.from({ length: threads }, (_, i) => new Worker(workerFile, { type: 'module', name: `routelab-replications-${i}` }));
  // One run at a time: each worker serves one task of the current run.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    kind: 'web-workers',
    threads,
    activeThreads: threads,
    run(tasks, onDone) {
      const next = queue.then(() => runOnWorkers(workers, tasks, String(workerFile), onDone));
      queue = next.catch(() => undefined);
      return next;
    },
    close() {
      for (const worker of workers) worker.terminate();
      return Promise.resolve();
    },
  };
}

/** Hands the tasks to the workers, one at a time each, and gathers the results in task order. */
function runOnWorkers(
  workers: readonly WebWorker[],
  tasks: readonly ReplicationTask[],
  workerFile: string,
  onDone: ((finished: number) => void) | undefined,
): Promise<SimulationResult[]> {
  return new Promise((resolve, reject) => {
    const results: SimulationResult[] = new Array<SimulationResult>(tasks.length);
    let started = 0;
    let finished = 0;
    let failed = false;
    const fail = (error: unknown) => {
      failed = true;
      reject(error);
    };
    const feed = (worker: WebWorker) => {
      if (failed || started >= tasks.length) return;
      const index = started++;
      worker.onmessage = ({ data }) => {
        if ('error' in data) {
          // A worker sends back only the name and message of an error: a runaway is rebuilt as such.
          const error = Object.assign(new Error(data.error.message), { name: data.error.name });
          fail(RunawayError.revive(error));
          return;
        }
        results[index] = data.result;
        onDone?.(++finished);
        if (finished === tasks.length) resolve(results);
        else feed(worker);
      };
      worker.onerror = (event) => {
        event.preventDefault?.();
        fail(new Error(`replication worker ${workerFile} failed: ${event.message ?? 'it could not be loaded'} (pass workerFile, or threads: 1)`));
      };
      worker.postMessage({ task: tasks[index] as ReplicationTask });
    };
    if (tasks.length === 0) resolve(results);
    for (const worker of workers) feed(worker);
  });
}
