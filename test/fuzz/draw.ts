import seedrandom from 'seedrandom';

/**
 * The seeded source of every choice the scenario fuzzer makes (seedrandom's Alea, as the
 * library's own streams): the same seed always draws the same scenario, on any machine.
 */
export class Draw {
  private readonly next: () => number;

  /** @param seed - the case's seed (any string or number) */
  constructor(seed: number | string) {
    this.next = seedrandom.alea(String(seed));
  }

  /** A uniform number in [0, 1). */
  uniform(): number {
    return this.next();
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A number in [min, max), rounded to `digits` decimals (short, readable inputs). */
  real(min: number, max: number, digits = 2): number {
    const scale = 10 ** digits;
    return Math.round((min + this.next() * (max - min)) * scale) / scale;
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** `k` distinct elements of `items` (all of them when k ≥ length), in a random order. */
  some<T>(items: readonly T[], k: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < k && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0] as T);
    return out;
  }

  /** `n` shares that sum to exactly 1 in binary floating point within the scenario's tolerance, some possibly 0. */
  shares(n: number): number[] {
    const weights: number[] = Array.from({ length: n }, () => (this.chance(0.15) ? 0 : this.int(1, 9)));
    if (!weights.some((w) => w !== 0)) weights[0] = 1;
    const total = weights.reduce((a, b) => a + b, 0);
    const shares = weights.map((w) => Math.round((w / total) * 1000) / 1000);
    const last = shares.reduce((best, s, i) => (s > (shares[best] ?? 0) ? i : best), 0);
    shares[last] = Math.round((1 - shares.reduce((a, s, i) => (i === last ? a : a + s), 0)) * 1000) / 1000;
    return shares;
  }

  /**
   * A duration as a user writes it: plain seconds or a string with units (`'90s'`, `'1m30s'`,
   * `'1.5h'`), always worth exactly `seconds`.
   */
  duration(seconds: number): number | string {
    const form = this.int(0, 3);
    if (form === 0 || !Number.isInteger(seconds)) return seconds;
    if (form === 1) return `${seconds}s`;
    if (seconds % 3600 === 0) return `${seconds / 3600}h`;
    if (seconds % 60 === 0) return form === 2 ? `${seconds / 60}m` : `${seconds / 60}min`;
    return seconds > 60 ? `${Math.floor(seconds / 60)}m${seconds % 60}s` : `${seconds}s`;
  }
}
