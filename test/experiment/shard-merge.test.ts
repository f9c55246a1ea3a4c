import { describe, expect, it } from 'vitest';
import { runExperiment } from '../../src/experiment/replications';
import { EXPERIMENT_FORMAT, SHARD_FORMAT, type ShardResult } from '../../src/experiment/result-format';
import { mergeShards, runShard } from '../../src/experiment/shards';
import { helpDesk } from './scenarios';

/** A shard as another machine would hand it over: through a JSON file. */
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('runShard() + mergeShards()', () => {
  it('merge [0,3) [3,5) [5,8), given in any order, into exactly one run of 8', async () => {
    const options = { seed: 'shards', threads: 1 };
    const shards: ShardResult[] = [];
    for (const [from, to] of [[5, 8], [0, 3], [3, 5]] as const) shards.push(viaJson(await runShard(helpDesk(), { ...options, from, to })));
    const whole = await runExperiment(helpDesk(), { ...options, replications: 8 });
    const merged = mergeShards(shards);
    expect(JSON.stringify(merged)).toBe(JSON.stringify(whole));
    expect(merged.summary['overall.serviceLevel']!.n).toBe(8);
  });

  it('writes a versioned shard with the range, seed and scenario hash', async () => {
    const shard = await runShard(helpDesk(), { seed: 4, from: 2, to: 4, threads: 1 });
    expect(shard).toMatchObject({ format: SHARD_FORMAT, version: 1, seed: 4, from: 2, to: 4, scenario: 'help-desk', policy: 'longest-idle-agent' });
    expect(shard.scenarioHash).toMatch(/^[0-9a-f]{16}$/);
    expect(shard.replications.map((r) => r.replication)).toEqual([2, 3]);
    for (const r of shard.replications) expect(r.values).toHaveLength(shard.metrics.length);
  });

  it('can merge an experiment result again, e.g. to extend a study', async () => {
    const first = await runExperiment(helpDesk(), { seed: 9, replications: 3, threads: 1 });
    const more = await runShard(helpDesk(), { seed: 9, from: 3, to: 5, threads: 1 });
    const merged = mergeShards([viaJson(first), more], { level: 0.9 });
    expect(merged.format).toBe(EXPERIMENT_FORMAT);
    expect([merged.from, merged.to, merged.level]).toEqual([0, 5, 0.9]);
    const whole = await runExperiment(helpDesk(), { seed: 9, replications: 5, threads: 1, level: 0.9 });
    expect(merged).toEqual(whole);
  });

  it('rejects an empty range', async () => {
    await expect(runShard(helpDesk(), { from: 3, to: 3, threads: 1 })).rejects.toThrow(/to must be an integer >= 4, got 3/);
  });
});
