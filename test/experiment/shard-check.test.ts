import { describe, expect, it } from 'vitest';
import { checkShard, shardLabel } from '../../src/experiment/shard-check';

/** A well-formed shard of replications [2, 4) with two metrics. */
function shard(): Record<string, unknown> {
  return {
    format: 'routelab-shard',
    version: 1,
    scenario: 's',
    scenarioHash: 'abc',
    policy: 'p',
    seed: 3,
    from: 2,
    to: 4,
    metrics: ['a', 'b'],
    replications: [
      { replication: 2, values: [1, null] },
      { replication: 3, values: [0, 2.5] },
    ],
  };
}

/** The shard with some fields replaced. */
const withFields = (fields: Record<string, unknown>) => ({ ...shard(), ...fields });

describe('shardLabel()', () => {
  it('names a shard by its position and range', () => {
    expect(shardLabel(2, { from: 5, to: 8 })).toBe('shard 2 [5, 8)');
  });
});

describe('checkShard()', () => {
  it('accepts a shard, an experiment, a shard without a hash, an empty one and a string seed', () => {
    expect(() => checkShard(shard(), 0)).not.toThrow();
    expect(() => checkShard(withFields({ format: 'routelab-experiment', summary: {} }), 0)).not.toThrow();
    expect(() => checkShard(withFields({ scenarioHash: undefined }), 0)).not.toThrow();
    expect(() => checkShard(withFields({ from: 0, to: 0, replications: [] }), 0)).not.toThrow();
    expect(() => checkShard(withFields({ seed: 'run-7' }), 0)).not.toThrow();
  });

  it('rejects what is not a shard object', () => {
    expect(() => checkShard(null, 1)).toThrow(new TypeError('shard 1: expected a shard object, got null'));
    expect(() => checkShard([], 1)).toThrow(new TypeError('shard 1: expected a shard object, got an array'));
    expect(() => checkShard('x', 1)).toThrow(new TypeError('shard 1: expected a shard object, got x'));
  });

  it('rejects another format or version', () => {
    expect(() => checkShard(withFields({ format: 'csv' }), 0)).toThrow(
      new TypeError(`shard 0: format must be 'routelab-shard' or 'routelab-experiment', got "csv"`),
    );
    expect(() => checkShard(withFields({ version: '1' }), 0)).toThrow(
      new RangeError('shard 0: unsupported routelab-shard version "1" (this routelab reads version 1)'),
    );
  });

  it('rejects a bad range', () => {
    for (const from of [-1, 1.5, '2', undefined]) {
      expect(() => checkShard(withFields({ from }), 0), String(from)).toThrow(new RangeError(`shard 0: from must be a non-negative integer, got ${String(from)}`));
    }
    for (const to of [1, 3.5, '4', null]) {
      expect(() => checkShard(withFields({ to }), 0), String(to)).toThrow(new RangeError(`shard 0: to must be an integer >= from (2), got ${String(to)}`));
    }
  });

  it('rejects a bad seed, scenario, policy or hash, naming the shard by its range', () => {
    for (const seed of [1.5, '', null, true]) {
      expect(() => checkShard(withFields({ seed }), 4), String(seed)).toThrow(
        new TypeError(`shard 4 [2, 4): seed must be an integer or a non-empty string, got ${JSON.stringify(seed)}`),
      );
    }
    expect(() => checkShard(withFields({ scenario: 7 }), 0)).toThrow(new TypeError('shard 0 [2, 4): scenario must be a string, got 7'));
    expect(() => checkShard(withFields({ policy: null }), 0)).toThrow(new TypeError('shard 0 [2, 4): policy must be a string, got null'));
    expect(() => checkShard(withFields({ scenarioHash: 12 }), 0)).toThrow(new TypeError('shard 0 [2, 4): scenarioHash must be a string when present, got 12'));
  });

  it('rejects bad metric lists', () => {
    expect(() => checkShard(withFields({ metrics: 'a,b' }), 0)).toThrow(new TypeError('shard 0 [2, 4): metrics must be an array of metric paths'));
    expect(() => checkShard(withFields({ metrics: ['a', 2] }), 0)).toThrow(new TypeError('shard 0 [2, 4): metrics must be an array of metric paths'));
    expect(() => checkShard(withFields({ metrics: ['a', 'a'] }), 0)).toThrow(new RangeError('shard 0 [2, 4): metrics lists a path twice'));
  });

  it('rejects replication records that are missing, out of order or of the wrong width', () => {
    const [first, second] = shard()['replications'] as object[];
    expect(() => checkShard(withFields({ replications: {} }), 0)).toThrow(new TypeError('shard 0 [2, 4): replications must be an array'));
    expect(() => checkShard(withFields({ replications: [first] }), 0)).toThrow(new RangeError('shard 0 [2, 4): holds 1 replications, expected to - from = 2'));
    expect(() => checkShard(withFields({ replications: [first, null] }), 0)).toThrow(new TypeError('shard 0 [2, 4): the record of replication 3 must be an object'));
    expect(() => checkShard(withFields({ replications: [first, 7] }), 0)).toThrow(new TypeError('shard 0 [2, 4): the record of replication 3 must be an object'));
    expect(() => checkShard(withFields({ replications: [second, first] }), 0)).toThrow(
      new RangeError("shard 0 [2, 4): replication records must run from 'from' to 'to' - 1 in order; expected 2, got 3"),
    );
    expect(() => checkShard(withFields({ replications: [first, { replication: 3, values: [1] }] }), 0)).toThrow(
      new RangeError('shard 0 [2, 4): replication 3 must have 2 values (one per metric), got 1'),
    );
    expect(() => checkShard(withFields({ replications: [first, { replication: 3 }] }), 0)).toThrow(
      new RangeError('shard 0 [2, 4): replication 3 must have 2 values (one per metric), got undefined'),
    );
    for (const v of [Number.NaN, Infinity, '1', undefined]) {
      expect(() => checkShard(withFields({ replications: [first, { replication: 3, values: [0, v] }] }), 0), String(v)).toThrow(
        new TypeError(`shard 0 [2, 4): replication 3 value 1 must be a finite number or null, got ${JSON.stringify(v)}`),
      );
    }
  });
});
