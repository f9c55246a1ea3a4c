import { describe, expect, it } from 'vitest';
import type { MetricRecord } from '../../src/experiment/metric-keys';
import type { MetricSummary } from '../../src/experiment/summary';
import { suggestWarmup } from '../../src/experiment/warmup';

/** A summary entry with mean m (as from two equal replications). */
function mean(m: number | null): MetricSummary {
  return m === null
    ? { n: 0, mean: null, sd: null, halfWidth: null, lower: null, upper: null }
    : { n: 2, mean: m, sd: 0, halfWidth: 0, lower: m, upper: m };
}

/**
 * A pilot's summary of 40 ten-minute intervals: `asa` is 100 s for intervals 0–6 and 10 s after,
 * `serviceLevel` 0.2 for intervals 0–14 and 0.9 after.
 */
function pilot(): Record<string, MetricSummary> {
  const summary: Record<string, MetricSummary> = {};
  for (let k = 0; k < 40; k++) {
    summary[`intervals.${k}.start`] = mean(k * 600);
    summary[`intervals.${k}.asa`] = mean(k < 7 ? 100 : 10);
    summary[`intervals.${k}.serviceLevel`] = mean(k < 15 ? 0.2 : 0.9);
  }
  return summary;
}

const summaryOf = (summary: Record<string, MetricSummary>) => ({ summary: summary as MetricRecord<MetricSummary> });

describe('suggestWarmup() on a hand-made pilot', () => {
  it('looks at asa with MSER-5 by default: batch means 100, 64, 10, … → the first two batches go', () => {
    // Batch means of 5 intervals: 100, (3 × 100 + 2 × 10) / 5 = 64, then 10 six times; deleting 2
    // batches leaves a constant series (MSER 0), the smallest such d.
    const w = suggestWarmup(summaryOf(pilot()));
    expect(w.metric).toBe('asa');
    expect(w.series).toEqual([...Array<number>(7).fill(100), ...Array<number>(33).fill(10)]);
    expect(w.mser).toEqual({ truncate: 10, batches: 8, statistic: 0, atLimit: false });
    expect(w.intervals).toBe(10);
    expect(w.seconds).toBe(6000);
  });

  it('takes the batch size and metric it is given', () => {
    // Batches of one interval: the 7 intervals at 100 s go; 0.9 from interval 15 on.
    expect(suggestWarmup(summaryOf(pilot()), { batchSize: 1 })).toMatchObject({ intervals: 7, seconds: 4200 });
    expect(suggestWarmup(summaryOf(pilot()), { metric: 'serviceLevel', batchSize: 1 })).toMatchObject({ metric: 'serviceLevel', intervals: 15, seconds: 9000 });
  });

  it('gives the start of the first interval kept, not the count times a step', () => {
    const summary = pilot();
    // Intervals that start on the hour plus 5 minutes (a pilot whose reporting grid is offset).
    for (let k = 0; k < 40; k++) summary[`intervals.${k}.start`] = mean(300 + k * 600);
    expect(suggestWarmup(summaryOf(summary))).toMatchObject({ intervals: 10, seconds: 6300 });
  });

  it('names the interval that lacks the metric, has it null, or has no start', () => {
    const missing = pilot();
    delete missing['intervals.3.asa'];
    expect(() => suggestWarmup(summaryOf(missing))).toThrow(
      new RangeError("suggestWarmup: interval 3 has no 'asa' in any replication; use longer intervals or another metric"),
    );
    const empty = pilot();
    empty['intervals.5.asa'] = mean(null);
    expect(() => suggestWarmup(summaryOf(empty))).toThrow(/^suggestWarmup: interval 5 has no 'asa' in any replication/);
    expect(() => suggestWarmup(summaryOf(pilot()), { metric: 'occupancy' })).toThrow(/interval 0 has no 'occupancy'/);
    const noStart = pilot();
    delete noStart['intervals.10.start'];
    expect(() => suggestWarmup(summaryOf(noStart))).toThrow(new RangeError("suggestWarmup: interval 10, the first one kept, has no 'start' in the summary"));
  });
});
