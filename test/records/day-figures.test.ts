import { describe, expect, it } from 'vitest';
import { figuresOf, FIGURE_MEASURES, hourlyFigures } from '../../src/records/day-figures';

const c = (offered: number, wait: number, abandoned = false) => ({ offered, wait, abandoned });

describe('figuresOf(): the edges', () => {
  it('counts a wait of exactly 20 s or 60 s as within, one more second as not', () => {
    expect(figuresOf([c(0, 20), c(0, 21), c(0, 60), c(0, 61)])).toEqual({ offered: 4, abandonment: 0, asa: 40.5, within20: 0.25, within60: 0.75 });
  });

  it('an abandoned contact counts as offered, never as answered within, and its wait stays out of the ASA', () => {
    expect(figuresOf([c(0, 5, true), c(0, 0, true)])).toEqual({ offered: 2, abandonment: 1, asa: null, within20: 0, within60: 0 });
    expect(figuresOf([c(0, 5, true), c(0, 30)])).toEqual({ offered: 2, abandonment: 0.5, asa: 30, within20: 0, within60: 0.5 });
  });
});

describe('hourlyFigures()', () => {
  it('sorts contacts by the hour they were offered; before midnight into the first hour, past the last into the last', () => {
    const hours = hourlyFigures([c(3599, 0), c(3600, 10), c(-5, 0), c(90_000, 0, true), c(7200, 100)]);
    expect(hours).toHaveLength(24);
    expect(hours.map((h) => h.offered)).toEqual([2, 1, 1, ...new Array<number>(20).fill(0), 1]);
    expect(hours[1]).toEqual({ offered: 1, abandonment: 0, asa: 10, within20: 1, within60: 1 });
    expect(hours[23]).toEqual({ offered: 1, abandonment: 1, asa: null, within20: 0, within60: 0 });
    expect(hours[5]).toEqual({ offered: 0, abandonment: null, asa: null, within20: null, within60: null });
  });

  it('takes the number of hours', () => {
    expect(hourlyFigures([c(0, 0), c(10_000, 0)], 2).map((h) => h.offered)).toEqual([1, 1]);
  });

  it('lists the measures in display order', () => {
    expect(FIGURE_MEASURES).toEqual(['abandonment', 'asa', 'within20', 'within60', 'offered']);
  });
});
