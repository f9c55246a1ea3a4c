import type { PolicyRegistry } from '../routing/registry';
import type { SimulationResult } from '../run/simulate';
import type { ReplicationRunner } from './pool';
import { TaskRunner } from './task';

/**
 * A runner that simulates the replications one after the other in this thread: what one thread,
 * or a run with policies that cannot be sent to workers, uses in Node and in the browser alike.
 *
 * @param policies - the registry the replications route with (`undefined`: the built-ins)
 */
export function inProcessRunner(policies: PolicyRegistry | undefined): ReplicationRunner {
  const runner = new TaskRunner(policies);
  return {
    kind: 'in-process',
    threads: 1,
    activeThreads: 1,
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
