import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inProcessRunner } from '../../src/experiment/in-process-runner';
import type { ReplicationRunner } from '../../src/experiment/pool';
import { runExperiment } from '../../src/experiment/replications';
import { scenarioHash } from '../../src/experiment/scenario-hash';
import { runShard } from '../../src/experiment/shards';
import { checkLevel, prepareStudy, runnerFor } from '../../src/experiment/study';
import type { ReplicationTask } from '../../src/experiment/task';
import { PolicyRegistry } from '../../src/routing/registry';
import { policies as firstGroupFirst } from './fixtures/first-group-first';
import { helpDesk } from './scenarios';

/** An in-process runner that records the tasks it is given and whether it was closed. */
function recordingRunner(reorder = false): ReplicationRunner & { tasks: ReplicationTask[]; closed: number } {
  const inner = inProcessRunner(undefined);
  const runner = {
    kind: 'in-process' as const,
    threads: 1,
    activeThreads: 1,
    tasks: [] as ReplicationTask[],
    closed: 0,
    async run(tasks: readonly ReplicationTask[], onDone?: (n: number) => void) {
      runner.tasks.push(...tasks);
      const results = await inner.run(tasks, onDone);
      return reorder ? results.reverse() : results;
    },
    close() {
      runner.closed++;
      return Promise.resolve();
    },
  };
  return runner;
}

const policyModule = fileURLToPath(new URL('./fixtures/first-group-first.ts', import.meta.url));

describe('a study on a runner given by the caller', () => {
  it('runs on it, without closing it, the same replications as in this thread', async () => {
    const runner = recordingRunner();
    const progress: number[][] = [];
    const given = await runExperiment(helpDesk(1), { replications: 3, seed: 4, runner, onProgress: (done, total) => progress.push([done, total]) });
    expect(runner.closed).toBe(0);
    expect(runner.tasks.map((t) => [t.seed, t.replication])).toEqual([[4, 0], [4, 1], [4, 2]]);
    expect(progress).toEqual([[1, 3], [2, 3], [3, 3]]);
    expect(given).toEqual(await runExperiment(helpDesk(1), { replications: 3, seed: 4, threads: 1 }));
  });

  it('sends each task the scenario, its hash, the seed, the policy module URL and the metrics options', async () => {
    const runner = recordingRunner();
    const metrics = { shortAbandonThreshold: 10 };
    const scenario = helpDesk(1, 'first-group-first');
    const shard = await runShard(scenario, { from: 2, to: 4, seed: 'a', runner, policyModule, metrics });
    expect(runner.tasks).toEqual([2, 3].map((replication) => ({
      scenario,
      scenarioKey: scenarioHash(scenario, metrics),
      seed: 'a',
      replication,
      policyModule: pathToFileURL(policyModule).href,
      metrics,
    })));
    expect([shard.from, shard.to, shard.scenarioHash, shard.policy]).toEqual([2, 4, scenarioHash(scenario, metrics), 'first-group-first']);
    // without a module or metrics options, the tasks carry neither
    const plain = recordingRunner();
    await runShard(helpDesk(1), { from: 0, to: 1, runner: plain });
    expect(Object.keys(plain.tasks[0]!).sort()).toEqual(['replication', 'scenario', 'scenarioKey', 'seed']);
  });

  it('refuses the options that the runner decides', async () => {
    for (const [key, value] of [['threads', 2], ['policies', PolicyRegistry.withBuiltIns()], ['workerFile', 'w.js']] as const) {
      await expect(runExperiment(helpDesk(1), { replications: 2, runner: recordingRunner(), [key]: value })).rejects.toThrow(
        new TypeError(`${key}: not with runner (the runner decides where replications run)`),
      );
    }
  });

  it('names a runner that returns the replications out of order', async () => {
    await expect(runShard(helpDesk(1), { from: 5, to: 7, runner: recordingRunner(true) })).rejects.toThrow(new Error('internal: expected replication 5, got 6'));
  });

  it('refuses policies together with a policy module', async () => {
    await expect(runExperiment(helpDesk(1), { replications: 2, threads: 1, policies: PolicyRegistry.withBuiltIns(), policyModule })).rejects.toThrow(
      new TypeError('give either policies (a PolicyRegistry, in-process) or policyModule (a module path), not both'),
    );
  });
});

describe('prepareStudy(), runnerFor() and checkLevel()', () => {
  it('a study holds a policy module and metrics options only when given', async () => {
    const study = await prepareStudy(helpDesk(1), {});
    expect(Object.keys(study).sort()).toEqual(['input', 'key', 'name', 'policy']);
    const withMetrics = await prepareStudy(helpDesk(1), { metrics: { shortAbandonThreshold: 10 } });
    expect(withMetrics.metrics).toEqual({ shortAbandonThreshold: 10 });
    expect(Object.keys(withMetrics)).not.toContain('policyModule');
  });

  it('resolves the scenario with the registry given: its policy checks its options', async () => {
    const policies = PolicyRegistry.withBuiltIns().register('first-group-first', firstGroupFirst['first-group-first']!, 'first group', {
      checkOptions: ({ options }) => (Object.keys(options as object).length === 0 ? [] : [{ path: [], message: 'takes no options' }]),
    });
    expect((await prepareStudy(helpDesk(1, 'first-group-first'), { policies })).policy).toBe('first-group-first');
    const withOptions = { ...helpDesk(1, 'first-group-first'), routing: { policy: 'first-group-first', options: { depth: 2 } } };
    await expect(prepareStudy(withOptions, { policies })).rejects.toThrow(/routing\.options: takes no options/);
  });

  it('wraps the caller’s runner: its threads as they are now, and a close that leaves it open', async () => {
    const given = recordingRunner();
    const runner = runnerFor({ runner: given }, 3);
    (given as { activeThreads: number }).activeThreads = 2;
    expect([runner.kind, runner.threads, runner.activeThreads]).toEqual(['in-process', 1, 2]);
    await expect(runner.close()).resolves.toBeUndefined();
    expect(given.closed).toBe(0);
  });

  it('a level must lie strictly between 0 and 1', () => {
    for (const level of [0, 1, -0.5]) expect(() => checkLevel(level)).toThrow(new RangeError(`level must be in (0, 1), got ${level}`));
    expect(() => checkLevel(0.95)).not.toThrow();
  });
});
