import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReplicationRunner, RunnerOptions } from '../../src/experiment/pool';
import { helpDesk } from './scenarios';

/** How many runners the experiments started and closed, and whether their runs fail. */
const runners = { started: 0, closed: 0, fail: false };

type Modules = {
  compare: typeof import('../../src/experiment/compare');
  pool: typeof import('../../src/experiment/pool');
  replications: typeof import('../../src/experiment/replications');
  sequential: typeof import('../../src/experiment/sequential');
  shards: typeof import('../../src/experiment/shards');
};
let modules: Modules;

// Every runner an experiment starts is the real one, counted, and made to fail on demand (a lost
// worker, a runaway replication). Test files share their module cache (isolate: false), so the
// experiment modules are imported afresh here with the wrapped pool, and forgotten afterwards.
beforeAll(async () => {
  vi.resetModules();
  vi.doMock('../../src/experiment/pool', async (importOriginal) => {
    const actual = await importOriginal<typeof import('../../src/experiment/pool')>();
    return {
      ...actual,
      createReplicationRunner(options: RunnerOptions): ReplicationRunner {
        const runner = actual.createReplicationRunner(options);
        runners.started++;
        return {
          kind: runner.kind,
          threads: runner.threads,
          activeThreads: runner.activeThreads,
          run: (tasks, onDone) => (runners.fail ? Promise.reject(new Error('worker lost')) : runner.run(tasks, onDone)),
          close: () => {
            runners.closed++;
            return runner.close();
          },
        };
      },
    };
  });
  modules = {
    compare: await import('../../src/experiment/compare'),
    pool: await import('../../src/experiment/pool'),
    replications: await import('../../src/experiment/replications'),
    sequential: await import('../../src/experiment/sequential'),
    shards: await import('../../src/experiment/shards'),
  };
});

afterAll(() => {
  vi.doUnmock('../../src/experiment/pool');
  vi.resetModules();
});

describe('experiments close the runner they start', () => {
  beforeEach(() => {
    runners.started = 0;
    runners.closed = 0;
    runners.fail = false;
  });

  const scenario = () => helpDesk(1);
  const targets = [{ metric: 'overall.offered', relativeHalfWidth: 10 }] as const;
  const variants = () => modules.compare.policyVariants(scenario(), ['longest-idle-agent', 'best-skill']);
  const experiments: [string, () => Promise<unknown>][] = [
    ['runExperiment', () => modules.replications.runExperiment(scenario(), { replications: 2, threads: 1 })],
    ['runShard', () => modules.shards.runShard(scenario(), { from: 1, to: 2, threads: 1 })],
    ['compareVariants', () => modules.compare.compareVariants(variants(), { replications: 2, threads: 1 })],
    ['runSequential', () => modules.sequential.runSequential(scenario(), { targets, initialReplications: 2, threads: 1 })],
  ];

  for (const [name, run] of experiments) {
    it(`${name}: once done`, async () => {
      await run();
      expect([runners.started, runners.closed]).toEqual([1, 1]);
    });

    it(`${name}: when a run fails`, async () => {
      runners.fail = true;
      await expect(run()).rejects.toThrow('worker lost');
      expect([runners.started, runners.closed]).toEqual([1, 1]);
    });
  }

  it('but not a runner the caller gave', async () => {
    const runner = modules.pool.createReplicationRunner({ threads: 1 });
    await modules.replications.runExperiment(scenario(), { replications: 2, runner });
    await modules.compare.compareVariants(variants(), { replications: 2, runner });
    expect([runners.started, runners.closed]).toEqual([1, 0]);
  });
});
