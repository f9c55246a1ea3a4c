import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DifferenceSummary } from '../../src/experiment/differences';
import type { MetricSummary } from '../../src/experiment/summary';
import { formatDifference, formatSummary } from '../../src/report/summary-table';
import { helpDesk } from '../experiment/scenarios';
import { cli, tempDir, writeScenario } from './cli-harness';

const file = writeScenario(tempDir(), 'help-desk.json', helpDesk(2));

const summary = (mean: number, halfWidth: number): MetricSummary => ({ n: 5, mean, sd: halfWidth, halfWidth, lower: mean - halfWidth, upper: mean + halfWidth });
const difference = (mean: number, halfWidth: number): DifferenceSummary =>
  ({ ...summary(mean, halfWidth), significant: mean - halfWidth > 0 || mean + halfWidth < 0 }) as DifferenceSummary;

/** `+1.25 pt ± 0.4 pt *` → its parts. */
const DIFFERENCE = /^([+-])(\d+(?:\.(\d+))?)( pt|s| min| h|) ± (\d+(?:\.(\d+))?)( pt|s| min| h|)( \*)?$/;

describe('compare table: differences', () => {
  it('print the half-width in the unit of the difference', () => {
    expect(formatDifference(difference(-1.9, 0.6), 'seconds')).toBe('-1.9s ± 0.6s *');
    expect(formatDifference(difference(0.054, 0.003), 'percent')).toBe('+5.4 pt ± 0.3 pt *');
    expect(formatDifference(difference(-600, 300), 'seconds')).toBe('-10.0 min ± 5.0 min *');
  });

  it('print a duration and its half-width in the unit of the larger, so neither passes its range (issue 20)', () => {
    // 214.4 s is past 2 minutes: both in minutes, 19.1/60 = 0.32 and 214.4/60 = 3.57.
    expect(formatDifference(difference(-19.1, 214.4), 'seconds')).toBe('-0.3 min ± 3.6 min');
    // 150 s ≥ 120 s: minutes, 90/60 = 1.5 and 150/60 = 2.5.
    expect(formatSummary(summary(90, 150), 'seconds')).toBe('1.5 min ± 2.5 min');
    expect(formatSummary(summary(90, 20), 'seconds')).toBe('90.0s ± 20.0s');
  });

  it('mark a difference significant only when the printed interval excludes 0, and then always', () => {
    const unit = fc.constantFrom('percent' as const, 'seconds' as const, 'count' as const);
    const scale = { percent: 0.01, seconds: 1, count: 1 };
    fc.assert(
      fc.property(unit, fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: 0, max: 20, noNaN: true }), (u, m, h) => {
        const d = difference(m * scale[u], h * scale[u]);
        // Up to 4 more decimals are printed: a gap between |mean| and the half-width smaller than
        // that (a ten-thousandth of a point or second) may still print as touching 0.
        fc.pre(d.significant !== true || Math.abs(m) - h >= 2e-4);
        const text = formatDifference(d, u);
        const parts = DIFFERENCE.exec(text);
        expect(parts, text).not.toBeNull();
        const [, , mean, meanDecimals, meanUnit, hw, hwDecimals, hwUnit, mark] = parts!;
        expect(hwUnit, text).toBe(meanUnit);
        expect(hwDecimals ?? '', text).toHaveLength((meanDecimals ?? '').length);
        // As printed, the interval excludes 0 exactly when the difference is marked significant
        // (an interval that reaches 0 exactly counts as including it).
        expect(Number(mean) > Number(hw), text).toBe(mark !== undefined);
      }),
      { numRuns: 500, seed: 15 },
    );
  });

  it('in the compare table from the command line, every ± has the unit of its value', async () => {
    const { code, stdout } = await cli(['compare', file, '--policy', 'longest-idle-agent', 'random-agent', '--replications', '3', '--threads', '1']);
    expect(code).toBe(0);
    const cells = stdout.match(/[+-]?\d+(?:\.\d+)?(?: pt|s| min| h|%)? ± \d+(?:\.\d+)?(?: pt|s| min| h)?/g) ?? [];
    expect(cells.length).toBeGreaterThan(10);
    for (const cell of cells) {
      const [value, hw] = cell.split(' ± ') as [string, string];
      const unitOf = (text: string): string => text.replace(/^[+-]?\d+(?:\.\d+)?/, '');
      expect(unitOf(hw), cell).toBe(unitOf(value) === '%' ? ' pt' : unitOf(value));
    }
  });
});

describe('counts', () => {
  it('give the half-width as many decimals as the mean', () => {
    expect(formatSummary(summary(34873.2, 264.4), 'count')).toBe('34873 ± 264');
    expect(formatSummary(summary(6762.4, 43.8), 'count')).toBe('6762 ± 44');
    expect(formatSummary(summary(42.34, 3.06), 'count')).toBe('42.3 ± 3.1');
  });
});

describe('headers', () => {
  it('say "replications" in the plural only for more than one', async () => {
    const three = await cli(['run', file, '--replications', '3', '--threads', '1']);
    expect(three.stdout.split('\n')[0]).toMatch(/: 3 replications, seed 1, mean ± 95% Student t half-width$/);
    const compared = await cli(['compare', file, '--policy', 'longest-idle-agent', 'random-agent', '--replications', '1']);
    expect(compared.stdout.split('\n')[0]).toMatch(/^1 replication per design, seed 1, /);
  });
});
