import type { ModelDefinition } from '../model/definition';
import { ratio } from './contact-tally';
import type { ContactMetrics, WaitDistributionPoint, WaitSummary } from './result';
import { contactSlices } from './slices';
import { QuantileSketch } from './stats/quantile-sketch';

/**
 * The fields of a contact slice's record in {@link ContactTallies}: slice `t`'s field `f` is
 * `records[t * TallyField.stride + TallyField.f]`. A TypeScript `enum` on purpose (as
 * `ContactInt`): esbuild inlines its members, so an access is one load at a constant offset.
 * The first eight numbers (64 bytes) are what an arrival and an answer touch, the next eight what
 * a service end or an abandon touches.
 */
export enum TallyField {
  offered = 0,
  answered = 1,
  /** Answered within the type's service-level threshold. */
  answeredWithinTarget = 2,
  /** Answered at a wait of exactly 0 (the wait sketch's zero bucket). */
  zeroWaits = 3,
  /** Mean wait of answered contacts, Welford's running mean (as `RunningStats.add`). */
  waitMean = 4,
  waitSum = 5,
  /** Smallest and largest wait (Infinity and -Infinity while none answered; a summary then reports null). */
  waitMin = 6,
  waitMax = 7,
  served = 8,
  /** Mean handle time of served contacts, Welford's running mean. */
  handleMean = 9,
  abandoned = 10,
  shortAbandoned = 11,
  /** Mean time to abandon, Welford's running mean. */
  abandonMean = 12,
  abandonSum = 13,
  blocked = 14,
  unfinished = 15,
  /** Numbers per record (128 bytes). */
  stride = 16,
}

/**
 * The contact slices of the metrics collector (overall, per contact type, channel and segment; see
 * {@link contactSlices}) as flat typed arrays: one record of 16 numbers per distinct slice
 * (`records`), the waits' log-histogram buckets of every slice in one array, and per class of
 * contact (type, segment) the list of its slices' indices. An event of a contact updates its
 * class's slices without following a pointer per slice.
 *
 * The arithmetic is that of the objects it replaces (a `ContactTally` with three `RunningStats`
 * and a `QuantileSketch`), value by value in the same order: Welford's running means, sums in
 * arrival order, integer counts; the sketch's buckets are the sketch's own (`bucketOf`), and a
 * summary's percentiles come from a `QuantileSketch` rebuilt from them, so results are identical
 * bit for bit. Only what a result reports is kept (no variances).
 *
 * Slices are numbered by how many classes use them, most first (overall, then the shared channel
 * and segment slices, then the types): the wait buckets are stored bucket by bucket, slice by
 * slice within a bucket, so the slices every contact updates share a cache line per bucket.
 *
 * Internal to the metrics collector; not exported from the package.
 */
export class ContactTallies {
  /** Slice records, `stride` numbers each. */
  readonly records: Float64Array;
  /** Slice index of the overall slice (0). */
  readonly overall = 0;
  /** Slice index per contact type, channel (all channels) and segment. */
  readonly byType: Int32Array;
  readonly byChannel: Int32Array;
  readonly bySegment: Int32Array;
  /** Class `k`'s slices are `members[first[k]]` up to `members[first[k + 1]]` (exclusive). */
  private readonly first: Int32Array;
  private readonly members: Int32Array;
  /** Bucket `b` of slice `t` at `(b - minBucket) * slices + t`. */
  private readonly buckets: Float64Array;
  private readonly slices: number;
  private readonly minBucket: number;
  private readonly bucketCount: number;
  /** A sketch of the collector's accuracy: the bucket of a wait, and the summaries' quantiles. */
  private readonly sketch: QuantileSketch;
  private readonly maxWait: number;

