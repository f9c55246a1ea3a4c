/**
 * Named, reproducible random streams.
 *
 * Generator: Baagøe's Alea (`seedrandom.alea`), a multiply-with-carry generator with period
 * ~2^116 that passes BigCrush. Measured in `bench/random.ts` on a busy 2-core machine: drawing
 * round-robin from 1024 generators, as a simulation with many streams does, Alea was the
 * fastest (~8–14 ns/draw; tychei 10–19, xor4096 14–22, xorshift7 16–27, default ARC4 150–290).
 * With a single hot generator tychei (~4 ns) and xor4096 (~5 ns) beat Alea (~7 ns), but that
 * difference is small next to the 30–150 ns a distribution sample costs. Alea is also cheap to
 * create (~3 µs with the key hashing; xor4096 ~3–11 µs) and its seeding hashes strings well.
 *
 * Seeding: each stream's generator is seeded with a key string that spells out the master seed,
 * the chain of {@link RandomStreams.substreams} and the stream's own name and indices as JSON,
 * e.g. `[42,["replication",3],["service",1]]`. JSON makes the key unambiguous (`'a', 1` and
 * `'a/1'` or the seed `1` and the seed `'1'` give different keys). Alea hashes the key with its
 * Mash function (an ~50-bit state string hash) into its three 32-bit state words, so the sequence
 * depends only on (seed, substream chain, name, indices): never on which other streams exist,
 * were created first, or how far they have been drawn.
 *
 * Resolution: Alea returns multiples of 2^-32 in [0, 1); {@link RandomStream.next} adds 2^-33,
 * so every variate is an odd multiple of 2^-33 in (0, 1): never 0 or 1, one generator step per
 * variate, and `1 - u` is exact. The smallest variate is 2^-33 ≈ 1.16e-10, so an exponential
 * drawn by inversion is capped at about 22.9 means (a probability-1.2e-10 tail is cut).
 *
 * @module
 */

import seedrandom from 'seedrandom';
import { checkOutcomeCount } from './uniform-source';
import type { UniformSource } from './uniform-source';

export type { UniformSource } from './uniform-source';

const HALF_STEP = 1.1641532182693481e-10; // 2^-33
const TWO_POW_MINUS_32 = 2.3283064365386963e-10; // 2^-32

function checkName(owner: string, name: unknown): asserts name is string {
  if (typeof name !== 'string' || name.length === 0) {
    throw new TypeError(`${owner}: name must be a non-empty string, got ${describe(name)}`);
  }
}

