import { beforeAll, describe, expect, it } from 'vitest';
import { createReplicationRunner } from '../../src/experiment/pool';
import { runExperiment } from '../../src/experiment/replications';
import type { ExperimentResult } from '../../src/experiment/result-format';
import { PolicyRegistry } from '../../src/routing/registry';
import { simulate } from '../../src/run/simulate';
import { helpDesk } from './scenarios';

describe('runExperiment() on worker threads', () => {
  const options = { replications: 8, seed: 11 };
  let one: ExperimentResult;
  beforeAll(async () => {
    one = await runExperiment(helpDesk(), { ...options, threads: 1 });
  });

  it('gives the same JSON with 2 and 4 threads as in-process', async () => {
    const two = await runExperiment(helpDesk(), { ...options, threads: 2 });
    const four = await runExperiment(helpDesk(), { ...options, threads: 4 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(JSON.stringify(four)).toBe(JSON.stringify(one));
  });

  it('holds replication r of simulate(scenario, { seed, replication: r }), in order', () => {
    expect(one.replications.map((r) => r.replication)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const offered = one.metrics.indexOf('overall.offered');
    for (const r of [0, 5]) {
      expect(one.replications[r]!.values[offered]).toBe(simulate(helpDesk(), { seed: 11, replication: r }).overall.offered);
    }
  });

  it('runs in-process, starting no worker, with threads = 1', () => {
    const runner = createReplicationRunner({ threads: 1 });
    expect(runner.kind).toBe('in-process');
    expect(createReplicationRunner({ threads: 5, maxTasks: 1 }).kind).toBe('in-process');
  });

  it('refuses a PolicyRegistry with worker threads, pointing to policyModule', () => {
    expect(() => createReplicationRunner({ threads: 2, policies: PolicyRegistry.withBuiltIns() })).toThrow(/policyModule/);
  });

  it('rejects a bad thread count', () => {
    expect(() => createReplicationRunner({ threads: 0 })).toThrow(/threads must be a positive integer, got 0/);
    expect(() => createReplicationRunner({ threads: 1.5 })).toThrow(RangeError);
  });
});
