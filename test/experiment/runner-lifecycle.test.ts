import { beforeEach, describe, expect, it, vi } from 'vitest';
import { compareVariants, policyVariants } from '../../src/experiment/compare';
import type { ReplicationRunner, RunnerOptions } from '../../src/experiment/pool';
import { runExperiment } from '../../src/experiment/replications';
import { runSequential } from '../../src/experiment/sequential';
import { runShard } from '../../src/experiment/shards';
import { helpDesk } from './scenarios';

/** How many runners the experiments started and closed, and whether their runs fail. */
const runners = vi.hoisted(() => ({ started: 0, closed: 0, fail: false }));

// Every runner an experiment starts is the real one, counted, and made to fail on demand (a lost
// worker, a runaway replication).
vi.mock('../../src/experiment/pool', async (importOriginal) => {
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

describe('experiments close the runner they start', () => {
  beforeEach(() => {
    runners.started = 0;
    runners.closed = 0;
    runners.fail = false;
  });

  const scenario = () => helpDesk(1);
  const targets = [{ metric: 'overall.offered', relativeHalfWidth: 10 }] as const;
  const experiments: [string, () => Promise<unknown>][] = [
    ['runExperiment', () => runExperiment(scenario(), { replications: 2, threads: 1 })],
    ['runShard', () => runShard(scenario(), { from: 1, to: 2, threads: 1 })],
    ['compareVariants', () => compareVariants(policyVariants(scenario(), ['longest-idle-agent', 'best-skill']), { replications: 2, threads: 1 })],
    ['runSequential', () => runSequential(scenario(), { targets, initialReplications: 2, threads: 1 })],
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
    const { createReplicationRunner } = await import('../../src/experiment/pool');
    const runner = createReplicationRunner({ threads: 1 });
    await runExperiment(scenario(), { replications: 2, runner });
    await compareVariants(policyVariants(scenario(), ['longest-idle-agent', 'best-skill']), { replications: 2, runner });
    expect([runners.started, runners.closed]).toEqual([1, 0]);
  });
});