  /** Creates the slices of `model` with waits' percentiles of relative accuracy `relativeAccuracy`. */
  constructor(model: ModelDefinition, relativeAccuracy: number) {
    let created = 0;
    const s = contactSlices(model, () => created++);
    // Renumber by use, most used first: overall, shared channels and segments, types. Array sort is
    // stable, so slices of equal use keep their creation order.
    const uses = new Int32Array(created);
    for (const members of s.byClass) for (const t of members) uses[t]!++;
    const order = Array.from({ length: created }, (_, t) => t).sort((a, b) => uses[b]! - uses[a]!);
    const id = new Int32Array(created);
    order.forEach((t, k) => (id[t] = k));
    this.slices = created;
    this.byType = Int32Array.from(s.byType, (t) => id[t]!);
    this.byChannel = Int32Array.from(s.byChannel, (t) => id[t]!);
    this.bySegment = Int32Array.from(s.bySegment, (t) => id[t]!);
    this.first = new Int32Array(s.byClass.length + 1);
    const members: number[] = [];
    s.byClass.forEach((list, k) => {
      for (const t of list) members.push(id[t]!);
      this.first[k + 1] = members.length;
    });
    this.members = Int32Array.from(members);
    this.records = new Float64Array(created * TallyField.stride);
    // Stryker disable next-line EqualityOperator: `<=` also writes one record past the end, which a typed array drops (also silences `>=`, which the tests kill)
    for (let t = 0; t < created; t++) {
      this.records[t * TallyField.stride + TallyField.waitMin] = Infinity;
      // Stryker disable next-line ArithmeticOperator: waits are ≥ 0, so a max left at 0 ends the same once one is answered, and none answered reports null (also silences `- waitMax`, which the tests kill)
      this.records[t * TallyField.stride + TallyField.waitMax] = -Infinity;
    }
    this.sketch = new QuantileSketch({ relativeAccuracy });
    this.maxWait = this.sketch.maxValue;
    this.minBucket = this.sketch.bucketOf(this.sketch.minValue);
    this.bucketCount = this.sketch.maxBucketCount;
    this.buckets = new Float64Array(this.bucketCount * created);
  }

  /** Counts a contact of class `cls` as offered in its slices. */
  offer(cls: number): void {
    const r = this.records;
    const members = this.members;
    const end = this.first[cls + 1]!;
    // Stryker disable next-line ArithmeticOperator: offered is field 0, so `- offered` is the same index (also silences `/ stride`, which the tests kill)
    for (let k = this.first[cls]!; k < end; k++) r[members[k]! * TallyField.stride + TallyField.offered]!++;
  }

  /** Counts a contact of class `cls` as blocked in its slices. */
  block(cls: number): void {
    this.count(cls, TallyField.blocked);
  }

  /** Counts a contact of class `cls` as unfinished in its slices. */
  unfinish(cls: number): void {
    this.count(cls, TallyField.unfinished);
  }

  private count(cls: number, field: number): void {
    const r = this.records;
    const members = this.members;
    const end = this.first[cls + 1]!;
    for (let k = this.first[cls]!; k < end; k++) r[members[k]! * TallyField.stride + field]!++;
  }

  /**
   * Records a contact of class `cls` answered after waiting `wait`, within its target when
   * `withinTarget`. Throws a `RangeError` for a wait that is negative, not a number or above the
   * sketch's `maxValue`, as the sketch does.
   */
  answer(cls: number, wait: number, withinTarget: boolean): void {
    if (!(wait >= 0 && wait <= this.maxWait)) this.rejectWait(wait);
    const bucket = wait > 0 ? (this.sketch.bucketOf(wait) - this.minBucket) * this.slices : -1;
    const r = this.records;
    const members = this.members;
    const end = this.first[cls + 1]!;
    for (let k = this.first[cls]!; k < end; k++) {
      const t = members[k]!;
      const o = t * TallyField.stride;
      const n = r[o + TallyField.answered]! + 1;
      r[o + TallyField.answered] = n;
      if (withinTarget) r[o + TallyField.answeredWithinTarget]!++;
      // The first wait replaces both (from Infinity and -Infinity), as in `RunningStats.add`.
      // Stryker disable next-line EqualityOperator: on a tie the equal value is stored again (also silences `>=`, which the tests kill)
      if (wait < r[o + TallyField.waitMin]!) r[o + TallyField.waitMin] = wait;
      // Stryker disable next-line EqualityOperator: on a tie the equal value is stored again (also silences `<=`, which the tests kill)
      if (wait > r[o + TallyField.waitMax]!) r[o + TallyField.waitMax] = wait;
      const mean = r[o + TallyField.waitMean]!;
      r[o + TallyField.waitMean] = mean + (wait - mean) / n;
      r[o + TallyField.waitSum]! += wait;
      if (bucket < 0) r[o + TallyField.zeroWaits]!++;
      else this.buckets[bucket + t]!++;
    }
  }

  /** Records a served contact of class `cls` and its handle time. Throws a `RangeError` if `handle` is not finite. */
  serve(cls: number, handle: number): void {
    if (!Number.isFinite(handle)) throw new RangeError(`ContactTallies.serve: handle must be a finite number, got ${handle}`);
    const r = this.records;
    const members = this.members;
    const end = this.first[cls + 1]!;
    for (let k = this.first[cls]!; k < end; k++) {
      const o = members[k]! * TallyField.stride;
      const n = r[o + TallyField.served]! + 1;
      r[o + TallyField.served] = n;
      const mean = r[o + TallyField.handleMean]!;
      r[o + TallyField.handleMean] = mean + (handle - mean) / n;
    }
  }

