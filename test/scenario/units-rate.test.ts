import { describe, expect, it } from 'vitest';
import { formatRate, parseRate } from '../../src/scenario/units';

describe('parseRate()', () => {
  const valid: [string, number][] = [
    ['120/h', 120 / 3_600],
    ['2/m', 2 / 60],
    ['2/min', 2 / 60],
    ['0.05/s', 0.05],
    ['500/d', 500 / 86_400],
    [' 3 / h ', 3 / 3_600],
    ['0/h', 0],
    ['-2/h', -2 / 3_600],
  ];
  it.each(valid)('reads %s as %f per second', (text, perSecond) => {
    expect(parseRate(text)).toBeCloseTo(perSecond, 15);
  });

  const invalid: [string, RegExp][] = [
    ['120', /cannot read rate '120'/],
    ['120/', /has no time unit/],
    ['120/w', /unknown unit 'w' in rate '120\/w'/],
    ['fast', /cannot read rate/],
    ['1/2h', /cannot read rate/],
  ];
  it.each(invalid)('rejects %j', (text, message) => {
    expect(() => parseRate(text)).toThrow(RangeError);
    expect(() => parseRate(text)).toThrow(message);
  });
});

describe('formatRate()', () => {
  it('shows rates per hour', () => {
    expect(formatRate(1 / 30)).toBe('120/h');
  });
});
