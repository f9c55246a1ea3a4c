import { describe, expect, it } from 'vitest';
import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';
import { WAIT_DISTRIBUTION_THRESHOLDS } from '../../src/metrics/result';
import { exponential } from '../../src/random/distributions/exponential';
import { simulateModel } from '../../src/run/simulate';
import { singleQueueModel } from '../support/models';

/** Records every answered contact's exact wait. */
class WaitRecorder implements ContactCenterObserver {
  readonly waits: number[] = [];
  private view!: ContactCenterView;
  attach(view: ContactCenterView): void {
    this.view = view;
  }
  onServiceStart(contact: number): void {
    this.waits.push(this.view.now - this.view.contactQueuedAt(contact));
  }
}

describe('waitDistribution', () => {
  it('matches the exact share of answered contacts within each threshold, within the sketch accuracy', () => {
    // M/M/3 at ρ ≈ 0.9 with 90 s handle time: waits spread over the 0–10 min thresholds.
    const model = singleQueueModel({ arrivalRate: 1 / 33, handleTime: exponential({ mean: 90 }), agents: 3, horizon: 8 * 3600 });
    const recorder = new WaitRecorder();
    const result = simulateModel(model, { seed: 5, observers: [recorder] });
    const waits = recorder.waits;
    expect(waits.length).toBe(result.overall.answered);
    expect(waits.length).toBeGreaterThan(500);
    const share = (t: number): number => waits.filter((w) => w <= t).length / waits.length;
    const alpha = 0.01;
    expect(result.waitDistribution.map((p) => p.upTo)).toEqual(WAIT_DISTRIBUTION_THRESHOLDS);
    for (const point of result.waitDistribution) {
      expect(point.answered!, `share within ${point.upTo}s`).toBeGreaterThanOrEqual(share(point.upTo / (1 + alpha)) - 1e-12);
      expect(point.answered!, `share within ${point.upTo}s`).toBeLessThanOrEqual(share(point.upTo / (1 - alpha)) + 1e-12);
    }
    // Not a constant: some answered at once, some waited over 30 s.
    expect(result.waitDistribution[0]!.answered!).toBeGreaterThan(0.05);
    expect(result.waitDistribution.find((p) => p.upTo === 30)!.answered!).toBeLessThan(0.95);
  });

  it('is null when nothing was answered', () => {
    const model = singleQueueModel({ arrivalRate: 1 / 60, handleTime: exponential({ mean: 90 }), agents: 0, horizon: 3600 });
    const result = simulateModel(model, { seed: 1 });
    expect(result.overall.answered).toBe(0);
    for (const point of result.waitDistribution) expect(point.answered).toBeNull();
  });
});
