import { beforeAll, describe, expect, it } from 'vitest';
import type { ShardResult } from '../../src/experiment/result-format';
import { mergeShards, runShard } from '../../src/experiment/shards';
import { helpDesk } from './scenarios';

describe('mergeShards() errors', () => {
  let a: ShardResult; // [0, 2)
  let b: ShardResult; // [2, 4)
  let c: ShardResult; // [4, 6)
  beforeAll(async () => {
    const run = (from: number, to: number) => runShard(helpDesk(1), { seed: 5, from, to, threads: 1 });
    [a, b, c] = [await run(0, 2), await run(2, 4), await run(4, 6)];
  });
  const shifted = (s: ShardResult, from: number): ShardResult => ({
    ...s,
    from,
    to: from + s.replications.length,
    replications: s.replications.map((r, i) => ({ ...r, replication: from + i })),
  });

  it('reports a gap with the missing replications and the shards around it', () => {
    expect(() => mergeShards([a, c])).toThrow('mergeShards: gap: replications 2 to 3 are in no shard (between shard 0 [0, 2) and shard 1 [4, 6))');
    expect(() => mergeShards([a, shifted(c, 3)])).toThrow(/gap: replication 2 is in no shard/);
  });

  it('reports an overlap', () => {
    expect(() => mergeShards([a, shifted(b, 1)])).toThrow('mergeShards: overlap: shard 0 [0, 2) and shard 1 [1, 3) both hold replication 1');
    expect(() => mergeShards([a, a])).toThrow(/overlap/);
  });

  it('reports different seeds', () => {
    expect(() => mergeShards([a, { ...b, seed: 6 }])).toThrow('mergeShards: different seeds: shard 0 [0, 2) has seed 5, shard 1 [2, 4) has 6');
    expect(() => mergeShards([a, { ...b, seed: '5' }])).toThrow(/different seeds/);
  });

  it('reports different scenarios (hash) and policies', async () => {
    const other = await runShard(helpDesk(2), { seed: 5, from: 2, to: 3, threads: 1 });
    expect(() => mergeShards([a, other])).toThrow(/different scenarios: .* has scenario hash [0-9a-f]{16}, .* has [0-9a-f]{16}/);
    expect(() => mergeShards([a, { ...b, scenario: 'other' }])).toThrow(/different scenarios: shard 0 \[0, 2\) ran 'help-desk', shard 1 \[2, 4\) ran 'other'/);
    expect(() => mergeShards([a, { ...b, policy: 'best-skill' }])).toThrow(/different policies/);
  });

  it('accepts shards without a scenario hash', () => {
    const { scenarioHash: _drop, ...bare } = b;
    expect(mergeShards([a, bare]).to).toBe(4);
  });

  it('rejects malformed shards with the shard and field named', () => {
    expect(() => mergeShards([])).toThrow(/at least one shard/);
    expect(() => mergeShards([{ ...a, version: 2 } as unknown as ShardResult])).toThrow('shard 0: unsupported routelab-shard version 2 (this routelab reads version 1)');
    expect(() => mergeShards([{ ...a, format: 'csv' } as unknown as ShardResult])).toThrow(/format must be 'routelab-shard' or 'routelab-experiment'/);
    expect(() => mergeShards([a, { ...b, to: 5 }])).toThrow('shard 1 [2, 5): holds 2 replications, expected to - from = 3');
    const holey = { ...b, replications: [b.replications[0]!, { ...b.replications[1]!, values: b.replications[1]!.values.slice(1) }] };
    expect(() => mergeShards([a, holey])).toThrow(/replication 3 must have \d+ values/);
    const nan = { ...b, replications: [b.replications[0]!, { ...b.replications[1]!, values: b.replications[1]!.values.map(() => 'x') }] };
    expect(() => mergeShards([a, nan as unknown as ShardResult])).toThrow(/must be a finite number or null, got "x"/);
  });
});
