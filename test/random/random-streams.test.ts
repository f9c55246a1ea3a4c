import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { RandomStream, RandomStreams } from '../../src/random/streams';
import { ksCritical, ksStatistic, thrown } from './helpers';

function take(stream: RandomStream, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(stream.next());
  return out;
}

/** Sample correlation of two equally long sequences. */
function correlation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i] as number;
    mb += b[i] as number;
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = (a[i] as number) - ma;
    const db = (b[i] as number) - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return sab / Math.sqrt(saa * sbb);
}

const N = 50_000;
const CORRELATION_BOUND = 4 / Math.sqrt(N);

describe('RandomStreams.stream()', () => {
  it('gives the same sequence for the same seed, name and indices', () => {
    const a = take(new RandomStreams(7).stream('service', 2, 1), 1000);
    const b = take(new RandomStreams(7).stream('service', 2, 1), 1000);
    expect(a).toEqual(b);
  });

  it('does not depend on which other streams were created or drawn, or in which order', () => {
    const reference = take(new RandomStreams('demo').stream('patience', 3), 500);
    const streams = new RandomStreams('demo');
    const other1 = streams.stream('arrivals', 3);
    take(other1, 1234);
    const other2 = streams.stream('patience', 2);
    const target = streams.stream('patience', 3);
    const interleaved: number[] = [];
    for (let i = 0; i < 500; i++) {
      other2.next();
      interleaved.push(target.next());
      other1.next();
    }
    expect(interleaved).toEqual(reference);
  });

  it('creates a fresh generator at its start on every call', () => {
    const streams = new RandomStreams(1);
    const first = streams.stream('x');
    take(first, 10);
    expect(take(streams.stream('x'), 5)).toEqual(take(new RandomStreams(1).stream('x'), 5));
  });

  it('is Alea seeded with the documented JSON key, shifted by 2^-33', () => {
    const stream = new RandomStreams(42).substreams('replication', 3).stream('service', 1, 0);
    expect(stream.key).toBe('[42,["replication",3],["service",1,0]]');
    const alea = seedrandom.alea('[42,["replication",3],["service",1,0]]');
    for (let i = 0; i < 100; i++) expect(stream.next()).toBe(alea() + 2 ** -33);
  });

  it('distinguishes keys that a naive string join would confuse', () => {
    const first = (s: RandomStream): number => s.next();
    expect(first(new RandomStreams(1).stream('a', 1))).not.toBe(first(new RandomStreams(1).stream('a/1')));
    expect(first(new RandomStreams(1).stream('a'))).not.toBe(first(new RandomStreams('1').stream('a')));
    expect(first(new RandomStreams(1).stream('a', 1, 2))).not.toBe(first(new RandomStreams(1).stream('a', 12)));
    expect(first(new RandomStreams(1).stream('a'))).not.toBe(first(new RandomStreams(2).stream('a')));
  });

  it('returns values strictly inside (0, 1) and uniform by KS', () => {
    const xs = Float64Array.from(take(new RandomStreams(3).stream('u'), N));
    expect(Math.min(...xs)).toBeGreaterThan(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(ksStatistic(xs, (x) => x)).toBeLessThan(ksCritical(N));
  });

  it('exposes name and indices', () => {
    const s = new RandomStreams(3).stream('arrivals', 4, 0);
    expect(s.name).toBe('arrivals');
    expect(s.indices).toEqual([4, 0]);
  });
});

describe('independence of streams', () => {
  const streams = new RandomStreams(2024);
  const pairs: [string, () => [RandomStream, RandomStream]][] = [
    ["stream('a') and stream('b')", () => [streams.stream('a'), streams.stream('b')]],
    ['indices 0 and 1', () => [streams.stream('service', 0), streams.stream('service', 1)]],
    ['replications 0 and 1', () => [
      streams.substreams('replication', 0).stream('service', 0),
      streams.substreams('replication', 1).stream('service', 0),
    ]],
    ['seeds 1 and 2', () => [new RandomStreams(1).stream('a'), new RandomStreams(2).stream('a')]],
  ];
  for (const [label, make] of pairs) {
    it(`has sample correlation within ±4/√n between ${label}`, () => {
      const [s, t] = make();
      const a = take(s, N);
      const b = take(t, N);
      expect(Math.abs(correlation(a, b))).toBeLessThan(CORRELATION_BOUND);
      // also with a lag of one, in both directions
      expect(Math.abs(correlation(a.slice(1), b.slice(0, -1)))).toBeLessThan(CORRELATION_BOUND);
      expect(Math.abs(correlation(a.slice(0, -1), b.slice(1)))).toBeLessThan(CORRELATION_BOUND);
    });
  }

  it('gives uniform, uncorrelated first draws across consecutive indices', () => {
    const n = 20_000;
    const first = new Float64Array(n);
    const second = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const s = streams.stream('arrivals', i);
      first[i] = s.next();
      second[i] = s.next();
    }
    expect(ksStatistic(first, (x) => x)).toBeLessThan(ksCritical(n));
    const bound = 4 / Math.sqrt(n);
    expect(Math.abs(correlation(first.subarray(1), first.subarray(0, -1)))).toBeLessThan(bound);
    expect(Math.abs(correlation(first, second))).toBeLessThan(bound);
  });
});

