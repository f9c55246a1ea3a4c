import { TaskRunner } from '../experiment/task';
import type { WorkerReply, WorkerRequest } from './worker-messages';

/**
 * Web Worker entry of the browser build (built to `dist/browser-worker.js`, exported as
 * `routelab/browser-worker`): runs one replication per message and posts back its result. Each
 * worker keeps its own cache of resolved scenarios and imported policy modules.
 *
 * @module
 */

/** The part of a worker's global scope used here (the DOM types are not in this package's lib). */
interface WorkerScope {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(message: WorkerReply): void;
}

const runner = new TaskRunner();
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  runner.run(data.task).then(
    (result) => scope.postMessage({ result }),
    (error: unknown) =>
      scope.postMessage({ error: error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) } }),
  );
};
