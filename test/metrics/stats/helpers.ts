import seedrandom from 'seedrandom';

/** A seeded uniform [0, 1) source (alea). */
export function makeRng(seed: string): () => number {
  return seedrandom.alea(seed);
}

/** Standard normal variate by Box–Muller. */
export function normal(rng: () => number): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Lognormal variate with log-mean `mu` and log-sd `sigma` (heavy right tail). */
export function lognormal(rng: () => number, mu: number, sigma: number): number {
  return Math.exp(mu + sigma * normal(rng));
}

/**
 * Reference quantile, written independently of the library: the value at 1-based rank
 * max(1, ceil(num·n/den)) of the ascending sample, with q = num/den as an exact fraction so no
 * floating-point rounding enters the rank.
 */
export function exactQuantile(sorted: readonly number[], num: number, den: number): number {
  const n = sorted.length;
  const rank = Math.max(1, Math.floor((num * n + den - 1) / den));
  return sorted[rank - 1]!;
}

/** Two-pass mean and sample variance. */
export function twoPass(values: readonly number[]): { mean: number; variance: number } {
  const n = values.length;
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  let ss = 0;
  for (const v of values) ss += (v - mean) ** 2;
  return { mean, variance: n < 2 ? 0 : ss / (n - 1) };
}

/** Splits `values` into `parts` random contiguous-or-not shards (each element to a random shard). */
export function randomSplit<T>(values: readonly T[], parts: number, rng: () => number): T[][] {
  const shards: T[][] = Array.from({ length: parts }, () => []);
  for (const v of values) shards[Math.floor(rng() * parts)]!.push(v);
  return shards;
}

/** Round trip through a JSON string, as when shards are written to disk. */
export function viaJSON(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
