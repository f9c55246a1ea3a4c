import type { ReplicationTask } from '../experiment/task';
import type { SimulationResult } from '../run/simulate';

/** What the page sends a replication Web Worker: one task. */
export interface WorkerRequest {
  /** The replication to run. */
  readonly task: ReplicationTask;
}

/** What a replication Web Worker sends back: the result, or the name and message of the error. */
export type WorkerReply = { readonly result: SimulationResult } | { readonly error: { readonly name: string; readonly message: string } };
