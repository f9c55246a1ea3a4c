import { describe, expect, it } from 'vitest';
import type { DifferenceSummary } from '../../src/experiment/differences';
import type { MetricSummary } from '../../src/experiment/summary';
import { durationScale, formatDifference, formatSummary } from '../../src/report/summary-table';

const summary = (mean: number, halfWidth: number | null): MetricSummary => ({
  n: 10,
  mean,
  sd: halfWidth,
  halfWidth,
  lower: halfWidth === null ? null : mean - halfWidth,
  upper: halfWidth === null ? null : mean + halfWidth,
});

describe('text formatting of summaries', () => {
  it('reads durations in seconds, minutes or hours by their size', () => {
    expect(durationScale(90)).toEqual({ divisor: 1, suffix: 's' });
    expect(durationScale(600)).toEqual({ divisor: 60, suffix: ' min' });
    expect(durationScale(-3 * 3600)).toEqual({ divisor: 3600, suffix: ' h' });
    expect(formatSummary(summary(19.25, 6.5), 'seconds')).toBe('19.3s ± 6.5s');
    expect(formatSummary(summary(11580, 617), 'seconds')).toBe('3.2 h ± 0.2 h');
    expect(formatSummary(summary(1500, 60), 'seconds')).toBe('25.0 min ± 1.0 min');
  });

  it('gives percentages with the half-width in points, and no ± without an interval', () => {
    expect(formatSummary(summary(0.774, 0.0104), 'percent')).toBe('77.4% ± 1.0 pt');
    expect(formatSummary(summary(0.5, null), 'percent')).toBe('50.0%');
    expect(formatSummary(undefined, 'percent')).toBe('–');
  });

  it('marks a difference whose interval excludes 0', () => {
    const d = (mean: number, halfWidth: number, significant: boolean): DifferenceSummary =>
      ({ n: 10, mean, sd: 1, halfWidth, lower: mean - halfWidth, upper: mean + halfWidth, significant }) as DifferenceSummary;
    expect(formatDifference(d(0.054, 0.003, true), 'percent')).toBe('+5.4 pt ± 0.3 pt *');
    expect(formatDifference(d(-9.4, 5.9, true), 'seconds')).toBe('-9.4s ± 5.9s *');
    expect(formatDifference(d(-240, 300, false), 'seconds')).toBe('-4.0 min ± 5.0 min');
    expect(formatDifference(d(-0.0004, 0.001, false), 'percent')).toBe('+0.0 pt ± 0.1 pt');
  });
});
