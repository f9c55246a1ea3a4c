import type { ContactMetrics, WaitDistributionPoint, WaitSummary } from './result';
import { QuantileSketch } from './stats/quantile-sketch';
import { RunningStats } from './stats/running-stats';

/** Counts and streaming statistics of the contacts of one slice, in fixed memory. */
export class ContactTally {
  offered = 0;
  answered = 0;
  served = 0;
  abandoned = 0;
  blocked = 0;
  unfinished = 0;
  shortAbandoned = 0;
  answeredWithinTarget = 0;
  /** Waits of answered contacts. */
  readonly wait = new RunningStats();
  readonly waitQuantiles: QuantileSketch;
  /** Times to abandon. */
  readonly abandonWait = new RunningStats();
  /** Handle times of served contacts. */
  readonly handle = new RunningStats();

  constructor(relativeAccuracy: number) {
    this.waitQuantiles = new QuantileSketch({ relativeAccuracy });
  }

  /** Records a contact answered after waiting `wait`, within its target when `withinTarget`. */
  answer(wait: number, withinTarget: boolean): void {
    this.answered++;
    if (withinTarget) this.answeredWithinTarget++;
    this.wait.add(wait);
    this.waitQuantiles.add(wait);
  }

  /**
   * Records a contact answered after waiting `wait` like {@link ContactTally.answer}, with the wait's
   * sketch bucket computed already (by the first of several tallies of equal accuracy; ignored for 0).
   */
  answerInBucket(wait: number, withinTarget: boolean, bucket: number): void {
    this.answered++;
    if (withinTarget) this.answeredWithinTarget++;
    this.wait.add(wait);
    this.waitQuantiles.addInBucket(wait, bucket);
  }

  /** Records an abandonment after waiting `wait`. */
  abandon(wait: number, short: boolean): void {
    this.abandoned++;
    if (short) this.shortAbandoned++;
    this.abandonWait.add(wait);
  }

  /** Share of answered contacts that waited at most each threshold (`null` shares when none answered). */
  waitDistribution(thresholds: readonly number[]): WaitDistributionPoint[] {
    const sketch = this.waitQuantiles;
    return thresholds.map((upTo) => ({ upTo, answered: this.answered === 0 ? null : sketch.fractionAtMost(upTo) }));
  }

  /** The slice's metrics. */
  summary(): ContactMetrics {
    const entered = this.answered + this.abandoned;
    const answered = this.answered;
    const sketch = this.waitQuantiles;
    const q = (p: number): number | null => (answered === 0 ? null : sketch.quantile(p));
    const wait: WaitSummary = {
      mean: answered === 0 ? null : this.wait.mean,
      p50: q(0.5),
      p80: q(0.8),
      p90: q(0.9),
      p95: q(0.95),
      p99: q(0.99),
      max: answered === 0 ? null : this.wait.max,
    };
    return {
      offered: this.offered,
      answered,
      served: this.served,
      abandoned: this.abandoned,
      blocked: this.blocked,
      unfinished: this.unfinished,
      shortAbandoned: this.shortAbandoned,
      answeredWithinTarget: this.answeredWithinTarget,
      abandonmentRate: ratio(this.abandoned, entered),
      blockingRate: ratio(this.blocked, this.offered),
      asa: wait.mean,
      wait,
      meanQueueTime: ratio(this.wait.sum + this.abandonWait.sum, entered),
      meanTimeToAbandon: this.abandoned === 0 ? null : this.abandonWait.mean,
      serviceLevel: ratio(this.answeredWithinTarget, entered),
      serviceLevelOfAnswered: ratio(this.answeredWithinTarget, answered),
      serviceLevelExcludingShortAbandons: ratio(this.answeredWithinTarget, entered - this.shortAbandoned),
      meanHandleTime: this.served === 0 ? null : this.handle.mean,
    };
  }
}

/** a / b, or null when b is 0. */
export function ratio(a: number, b: number): number | null {
  return b > 0 ? a / b : null;
}
