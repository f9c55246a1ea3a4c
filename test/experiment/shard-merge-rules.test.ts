import { describe, expect, it } from 'vitest';
import type { ShardResult } from '../../src/experiment/result-format';
import { mergeShards, runShard } from '../../src/experiment/shards';
import { helpDesk } from './scenarios';
import { summarizeValues } from '../../src/experiment/summary';

/** A hand-made shard of replications [from, from + rows.length) with metrics a, b. */
function shard(from: number, rows: (number | null)[][], fields: Partial<ShardResult> = {}): ShardResult {
  return {
    format: 'routelab-shard',
    version: 1,
    scenario: 's',
    scenarioHash: 'h1',
    policy: 'p',
    seed: 2,
    from,
    to: from + rows.length,
    metrics: ['a', 'b'],
    replications: rows.map((values, i) => ({ replication: from + i, values })),
    ...fields,
  };
}

describe('mergeShards() on hand-made shards', () => {
  it('orders the shards by range and summarizes every column over all of them', () => {
    const merged = mergeShards([shard(2, [[5, null], [7, 1]]), shard(0, [[1, 2], [3, null]])]);
    expect(merged).toMatchObject({ format: 'routelab-experiment', version: 1, scenario: 's', scenarioHash: 'h1', policy: 'p', seed: 2, from: 0, to: 4, level: 0.95 });
    expect(merged.replications.map((r) => r.values)).toEqual([[1, 2], [3, null], [5, null], [7, 1]]);
    expect(merged.summary).toEqual({ a: summarizeValues([1, 3, 5, 7]), b: summarizeValues([2, 1]) });
    expect(merged.ratioOfMeans).toEqual({});
  });

  it('merges shards whose metric lists differ, aligning them by path', () => {
    const other = { ...shard(1, [[9]]), metrics: ['c'] };
    const merged = mergeShards([shard(0, [[1, 2]]), other]);
    expect(merged.metrics).toEqual(['a', 'b', 'c']);
    expect(merged.replications.map((r) => r.values)).toEqual([[1, 2, null], [null, null, 9]]);
  });

  it('keeps the hash of the shards that have one, and none when none has', () => {
    const { scenarioHash: _h, ...bare } = shard(0, [[1, 2]]);
    expect(mergeShards([bare, shard(1, [[3, 4]])]).scenarioHash).toBe('h1');
    expect('scenarioHash' in mergeShards([bare])).toBe(false);
    const { scenarioHash: _h2, ...bare2 } = shard(1, [[3, 4]]);
    expect(mergeShards([bare, bare2]).to).toBe(2);
  });

  it('compares the hashes of the shards that have one, whichever comes first', () => {
    const { scenarioHash: _h, ...bare } = shard(0, [[1, 2]]);
    expect(() => mergeShards([bare, shard(1, [[3, 4]]), shard(2, [[5, 6]], { scenarioHash: 'h2' })])).toThrow(
      new RangeError("mergeShards: different scenarios: shard 1 [1, 2) has scenario hash h1, shard 2 [2, 3) has h2 (same name 's', different content or metric options)"),
    );
  });

  it('names the shards of a gap, an overlap and a different seed, scenario or policy in range order', () => {
    expect(() => mergeShards([shard(5, [[1, 1]]), shard(0, [[1, 1]])])).toThrow(
      new RangeError('mergeShards: gap: replications 1 to 4 are in no shard (between shard 1 [0, 1) and shard 0 [5, 6))'),
    );
    expect(() => mergeShards([shard(0, [[1, 1]]), shard(2, [[1, 1]])])).toThrow(new RangeError('mergeShards: gap: replication 1 is in no shard (between shard 0 [0, 1) and shard 1 [2, 3))'));
    // Two shards from the same replication: the one given first is named first.
    expect(() => mergeShards([shard(0, [[1, 1], [2, 2]]), shard(0, [[1, 1]])])).toThrow(
      new RangeError('mergeShards: overlap: shard 0 [0, 2) and shard 1 [0, 1) both hold replication 0'),
    );
    expect(() => mergeShards([shard(1, [[1, 1]], { seed: 'x' }), shard(0, [[1, 1]])])).toThrow(
      new RangeError('mergeShards: different seeds: shard 1 [0, 1) has seed 2, shard 0 [1, 2) has "x"'),
    );
    expect(() => mergeShards([shard(0, [[1, 1]]), shard(1, [[1, 1]], { policy: 'q' })])).toThrow(
      new RangeError("mergeShards: different policies: shard 0 [0, 1) used 'p', shard 1 [1, 2) used 'q'"),
    );
  });

  it('checks the level and the list', () => {
    expect(mergeShards([shard(0, [[1, 2], [3, 4]])], { level: 0.5 }).summary).toEqual({ a: summarizeValues([1, 3], 0.5), b: summarizeValues([2, 4], 0.5) });
    expect(() => mergeShards([shard(0, [[1, 2]])], { level: 1 })).toThrow(new RangeError('level must be in (0, 1), got 1'));
    expect(() => mergeShards(null as never)).toThrow(new RangeError('mergeShards: give at least one shard'));
    expect(() => mergeShards([shard(0, [[1, 2]]), null as never])).toThrow(new TypeError('shard 1: expected a shard object, got null'));
  });
});

describe('runShard() options', () => {
  it('reports progress out of the shard\'s own replications', async () => {
    const progress: [number, number][] = [];
    const s = await runShard(helpDesk(1), { from: 3, to: 5, threads: 1, onProgress: (done, total) => progress.push([done, total]) });
    expect(progress).toEqual([[1, 2], [2, 2]]);
    expect(s.replications.map((r) => r.replication)).toEqual([3, 4]);
  });

  it('names missing options and a bad range', async () => {
    await expect(runShard(helpDesk(1), undefined as never)).rejects.toThrow(new TypeError('runShard: options must be an object with from and to, got undefined'));
    await expect(runShard(helpDesk(1), { from: -1, to: 2 })).rejects.toThrow(new RangeError('from must be an integer >= 0, got -1'));
  });
});
