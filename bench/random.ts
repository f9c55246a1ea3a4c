/**
 * Benchmark of the random layer: raw seedrandom generators (ns per draw), RandomStream overhead
 * and creation cost, and ns per sample of the distributions.
 *
 * Run: `npx tsx bench/random.ts` (add `--quick` for a short run). Ratios measured in one process
 * are what matter; absolute numbers move with machine load.
 */
import { pathToFileURL } from 'node:url';
import seedrandom from 'seedrandom';
import {
  RandomStreams,
  empirical,
  erlang,
  exponential,
  gamma,
  hyperexponentialFromMeanCv,
  lognormal,
  mixture,
  triangular,
  truncatedNormal,
  uniform,
  weibull,
} from '../src/random/index';
import type { Distribution, UniformSource } from '../src/random/index';

/** Options of {@link runRandomBench}. */
export interface RandomBenchOptions {
  /**
   * Fewer iterations and rounds (for smoke tests).
   * @default false
   */
  readonly quick?: boolean;
}

type Prng = () => number;
type Loop = (g: Prng, n: number) => number;
type ManyLoop = (gs: readonly Prng[], n: number) => number;

/**
 * A new copy of a timing loop for one algorithm. Built with `new Function` from a source that
 * differs per `tag`: identical sources would share one compiled function (V8's compilation
 * cache), and the optimized code specialized for the first algorithm measured would then slow
 * down all the others (the measured order changed the ranking before this).
 */
function freshLoop(tag: string): Loop {
  return new Function('g', 'n', `/* ${tag} */ let s = 0; for (let i = 0; i < n; i++) s += g(); return s;`) as Loop;
}
/** Same, drawing round-robin from 1024 generators (many streams, as in a simulation). */
function freshManyLoop(tag: string): ManyLoop {
  return new Function('gs', 'n', `/* ${tag} */ let s = 0; for (let i = 0; i < n; i++) s += gs[i & 1023](); return s;`) as ManyLoop;
}
function loopStream(u: UniformSource, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += u.next();
  return s;
}
function loopSample(d: Distribution, u: UniformSource, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += d.sample(u);
  return s;
}
/** A per-distribution copy of {@link loopSample} (see {@link freshLoop} for why). */
function freshSampleLoop(tag: string): typeof loopSample {
  return new Function('d', 'u', 'n', `/* ${tag} */ let s = 0; for (let i = 0; i < n; i++) s += d.sample(u); return s;`) as typeof loopSample;
}

let sink = 0;

/**
 * Median ns per operation of each case over `rounds` rounds of `n` operations. Rounds are
 * interleaved (every case once per round) so that load changes on a shared machine hit all
 * cases alike.
 */
function measure(cases: [string, (n: number) => number][], n: number, rounds: number): [string, number][] {
  for (const [, run] of cases) sink += run(Math.min(n, 100_000)); // warm-up
  const times = cases.map((): number[] => []);
  for (let r = 0; r < rounds; r++) {
    cases.forEach(([, run], i) => {
      const t0 = process.hrtime.bigint();
      sink += run(n);
      times[i]?.push(Number(process.hrtime.bigint() - t0) / n);
    });
  }
  return cases.map(([name], i) => {
    const t = (times[i] as number[]).sort((a, b) => a - b);
    return [name, t[Math.floor(t.length / 2)] as number];
  });
}

function table(title: string, unit: string, rows: [string, number][]): void {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, value] of rows) console.log(`  ${name.padEnd(width)}  ${value.toFixed(1).padStart(8)} ${unit}`);
}

/**
 * Runs the benchmark and prints three tables: seedrandom algorithms (ns/draw), RandomStream
 * (ns/draw and µs/creation) and distributions (ns/sample through the Distribution interface).
 */
