import { describe, expect, it } from 'vitest';
import { compareVariants, policyVariants } from '../../src/experiment/compare';
import { createReplicationRunner, type ReplicationRunner } from '../../src/experiment/pool';
import { runExperiment } from '../../src/experiment/replications';
import { PolicyRegistry } from '../../src/routing/registry';
import { helpDesk } from './scenarios';

/** A runner that counts its runs and whether it was closed. */
function counting(inner: ReplicationRunner): ReplicationRunner & { runs: number; closed: boolean } {
  const out = {
    kind: inner.kind,
    threads: inner.threads,
    activeThreads: inner.activeThreads,
    runs: 0,
    closed: false,
    run: ((tasks, onDone) => {
      out.runs++;
      return inner.run(tasks, onDone);
    }) as ReplicationRunner['run'],
    close: async () => {
      out.closed = true;
      await inner.close();
    },
  };
  return out;
}

describe('experiments on a runner given by the caller', () => {
  it('use it, leave it open, and give the results of their own runner', async () => {
    const runner = counting(createReplicationRunner({ threads: 2 }));
    try {
      const shared = await runExperiment(helpDesk(), { replications: 4, seed: 3, runner });
      const compared = await compareVariants(policyVariants(helpDesk(), ['longest-idle-agent', 'best-skill']), { replications: 3, seed: 3, runner });
      expect(runner.runs).toBe(2);
      expect(runner.closed).toBe(false);
      expect(JSON.stringify(shared)).toBe(JSON.stringify(await runExperiment(helpDesk(), { replications: 4, seed: 3, threads: 1 })));
      const alone = await compareVariants(policyVariants(helpDesk(), ['longest-idle-agent', 'best-skill']), { replications: 3, seed: 3, threads: 1 });
      expect(JSON.stringify(compared)).toBe(JSON.stringify(alone));
    } finally {
      await runner.close();
    }
  });

  it('refuses options that the runner decides', async () => {
    const runner = createReplicationRunner({ threads: 1 });
    await expect(runExperiment(helpDesk(), { replications: 2, runner, threads: 2 })).rejects.toThrow(/threads: not with runner/);
    await expect(runExperiment(helpDesk(), { replications: 2, runner, policies: PolicyRegistry.withBuiltIns() })).rejects.toThrow(/policies: not with runner/);
    await runner.close();
  });
});
