import Tinypool from 'tinypool';
import type { FuzzTask, FuzzTaskResult } from './fuzz-worker';
import { signatureOf } from './check-case';

/**
 * The fuzzer's worker threads (tinypool, loading the TypeScript sources through tsx): each case
 * runs with a wall-clock timeout, and a case that runs past it is reported as a hang (its worker
 * is terminated and replaced), so a run that never ends cannot stall the fuzzer.
 *
 * @module
 */

/** Runs fuzz tasks on worker threads; close it after use. */
export interface FuzzPool {
  /** Runs one task; a task past the timeout resolves as a `hang`. */
  run(task: FuzzTask): Promise<FuzzTaskResult>;
  /** Stops the workers. */
  close(): Promise<void>;
}

/** Registers tsx's loader in each worker (see `src/experiment/pool.ts` for why not `--import tsx`). */
function tsxLoader(): string {
  const api = import.meta.resolve('tsx/esm/api');
  return `data:text/javascript,import{register}from${JSON.stringify(api)};register();`;
}

/**
 * Starts `threads` workers.
 *
 * @param timeoutMs - wall-clock limit of one case
 */
export function createFuzzPool(threads: number, timeoutMs: number): FuzzPool {
  const pool = new Tinypool({
    filename: new URL('./fuzz-worker.ts', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    execArgv: ['--import', tsxLoader()],
  });
  return {
    async run(task) {
      const controller = new AbortController();
      const started = performance.now();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        return (await pool.run(task, { signal: controller.signal })) as FuzzTaskResult;
      } catch (error) {
        const ms = performance.now() - started;
        const message = controller.signal.aborted
          ? `no result within ${timeoutMs} ms of wall-clock time (worker terminated)`
          : `the worker failed: ${error instanceof Error ? error.message : String(error)}`;
        const verdict = controller.signal.aborted ? 'hang' : 'crash';
        return { verdict, message, signature: signatureOf(verdict, message), contacts: 0, events: 0, ms };
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => pool.destroy(),
  };
}