function checkIndices(owner: string, indices: readonly unknown[]): void {
  indices.forEach((index, i) => {
    if (typeof index !== 'number' || !Number.isSafeInteger(index) || index < 0) {
      throw new RangeError(
        `${owner}: indices must be non-negative integers, got ${describe(index)} at position ${i}`,
      );
    }
  });
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** The JSON segment for one (name, ...indices) step of a stream key. */
function segment(name: string, indices: readonly number[]): string {
  let s = '[' + JSON.stringify(name);
  for (const index of indices) s += ',' + String(index);
  return s + ']';
}

/**
 * One reproducible sequence of uniform variates, created by {@link RandomStreams.stream}.
 * Keep it and draw from it; asking {@link RandomStreams.stream} again for the same name and
 * indices gives a new stream that starts over from the same first value.
 */
export class RandomStream implements UniformSource {
  /** The name this stream was created with. */
  readonly name: string;
  /** The indices this stream was created with. */
  readonly indices: readonly number[];
  /** The full key the generator was seeded with, e.g. `[42,["replication",0],["service",2]]`. */
  readonly key: string;
  /**
   * Alea's state `[s0, s1, s2, c]`, seeded by `seedrandom.alea` and stepped here with the same
   * arithmetic (one method call per variate instead of two closure calls; unboxed doubles).
   */
  private readonly state: Float64Array;

  /** @internal Use {@link RandomStreams.stream}. */
  constructor(name: string, indices: readonly number[], key: string) {
    this.name = name;
    this.indices = indices;
    this.key = key;
    const seeded = seedrandom.alea(key, { state: true }).state();
    this.state = Float64Array.of(seeded.s0, seeded.s1, seeded.s2, seeded.c);
  }

  /** One step of Alea: a multiple of 2^-32 in [0, 1) (exactly what `seedrandom.alea` returns). */
  private step(): number {
    const s = this.state;
    const t = 2091639 * s[0]! + s[3]! * TWO_POW_MINUS_32;
    s[0] = s[1]!;
    s[1] = s[2]!;
    const c = t | 0;
    s[3] = c;
    return (s[2] = t - c);
  }

  /** The next uniform variate in the open interval (0, 1): an odd multiple of 2^-33. */
  next(): number {
    return this.step() + HALF_STEP;
  }

  /**
   * A uniform integer in [0, n), drawn from exactly one variate: `Math.floor(next() * n)`.
   * The bias is below n / 2^32 (nil when n is a power of two).
   *
   * @param n - number of outcomes, an integer in [1, 2^32]
   * @throws RangeError if `n` is not an integer in [1, 2^32]
   */
  nextInt(n: number): number {
    checkOutcomeCount(n, 'RandomStream');
    return Math.floor((this.step() + HALF_STEP) * n);
  }
}

/**
 * Named, independent, reproducible streams derived from one master seed.
 *
 * ```ts
 * const streams = new RandomStreams(42);
 * const rep = streams.substreams('replication', 0);
 * const arrivals = rep.stream('arrivals', contactTypeIndex);
 * const service = rep.stream('service', contactTypeIndex);
 * ```
 *
 * One stream per kind of variate (arrivals, service, patience, routing choice, ...) per contact
 * type keeps common random numbers synchronized when two policies are compared: a policy that
 * draws more routing uniforms does not shift anyone's service times.
 */
export class RandomStreams {
  /** The master seed (for a family made by {@link RandomStreams.substreams}, its root's seed). */
  readonly seed: number | string;
  /** JSON key prefix: `[seed` followed by one `,[name,...indices]` per substream level. */
  private prefix: string;

  /**
   * @param seed - a finite integer or a non-empty string
   * @throws TypeError / RangeError on any other seed
   */
  constructor(seed: number | string) {
    if (typeof seed === 'number') {
      if (!Number.isInteger(seed)) {
        throw new RangeError(`RandomStreams: seed must be a finite integer or a non-empty string, got ${seed}`);
      }
    } else if (typeof seed !== 'string' || seed.length === 0) {
      throw new TypeError(
        `RandomStreams: seed must be a finite integer or a non-empty string, got ${describe(seed)}`,
      );
    }
    this.seed = seed;
    this.prefix = '[' + JSON.stringify(seed);
  }

  /** The key of this family, e.g. `[42]` or `[42,["replication",3]]`. */
  get key(): string {
    return this.prefix + ']';
  }

  /**
   * Creates a new generator for the stream with this name and optional indices, positioned at
   * its start. Every call creates a fresh, independent generator (about a microsecond); the
   * caller keeps it. Same (seed, substream chain, name, indices) gives the same sequence.
   *
   * @param name - non-empty name of the kind of variate, e.g. `'arrivals'`
   * @param indices - non-negative integers, e.g. a contact type index
   * @throws TypeError / RangeError on an empty name or a bad index
   */
  stream(name: string, ...indices: number[]): RandomStream {
    checkName('RandomStreams.stream', name);
    checkIndices('RandomStreams.stream', indices);
    return new RandomStream(name, indices.slice(), this.prefix + ',' + segment(name, indices) + ']');
  }

  /**
   * A child family, e.g. one per replication: `streams.substreams('replication', r).stream('arrivals', 3)`.
   * Its streams are independent of this family's streams and of every other child's.
   *
   * @param name - non-empty family name
   * @param indices - non-negative integers, e.g. a replication number
   */
  substreams(name: string, ...indices: number[]): RandomStreams {
    checkName('RandomStreams.substreams', name);
    checkIndices('RandomStreams.substreams', indices);
    const child = new RandomStreams(this.seed);
    child.prefix = this.prefix + ',' + segment(name, indices);
    return child;
  }
}