  /** Records an abandon of class `cls` after waiting `wait` (a short abandon when `short`). Throws a `RangeError` if `wait` is not finite. */
  abandon(cls: number, wait: number, short: boolean): void {
    if (!Number.isFinite(wait)) throw new RangeError(`ContactTallies.abandon: wait must be a finite number, got ${wait}`);
    const r = this.records;
    const members = this.members;
    const end = this.first[cls + 1]!;
    for (let k = this.first[cls]!; k < end; k++) {
      const o = members[k]! * TallyField.stride;
      const n = r[o + TallyField.abandoned]! + 1;
      r[o + TallyField.abandoned] = n;
      if (short) r[o + TallyField.shortAbandoned]!++;
      const mean = r[o + TallyField.abandonMean]!;
      r[o + TallyField.abandonMean] = mean + (wait - mean) / n;
      r[o + TallyField.abandonSum]! += wait;
    }
  }

  /** The waits' sketch of slice `t`, rebuilt from its buckets (the sketch `ContactTally` kept, exactly). */
  waitSketch(t: number): QuantileSketch {
    const o = t * TallyField.stride;
    const r = this.records;
    const counts: number[] = [];
    let firstIndex = 0;
    for (let k = 0; k < this.bucketCount; k++) {
      const n = this.buckets[k * this.slices + t]!;
      // Stryker disable next-line ConditionalExpression: leading empty buckets only: QuantileSketch.fromJSON adds no empty bucket (also silences `true`, which the tests kill)
      if (n === 0 && counts.length === 0) continue;
      if (counts.length === 0) firstIndex = k + this.minBucket;
      counts.push(n);
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: trims trailing empty buckets, which fromJSON skips; the last bucket is past maxValue's, so always empty, and `!== 0` pops nothing (also silences the mutants that pop every bucket, which the tests kill)
    while (counts.length > 0 && counts[counts.length - 1] === 0) counts.pop();
    const answered = r[o + TallyField.answered]!;
    const s = this.sketch;
    return QuantileSketch.fromJSON({
      relativeAccuracy: s.relativeAccuracy,
      minValue: s.minValue,
      maxValue: s.maxValue,
      zeroCount: r[o + TallyField.zeroWaits]!,
      min: answered === 0 ? null : r[o + TallyField.waitMin]!,
      max: answered === 0 ? null : r[o + TallyField.waitMax]!,
      firstIndex,
      counts,
    });
  }

  /** Share of slice `t`'s answered contacts that waited at most each threshold (`null` shares when none answered). */
  waitDistribution(t: number, thresholds: readonly number[]): WaitDistributionPoint[] {
    const answered = this.records[t * TallyField.stride + TallyField.answered]!;
    const sketch = this.waitSketch(t);
    return thresholds.map((upTo) => ({ upTo, answered: answered === 0 ? null : sketch.fractionAtMost(upTo) }));
  }

  /** Slice `t`'s metrics. */
  summary(t: number): ContactMetrics {
    const r = this.records;
    const o = t * TallyField.stride;
    const f = (field: TallyField): number => r[o + field]!;
    const answered = f(TallyField.answered);
    const abandoned = f(TallyField.abandoned);
    const offered = f(TallyField.offered);
    const within = f(TallyField.answeredWithinTarget);
    const entered = answered + abandoned;
    const sketch = this.waitSketch(t);
    const q = (p: number): number | null => (answered === 0 ? null : sketch.quantile(p));
    const wait: WaitSummary = {
      mean: answered === 0 ? null : f(TallyField.waitMean),
      p50: q(0.5),
      p80: q(0.8),
      p90: q(0.9),
      p95: q(0.95),
      p99: q(0.99),
      max: answered === 0 ? null : f(TallyField.waitMax),
    };
    return {
      offered,
      answered,
      served: f(TallyField.served),
      abandoned,
      blocked: f(TallyField.blocked),
      unfinished: f(TallyField.unfinished),
      shortAbandoned: f(TallyField.shortAbandoned),
      answeredWithinTarget: within,
      abandonmentRate: ratio(abandoned, entered),
      blockingRate: ratio(f(TallyField.blocked), offered),
      asa: wait.mean,
      wait,
      meanQueueTime: ratio(f(TallyField.waitSum) + f(TallyField.abandonSum), entered),
      meanTimeToAbandon: abandoned === 0 ? null : f(TallyField.abandonMean),
      serviceLevel: ratio(within, entered),
      serviceLevelOfAnswered: ratio(within, answered),
      serviceLevelExcludingShortAbandons: ratio(within, entered - f(TallyField.shortAbandoned)),
      meanHandleTime: f(TallyField.served) === 0 ? null : f(TallyField.handleMean),
    };
  }

  private rejectWait(wait: number): never {
    throw new RangeError(`ContactTallies.answer: wait must be in [0, ${this.maxWait}], got ${wait}`);
  }
}
