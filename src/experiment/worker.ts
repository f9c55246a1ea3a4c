import type { SimulationResult } from '../run/simulate';
import { TaskRunner, type ReplicationTask } from './task';

/**
 * Worker-thread entry of the experiment pool (built to `dist/worker.js`). tinypool calls the
 * default export with one {@link ReplicationTask} and sends the returned result back. Each worker
 * keeps its own cache of resolved scenarios and imported policy modules.
 *
 * @module
 */

const runner = new TaskRunner();

/** Runs one replication in this worker thread. */
export default function runReplicationInWorker(task: ReplicationTask): Promise<SimulationResult> {
  return runner.run(task);
}
