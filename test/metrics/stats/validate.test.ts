import { describe as suite, expect, it } from 'vitest';
import {
  asRecord,
  assertCount,
  assertFinite,
  assertNonNegative,
  assertPositive,
  describe,
  readBoolean,
  readFinite,
  readFiniteArray,
  readFiniteOrNull,
} from '../../../src/metrics/stats/validate';

suite('validate: describe()', () => {
  it('quotes strings, prints numbers, null and undefined, names arrays and other types', () => {
    expect([describe('abc'), describe(Number.NaN), describe(-0.5), describe(undefined), describe(null)]).toEqual([
      '"abc"',
      'NaN',
      '-0.5',
      'undefined',
      'null',
    ]);
    expect([describe([1]), describe({}), describe(true), describe(() => 1)]).toEqual(['an array', 'object', 'boolean', 'function']);
  });
});

suite('validate: number checks', () => {
  it('throw a TypeError for a non-number and a RangeError for a non-finite one, naming caller and parameter', () => {
    expect(() => assertFinite('f', 'x', '1')).toThrow(new TypeError('f: x must be a finite number, got "1"'));
    expect(() => assertFinite('f', 'x', Infinity)).toThrow(new RangeError('f: x must be a finite number, got Infinity'));
    expect(() => assertFinite('f', 'x', -3)).not.toThrow();
  });

  it('assertNonNegative accepts 0 and rejects −0.5', () => {
    expect(() => assertNonNegative('f', 'x', 0)).not.toThrow();
    expect(() => assertNonNegative('f', 'x', -0.5)).toThrow(new RangeError('f: x must be a non-negative finite number, got -0.5'));
    expect(() => assertNonNegative('f', 'x', null)).toThrow(TypeError);
  });

  it('assertPositive rejects 0 and accepts 1e−300', () => {
    expect(() => assertPositive('f', 'x', 0)).toThrow(new RangeError('f: x must be a positive finite number, got 0'));
    expect(() => assertPositive('f', 'x', 1e-300)).not.toThrow();
    expect(() => assertPositive('f', 'x', Number.NaN)).toThrow(/f: x must be a finite number, got NaN/);
  });

  it('assertCount accepts 0 and whole numbers, rejects −1 and 1.5', () => {
    expect(() => assertCount('f', 'n', 0)).not.toThrow();
    expect(() => assertCount('f', 'n', 7)).not.toThrow();
    expect(() => assertCount('f', 'n', -1)).toThrow(new RangeError('f: n must be a non-negative integer, got -1'));
    expect(() => assertCount('f', 'n', 1.5)).toThrow(new RangeError('f: n must be a non-negative integer, got 1.5'));
  });
});

suite('validate: JSON readers', () => {
  it('asRecord accepts plain objects and rejects null, arrays and numbers', () => {
    const record = { a: 1 };
    expect(asRecord('f', record)).toBe(record);
    expect(() => asRecord('f', null)).toThrow(new TypeError('f: expected a JSON object, got null'));
    expect(() => asRecord('f', [])).toThrow(new TypeError('f: expected a JSON object, got an array'));
    expect(() => asRecord('f', 3)).toThrow(new TypeError('f: expected a JSON object, got 3'));
  });

  it('read fields by name with the right type', () => {
    const r = { n: 2, none: null, list: [1, 2.5], flag: false, bad: [1, 'x'] };
    expect(readFinite('f', r, 'n')).toBe(2);
    expect(() => readFinite('f', r, 'missing')).toThrow(new TypeError('f: missing must be a finite number, got undefined'));
    expect(readFiniteOrNull('f', r, 'none')).toBeNull();
    expect(readFiniteOrNull('f', r, 'n')).toBe(2);
    expect(() => readFiniteOrNull('f', r, 'flag')).toThrow(/f: flag must be a finite number, got boolean/);
    expect(readFiniteArray('f', r, 'list')).toEqual([1, 2.5]);
    expect(() => readFiniteArray('f', r, 'n')).toThrow(new TypeError('f: n must be an array of numbers, got 2'));
    expect(() => readFiniteArray('f', r, 'bad')).toThrow(new TypeError('f: bad[1] must be a finite number, got "x"'));
    expect(readBoolean('f', r, 'flag')).toBe(false);
    expect(() => readBoolean('f', r, 'n')).toThrow(new TypeError('f: n must be a boolean, got 2'));
  });
});
