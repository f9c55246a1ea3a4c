import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration, toSeconds } from '../../src/scenario/units';

describe('parseDuration()', () => {
  const valid: [string, number][] = [
    ['20s', 20],
    ['0s', 0],
    ['5m', 300],
    ['5min', 300],
    ['2h', 7_200],
    ['3d', 259_200],
    ['1.5h', 5_400],
    ['.5m', 30],
    ['1h30m', 5_400],
    ['1h 30m', 5_400],
    ['1d2h3m4s', 86_400 + 7_200 + 180 + 4],
    ['1m30s', 90],
    ['  45s  ', 45],
    ['2 h', 7_200],
  ];
  it.each(valid)('reads %s as %d seconds', (text, seconds) => {
    expect(parseDuration(text)).toBeCloseTo(seconds, 9);
  });

  const invalid: [string, RegExp][] = [
    ['5x', /unknown unit 'x' in duration '5x'; use s, m \(or min\), h, d/],
    ['2w', /unknown unit 'w'/],
    ['5mins', /unknown unit 'mins'/],
    ['30', /has a number without a unit/],
    ['', /empty duration/],
    ['h', /cannot read duration 'h'/],
    ['30m1h', /from the largest to the smallest/],
    ['1h1h', /each unit once/],
    ['5m5min', /each unit once/],
    ['-5m', /cannot read duration/],
  ];
  it.each(invalid)('rejects %j', (text, message) => {
    expect(() => parseDuration(text)).toThrow(RangeError);
    expect(() => parseDuration(text)).toThrow(message);
  });

  it('accepts a sign only when negative durations are allowed', () => {
    expect(parseDuration('-1h30m', true)).toBe(-5_400);
    expect(parseDuration('+2m', true)).toBe(120);
  });
});

describe('toSeconds()', () => {
  it('takes a plain number as seconds', () => {
    expect(toSeconds(90)).toBe(90);
    expect(toSeconds(0.25)).toBe(0.25);
  });
  it('rejects negative and non-finite numbers', () => {
    expect(() => toSeconds(-1)).toThrow('duration must not be negative, got -1');
    expect(() => toSeconds(Infinity)).toThrow(/finite/);
    expect(() => toSeconds(NaN)).toThrow(/finite/);
    expect(toSeconds(-1, true)).toBe(-1);
  });
});

describe('formatDuration()', () => {
  const cases: [number, string][] = [
    [0, '0s'],
    [20, '20s'],
    [90, '1m30s'],
    [5_400, '1h30m'],
    [86_400, '1d'],
    [86_400 + 3_600 * 8, '1d8h'],
    [1.5, '1.5s'],
    [-60, '-1m'],
  ];
  it.each(cases)('formats %d as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('round-trips through parseDuration', () => {
    for (const seconds of [1, 59, 61, 3_599, 3_601, 86_399, 123_456, 7.25]) {
      expect(parseDuration(formatDuration(seconds), true)).toBeCloseTo(seconds, 9);
    }
  });
});
