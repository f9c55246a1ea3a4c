import { describe, expect, it } from 'vitest';
import { formatDifference, formatEstimate, formatValue, MISSING } from '../../src/report/html/index';

const summary = (mean: number | null, halfWidth: number | null) => ({
  n: 5,
  mean,
  sd: halfWidth,
  halfWidth,
  lower: mean === null || halfWidth === null ? null : mean - halfWidth,
  upper: mean === null || halfWidth === null ? null : mean + halfWidth,
});

describe('formatEstimate()', () => {
  it('prints shares in % with half-widths in percentage points', () => {
    expect(formatEstimate(summary(0.8782, 0.0424), 'percent')).toBe('87.8% ± 4.2 pt');
  });
  it('prints durations in seconds, minutes or hours by the size of the mean', () => {
    expect(formatEstimate(summary(4.51, 3.03), 'seconds')).toBe('4.5s ± 3.0s');
    expect(formatEstimate(summary(105.2, 12.3), 'seconds')).toBe('105s ± 12.3s');
    expect(formatEstimate(summary(1309.46, 222.06), 'seconds')).toBe('21.8 min ± 3.7 min');
    expect(formatEstimate(summary(11580, 617), 'seconds')).toBe('3.2 h ± 0.2 h');
  });
  it('prints only the mean without an interval, and – without a mean', () => {
    expect(formatEstimate(summary(0.5, null), 'percent')).toBe('50.0%');
    expect(formatEstimate(summary(null, null), 'percent')).toBe(MISSING);
    expect(formatEstimate(undefined, 'count')).toBe(MISSING);
  });
});

describe('formatDifference()', () => {
  it('signs the difference and marks a significant one', () => {
    expect(formatDifference({ ...summary(0.023, 0.011), significant: true }, 'percent')).toBe('+2.3 pt ± 1.1 pt *');
    expect(formatDifference({ ...summary(-12, 30), significant: false }, 'seconds')).toBe('−12.0s ± 30.0s');
  });
  it('prints no sign on a difference that rounds to zero, and no negative zero', () => {
    expect(formatDifference({ ...summary(-0.00001, 0), significant: false }, 'percent')).toBe('0.0 pt ± 0.0 pt');
    expect(formatValue(-0.00001, 'percent')).toBe('0.0%');
  });
});
