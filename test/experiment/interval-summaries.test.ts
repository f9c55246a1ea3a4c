import { describe, expect, it } from 'vitest';
import { intervalSummaries } from '../../src/experiment/intervals';
import { runExperiment } from '../../src/experiment/replications';
import { summarizeValues, type MetricSummary } from '../../src/experiment/summary';
import { helpDesk } from './scenarios';

describe('intervalSummaries()', () => {
  it('gives the intraday picture: each interval metric with its CI across replications', async () => {
    const e = await runExperiment(helpDesk(2), { replications: 4, seed: 8, threads: 1 });
    const intervals = intervalSummaries(e);
    expect(intervals.map((i) => [i.index, i.start])).toEqual([[0, 0], [1, 1800], [2, 3600], [3, 5400]]);
    const sl = e.metrics.indexOf('intervals.2.serviceLevel');
    expect(intervals[2]!.metrics['serviceLevel']).toEqual(summarizeValues(e.replications.map((r) => r.values[sl]!)));
    expect(Object.keys(intervals[0]!.metrics).sort()).toEqual(
      ['abandonmentRate', 'abandoned', 'agentsOnDuty', 'answered', 'asa', 'occupancy', 'offered', 'serviceLevel'].sort(),
    );
    expect(intervals[0]!.metrics['agentsOnDuty']).toMatchObject({ mean: 11, sd: 0 });
  });

  it('orders the intervals by index whatever the order of the summary, and gives null for an interval without a start', () => {
    const v = (mean: number) => summarizeValues([mean, mean]);
    const summary = {
      'intervals.10.offered': v(10),
      'intervals.2.start': v(3600),
      'intervals.2.offered': v(2),
      'intervals.9.offered': v(9),
      'intervals.9.start': v(16_200),
    };
    const intervals = intervalSummaries({ summary });
    expect(intervals.map((i) => [i.index, i.start])).toEqual([[2, 3600], [9, 16_200], [10, null]]);
    expect(intervals.map((i) => i.metrics['offered']!.mean)).toEqual([2, 9, 10]);
  });

  it('takes only the run-wide interval metrics, not per-type ones nor deeper paths', () => {
    const v = (mean: number) => summarizeValues([mean, mean]);
    const summary = {
      'intervals.0.serviceLevel': v(0.8),
      'detailed.byContactTypeAndInterval.calls.intervals.0.serviceLevel': v(0.1),
      'detailed.byContactTypeAndInterval.calls.intervals.0.asa': v(99),
      'intervals.0.future.part': v(7),
    };
    const [first, ...rest] = intervalSummaries({ summary });
    expect(rest).toEqual([]);
    expect(first!.metrics).toEqual({ serviceLevel: v(0.8) });
    // Nor a path that only ends like one, nor one that goes on past the metric.
    const lookalikes: Record<string, MetricSummary> = { 'x.intervals.0.asa': v(1), 'intervals.1.asa.extra': v(2) };
    expect(intervalSummaries({ summary: lookalikes })).toEqual([]);
  });

  it('skips a key whose summary is undefined (a record with a gap)', () => {
    const v = (mean: number) => summarizeValues([mean, mean]);
    const summary = { 'intervals.0.offered': v(3), 'intervals.0.asa': undefined, 'intervals.1.offered': undefined };
    const intervals = intervalSummaries({ summary });
    expect(intervals).toHaveLength(1);
    expect(Object.keys(intervals[0]!.metrics)).toEqual(['offered']);
  });
});