export function runRandomBench(options: RandomBenchOptions = {}): void {
  const n = options.quick ? 200_000 : 3_000_000;
  const rounds = options.quick ? 3 : 7;

  const algorithms: [string, (seed: string) => Prng][] = [
    ['seedrandom.alea', (seed) => seedrandom.alea(seed)],
    ['seedrandom.xor4096', (seed) => seedrandom.xor4096(seed)],
    ['seedrandom.xorshift7', (seed) => seedrandom.xorshift7(seed)],
    ['seedrandom.tychei', (seed) => seedrandom.tychei(seed)],
    ['seedrandom() (ARC4)', (seed) => seedrandom(seed)],
  ];
  const keys = Array.from({ length: 1024 }, (_, i) => `[1,["replication",${i % 8}],["service",${i}]]`);
  const single = measure(algorithms.map(([name, make]) => {
    const loop = freshLoop(name);
    const g = make('bench');
    return [name, (k: number) => loop(g, k)];
  }), n, rounds);
  const many = measure(algorithms.map(([name, make]) => {
    const loop = freshManyLoop(name);
    const gs = keys.map(make);
    return [name, (k: number) => loop(gs, k)];
  }), n, rounds);
  const created = measure(algorithms.map(([name, make]) => [name, (k: number) => {
    let s = 0;
    for (let i = 0; i < k; i++) s += make(keys[i & 1023] as string)();
    return s;
  }]), options.quick ? 500 : 5_000, rounds);
  console.log('\nGenerators: ns/draw (one generator | 1024 generators round-robin), µs to create');
  algorithms.forEach(([name], i) => {
    const row = [single[i]?.[1] ?? 0, many[i]?.[1] ?? 0, (created[i]?.[1] ?? 0) / 1000];
    console.log(`  ${name.padEnd(22)} ${row.map((v) => v.toFixed(1).padStart(7)).join('  ')}`);
  });

  const streams = new RandomStreams(1);
  const stream = streams.stream('bench');
  let index = 0;
  const create = (k: number): number => {
    let s = 0;
    for (let i = 0; i < k; i++) s += streams.stream('arrivals', index++ % 1_000_000, 3).next();
    return s;
  };
  const [[, nextNs], [, createNs]] = [
    ...measure([['next', (k) => loopStream(stream, k)]], n, rounds),
    ...measure([['create', create]], options.quick ? 2_000 : 20_000, rounds),
  ] as [[string, number], [string, number]];
  table('RandomStream (Alea)', '', [
    ['next() ns/draw', nextNs],
    ['stream() creation µs', createNs / 1000],
  ]);

  const distributions: [string, Distribution][] = [
    ['exponential', exponential({ mean: 180 })],
    ['uniform', uniform({ min: 10, max: 20 })],
    ['triangular', triangular({ min: 10, mode: 20, max: 60 })],
    ['weibull', weibull({ shape: 0.8, scale: 90 })],
    ['lognormal', lognormal({ mean: 300, cv: 0.8 })],
    ['truncatedNormal', truncatedNormal({ mean: 60, sd: 40 })],
    ['gamma (shape 4)', gamma({ mean: 240, cv: 0.5 })],
    ['gamma (shape 0.5)', gamma({ shape: 0.5, scale: 2 })],
    ['erlang (k 3)', erlang({ k: 3, mean: 120 })],
    ['hyperexponential', hyperexponentialFromMeanCv({ mean: 180, cv: 2 })],
    ['empirical (interpolated)', empirical({ samples: [30, 45, 60, 62, 90, 120, 200, 410], interpolate: true })],
    ['mixture (2 components)', mixture({ weights: [0.3, 0.7], components: [exponential({ mean: 30 }), lognormal({ mean: 300, cv: 0.5 })] })],
  ];
  const m = Math.floor(n / 3);
  const own = measure(distributions.map(([name, d]) => {
    const loop = freshSampleLoop(name);
    return [name, (k: number) => loop(d, stream, k)];
  }), m, rounds);
  const shared = measure(distributions.map(([name, d]) => [name, (k: number) => loopSample(d, stream, k)]), m, rounds);
  console.log('\nDistributions: ns/sample (own call site | one call site shared by all kinds)');
  distributions.forEach(([name], i) => {
    const row = [own[i]?.[1] ?? 0, shared[i]?.[1] ?? 0];
    console.log(`  ${name.padEnd(26)} ${row.map((v) => v.toFixed(1).padStart(7)).join('  ')}`);
  });
  if (sink === 42) console.log(''); // keep results alive
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) runRandomBench({ quick: process.argv.includes('--quick') });
