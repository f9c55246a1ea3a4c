import { describe, expect, it } from 'vitest';
import { formatDifference, formatEstimate, formatValue, MISSING } from '../../src/report/html/index';
import { rowDurationScale } from '../../src/report/html/format';

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
    expect(formatEstimate(summary(105.2, 12.3), 'seconds')).toBe('105s ± 12s');
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

/** The printed magnitude and half-width of a difference, as numbers. */
function printed(text: string): [number, number] {
  const m = text.match(/^[+−]?([\d.]+)\D*± ([\d.]+)/);
  if (m === null) throw new Error(`unexpected ${text}`);
  return [Number(m[1]), Number(m[2])];
}

describe('formatDifference() rounding and significance', () => {
  it('adds decimals until a significant difference no longer prints as touching zero', () => {
    expect(formatDifference({ ...summary(-0.0034, 0.0031), significant: true }, 'percent')).toBe('−0.34 pt ± 0.31 pt *');
    expect(formatDifference({ ...summary(0.00004, 0.00001), significant: true }, 'count')).toBe('+0.00004 ± 0.00001 *');
  });

  it('never prints a significant magnitude at or below its half-width, nor a non-significant one above it', () => {
    // a grid of means and half-widths around the rounding boundaries, in every unit
    for (const unit of ['percent', 'seconds', 'count'] as const) {
      for (let i = 1; i <= 150; i++) {
        const mean = (i % 2 === 0 ? 1 : -1) * i * 0.000731 * (unit === 'seconds' ? 997 : 1);
        for (const ratio of [0.5, 0.9, 0.99, 0.999, 1, 1.001, 1.2]) {
          const hw = Math.abs(mean) * ratio;
          const significant = hw < Math.abs(mean);
          const [m, h] = printed(formatDifference({ ...summary(mean, hw), significant }, unit));
          if (significant) expect(m, `${unit} ${mean} ± ${hw}`).toBeGreaterThan(h);
          else expect(m, `${unit} ${mean} ± ${hw}`).toBeLessThanOrEqual(h);
        }
      }
    }
  });

  it('prints every cell of a row in the duration unit of the row', () => {
    const scale = rowDurationScale([2004, -25.7]);
    expect(formatEstimate(summary(2004, 60), 'seconds', scale)).toBe('33.4 min ± 1.0 min');
    expect(formatDifference({ ...summary(-25.7, 10), significant: true }, 'seconds', scale)).toBe('−0.43 min ± 0.17 min *');
  });
});
