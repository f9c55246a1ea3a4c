import { afterEach, describe, expect, it } from 'vitest';
import { createReplicationRunner } from '../../src/browser/web-worker-pool';
import type { WorkerReply, WorkerRequest } from '../../src/browser/worker-messages';
import { runExperiment } from '../../src/experiment/replications';
import { scenarioHash } from '../../src/experiment/scenario-hash';
import { TaskRunner, type ReplicationTask } from '../../src/experiment/task';
import { RUNAWAY_MESSAGE_START, RunawayError } from '../../src/model/runaway';
import { PolicyRegistry } from '../../src/routing/registry';
import { helpDesk } from '../experiment/scenarios';

/**
 * The browser runner's bookkeeping, in Node with a stand-in `Worker` (Node has no Web Workers;
 * the real ones run in Chromium in scripts/browser-bundle-check.ts): each stand-in runs its task
 * with the same TaskRunner a Web Worker uses, answering after a delay that makes later tasks
 * finish first.
 */
class FakeWorker {
  static created = 0;
  static terminated = 0;
  static failWith: string | undefined;
  onmessage: ((event: { data: WorkerReply }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  private readonly runner = new TaskRunner();

  constructor(readonly url: string | URL, readonly options: { type: 'module'; name: string }) {
    FakeWorker.created++;
  }

  postMessage({ task }: WorkerRequest): void {
    const delay = 20 - task.replication * 4;
    setTimeout(() => {
      if (FakeWorker.failWith !== undefined) return this.onmessage?.({ data: { error: { name: 'Error', message: FakeWorker.failWith } } });
      this.runner.run(task).then((result) => this.onmessage?.({ data: { result } }));
    }, Math.max(0, delay));
  }

  terminate(): void {
    FakeWorker.terminated++;
  }
}

function tasks(n: number): ReplicationTask[] {
  const scenario = helpDesk(1);
  return Array.from({ length: n }, (_, replication) => ({ scenario, scenarioKey: scenarioHash(scenario), seed: 5, replication }));
}

describe('createReplicationRunner() of the browser build', () => {
  const globals = globalThis as { Worker?: unknown };
  afterEach(() => {
    delete globals.Worker;
    FakeWorker.failWith = undefined;
  });

  it('runs on workers and returns results in task order, equal to one thread', async () => {
    globals.Worker = FakeWorker;
    const runner = createReplicationRunner({ threads: 2, workerFile: 'https://example.test/browser-worker.js' });
    expect(runner.kind).toBe('web-workers');
    const done: number[] = [];
    const results = await runner.run(tasks(5), (n) => done.push(n));
    await runner.close();
    const local = createReplicationRunner({ threads: 1 });
    expect(local.kind).toBe('in-process');
    expect(JSON.stringify(results)).toBe(JSON.stringify(await local.run(tasks(5))));
    expect(results.map((r) => r.replication)).toEqual([0, 1, 2, 3, 4]);
    expect(done).toEqual([1, 2, 3, 4, 5]);
  });

  it('gives runExperiment the bytes of a run in one thread', async () => {
    globals.Worker = FakeWorker;
    const onWorkers = await runExperiment(helpDesk(1), { replications: 4, seed: 9, runner: createReplicationRunner({ threads: 3, workerFile: 'x.js' }) });
    const inThread = await runExperiment(helpDesk(1), { replications: 4, seed: 9, threads: 1 });
    expect(JSON.stringify(onWorkers)).toBe(JSON.stringify(inThread));
  });

  it("rebuilds a worker's runaway error as a RunawayError", async () => {
    globals.Worker = FakeWorker;
    FakeWorker.failWith = `${RUNAWAY_MESSAGE_START} (transfers) at t=12 s: test`;
    const runner = createReplicationRunner({ threads: 2, workerFile: 'x.js' });
    await expect(runner.run(tasks(3))).rejects.toBeInstanceOf(RunawayError);
  });

  it('refuses what a worker cannot do, with a reason', () => {
    expect(() => createReplicationRunner({ threads: 2, workerFile: 'x.js' })).toThrow(/Web Workers are not available here/);
    globals.Worker = FakeWorker;
    expect(() => createReplicationRunner({ threads: 2, policies: PolicyRegistry.withBuiltIns() })).toThrow(/cannot be sent to Web Workers/);
    expect(createReplicationRunner({ policies: PolicyRegistry.withBuiltIns() }).kind).toBe('in-process');
    expect(() => createReplicationRunner({ threads: 0 })).toThrow(RangeError);
  });
});