describe('RandomStreams.substreams()', () => {
  it('derives families reproducibly and independently of the parent', () => {
    const a = take(new RandomStreams(5).substreams('replication', 2).stream('x'), 100);
    const b = take(new RandomStreams(5).substreams('replication', 2).stream('x'), 100);
    expect(a).toEqual(b);
    expect(take(new RandomStreams(5).stream('x'), 100)).not.toEqual(a);
    expect(new RandomStreams(5).substreams('replication', 2).key).toBe('[5,["replication",2]]');
    expect(new RandomStreams(5).substreams('replication', 2).seed).toBe(5);
  });

  it('nests', () => {
    const s = new RandomStreams('s').substreams('experiment', 1).substreams('replication', 0).stream('x');
    expect(s.key).toBe('["s",["experiment",1],["replication",0],["x"]]');
  });
});

describe('RandomStream.nextInt()', () => {
  it('returns integers in [0, n) with equal frequencies', () => {
    const s = new RandomStreams(9).stream('choice');
    const n = 5;
    const counts = new Array<number>(n).fill(0);
    const draws = 50_000;
    let outOfRange = 0;
    for (let i = 0; i < draws; i++) {
      const k = s.nextInt(n);
      if (!(Number.isInteger(k) && k >= 0 && k < n)) outOfRange++;
      else counts[k] = (counts[k] as number) + 1;
    }
    expect(outOfRange).toBe(0);
    const p = 1 / n;
    const sd = Math.sqrt(draws * p * (1 - p));
    for (const c of counts) expect(Math.abs(c - draws * p)).toBeLessThan(4 * sd);
  });

  it('uses exactly one variate: floor(next() * n)', () => {
    const a = new RandomStreams(9).stream('choice');
    const b = new RandomStreams(9).stream('choice');
    for (let i = 0; i < 100; i++) expect(a.nextInt(7)).toBe(Math.floor(b.next() * 7));
    expect(new RandomStreams(1).stream('x').nextInt(1)).toBe(0);
  });

  it('rejects a bad n', () => {
    const s = new RandomStreams(1).stream('x');
    expect(thrown(() => s.nextInt(0)).message).toBe('RandomStream.nextInt: n must be an integer in [1, 2^32], got 0');
    expect(() => s.nextInt(2.5)).toThrow(RangeError);
    expect(() => s.nextInt(Number.NaN)).toThrow(RangeError);
  });
});

describe('validation', () => {
  it('rejects bad seeds', () => {
    expect(thrown(() => new RandomStreams(1.5)).message).toBe(
      'RandomStreams: seed must be a finite integer or a non-empty string, got 1.5',
    );
    expect(() => new RandomStreams(Number.NaN)).toThrow(RangeError);
    expect(() => new RandomStreams(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => new RandomStreams('')).toThrow(TypeError);
    expect(() => new RandomStreams(undefined as unknown as number)).toThrow(/seed must be/);
  });

  it('rejects bad names and indices', () => {
    const streams = new RandomStreams(1);
    expect(thrown(() => streams.stream('')).message).toBe('RandomStreams.stream: name must be a non-empty string, got ""');
    expect(thrown(() => streams.stream('a', -1)).message).toBe(
      'RandomStreams.stream: indices must be non-negative integers, got -1 at position 0',
    );
    expect(() => streams.stream('a', 0, 0.5)).toThrow(/indices must be non-negative integers, got 0.5 at position 1/);
    expect(() => streams.substreams('', 0)).toThrow(/substreams: name must be/);
  });
});
