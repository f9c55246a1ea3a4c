import { describe, expect, it } from 'vitest';
import { fitExponentialCensored, fitLognormal, kaplanMeier, ksDistance } from '../../src/fit/index';
import { fitWeibullCensored } from '../../src/fit/censored-weibull';
import { describeValue } from '../../src/fit/validate';

describe('describeValue()', () => {
  it('quotes strings, counts arrays, names null and objects, prints the rest', () => {
    expect(describeValue('7')).toBe('"7"');
    expect(describeValue([1, 2])).toBe('an array of 2');
    expect(describeValue(null)).toBe('null');
    expect(describeValue({ time: 1 })).toBe('an object');
    expect(describeValue(true)).toBe('true');
    expect(describeValue(undefined)).toBe('undefined');
  });
});

describe('the fitting functions name themselves, the parameter and the value', () => {
  it('when the data is not an array', () => {
    expect(() => fitExponentialCensored('x' as never)).toThrow(new TypeError('fitExponentialCensored: waits must be an array of numbers, got "x"'));
    expect(() => fitWeibullCensored({} as never)).toThrow(new TypeError('fitWeibullCensored: waits must be an array of numbers, got an object'));
    expect(() => kaplanMeier(null as never)).toThrow(new TypeError('kaplanMeier: waits must be an array of numbers, got null'));
    expect(() => ksDistance(5 as never, (x) => x)).toThrow(new TypeError('ksDistance: samples must be an array of numbers, got 5'));
  });

  it('when an element has the wrong type', () => {
    expect(() => fitLognormal([[1], 2] as never)).toThrow(new TypeError('fitLognormal: samples[0] must be a number, got an array of 1'));
    expect(() => fitLognormal([1, {}] as never)).toThrow(new TypeError('fitLognormal: samples[1] must be a number, got an object'));
    expect(() => fitExponentialCensored([{ time: 1, abandoned: true }, 5] as never)).toThrow(
      new TypeError('fitExponentialCensored: waits[1] must be { time, abandoned }, got 5'),
    );
  });
});
