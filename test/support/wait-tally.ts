import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';

/**
 * A test observer that measures waits independently of the metrics collector: for contacts that
 * arrive at or after the warm-up it counts those that left the queue (answered or abandoned),
 * those answered without waiting, and those answered within each of the given thresholds.
 * One tally per contact type, plus the total.
 */
export class WaitTally implements ContactCenterObserver {
  private view!: ContactCenterView;
  /** Answered + abandoned, per contact type. */
  entered: number[] = [];
  /** Answered with a wait of exactly 0, per contact type. */
  answeredAtOnce: number[] = [];
  /** `answeredWithin[k][type]`: answered with wait ≤ `thresholds[k]`. */
  answeredWithin: number[][] = [];

  /** @param thresholds wait thresholds (seconds) to count answers within */
  constructor(readonly thresholds: readonly number[] = []) {}

  attach(view: ContactCenterView): void {
    this.view = view;
    const types = view.model.contactTypes.length;
    this.entered = new Array<number>(types).fill(0);
    this.answeredAtOnce = new Array<number>(types).fill(0);
    this.answeredWithin = this.thresholds.map(() => new Array<number>(types).fill(0));
  }

  private counted(c: number): boolean {
    return this.view.contactArrival(c) >= this.view.model.warmup;
  }

  onServiceStart(c: number): void {
    if (!this.counted(c)) return;
    const v = this.view;
    const type = v.contactType(c);
    const wait = v.now - v.contactQueuedAt(c);
    this.entered[type]!++;
    if (wait === 0) this.answeredAtOnce[type]!++;
    this.thresholds.forEach((t, k) => {
      if (wait <= t) this.answeredWithin[k]![type]!++;
    });
  }

  onAbandon(c: number): void {
    if (!this.counted(c)) return;
    this.entered[this.view.contactType(c)]!++;
  }

  /** P(W > 0) over contacts that left the queue, of one type or (omitted) all. */
  probabilityOfWait(type?: number): number {
    const entered = pick(this.entered, type);
    return 1 - pick(this.answeredAtOnce, type) / entered;
  }

  /** P(answered and W ≤ thresholds[k]) over contacts that left the queue. */
  answeredWithinShare(k: number, type?: number): number {
    return pick(this.answeredWithin[k] ?? [], type) / pick(this.entered, type);
  }
}

function pick(values: readonly number[], type: number | undefined): number {
  return type === undefined ? values.reduce((a, b) => a + b, 0) : (values[type] ?? 0);
}
