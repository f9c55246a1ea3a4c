import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { createReplicationRunner } from '../../src/experiment/pool';
import { runExperiment } from '../../src/experiment/replications';
import type { ReplicationTask } from '../../src/experiment/task';
import { PolicyRegistry } from '../../src/routing/registry';
import { helpDesk } from './scenarios';

const tasks = (n: number): ReplicationTask[] =>
  Array.from({ length: n }, (_, r) => ({ scenario: helpDesk(), scenarioKey: 'help desk', seed: 5, replication: r }));

describe.skipIf(availableParallelism() < 2)('threads not given: in this thread or on workers, whichever is faster', () => {
  it('keeps short work in this thread', async () => {
    const runner = createReplicationRunner({ maxTasks: 4 });
    expect(runner.kind).toBe('auto');
    const done: number[] = [];
    const results = await runner.run(tasks(4), (k) => done.push(k));
    expect(runner.activeThreads).toBe(1);
    expect(done).toEqual([1, 2, 3, 4]);
    expect(results.map((r) => r.replication)).toEqual([0, 1, 2, 3]);
    await runner.close();
  });

  it('sends the rest to workers when the work is long enough, with identical results', async () => {
    const runner = createReplicationRunner({ maxTasks: 2, autoParallelMinMs: 0 });
    const done: number[] = [];
    const parallel = await runner.run(tasks(4), (k) => done.push(k));
    expect(runner.activeThreads).toBe(2);
    await runner.close();
    expect(done.sort((a, b) => a - b)).toEqual([1, 2, 3, 4]);
    const local = createReplicationRunner({ threads: 1 });
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(await local.run(tasks(4))));
  });

  it('decides on the second, warm replication: a slow first one alone does not keep the workers', async () => {
    // Scripted clock: the first replication takes 1,000 ms (3 more would take 3 s: start the
    // workers), the second 10 ms (2 more would take 20 ms: stay here, close the workers).
    const ticks = [0, 1000, 1000, 1010];
    const runner = createReplicationRunner({ maxTasks: 2, autoParallelMinMs: 2000, clock: () => ticks.shift() ?? 1010 });
    const done: number[] = [];
    const results = await runner.run(tasks(4), (k) => done.push(k));
    expect(ticks).toEqual([]);
    expect(runner.activeThreads).toBe(1);
    expect(done).toEqual([1, 2, 3, 4]);
    expect(JSON.stringify(results)).toBe(JSON.stringify(await createReplicationRunner({ threads: 1 }).run(tasks(4))));
    await runner.close();
  });

  it('keeps the workers when the second replication confirms the first', async () => {
    let now = 0;
    const runner = createReplicationRunner({ maxTasks: 2, autoParallelMinMs: 2000, clock: () => (now += 500) });
    const results = await runner.run(tasks(6));
    expect(runner.activeThreads).toBe(2);
    expect(results.map((r) => r.replication)).toEqual([0, 1, 2, 3, 4, 5]);
    await runner.close();
  });

  it('runs custom policies in this thread instead of refusing them', async () => {
    const e = await runExperiment(helpDesk(), { replications: 2, seed: 1, policies: PolicyRegistry.withBuiltIns() });
    expect(e.replications).toHaveLength(2);
  });
});
