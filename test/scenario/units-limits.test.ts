import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DURATION_SECONDS, MAX_RATE_PER_SECOND } from '../../src/scenario/limits';
import { parseScenario } from '../../src/scenario/resolve';
import { DURATION_UNITS, parseDuration, parseRate, toSeconds } from '../../src/scenario/units';
import { validScenario } from './helpers';

/** Seeded, so a failure reproduces. */
const RUNS = { seed: 20_261_206, numRuns: 300 } as const;

const units = fc.constantFrom(...(Object.keys(DURATION_UNITS) as (keyof typeof DURATION_UNITS)[]));
/** Digit strings from 1 to 500 digits, with or without a fraction: up to far beyond what a double holds. */
const digits = fc.tuple(fc.stringMatching(/^[0-9]{1,500}$/), fc.option(fc.stringMatching(/^[0-9]{0,50}$/))).map(([whole, fraction]) =>
  fraction === null ? whole : `${whole}.${fraction}`,
);
/** Text made of the characters duration and rate strings are built from, plus some that are not. */
const unitLike = fc.stringMatching(/^[0-9.eE+\-\s/dhminsNaINfty]{0,30}$/);

/** Either the call throws a RangeError, or its result passes `check`. */
function rangeErrorOr(call: () => number, check: (value: number) => boolean): boolean {
  let value: number;
  try {
    value = call();
  } catch (error) {
    return error instanceof RangeError;
  }
  return check(value);
}

/** Rows `[label, text, message]` whose label shortens a long text, for readable test names. */
function labelled(rows: readonly [string, RegExp][]): (readonly [string, string, RegExp])[] {
  return rows.map(([text, message]) => [text.length > 40 ? `'${text.slice(0, 12)}…' (${text.length} characters)` : `'${text}'`, text, message] as const);
}

const finiteNotMinusZero = (value: number): boolean => Number.isFinite(value) && !Object.is(value, -0);

describe('parseDuration() and toSeconds(): finite and in range, or a RangeError', () => {
  it('a digit string of any length with a unit is its value, or an error saying the bound', () => {
    fc.assert(
      fc.property(digits, units, (number, unit) => {
        const exact = Number(number) * DURATION_UNITS[unit];
        const text = `${number}${unit}`;
        if (exact <= MAX_DURATION_SECONDS) return toSeconds(text) === exact;
        expect(() => toSeconds(text)).toThrow(/at most 3650d \(10 years\)/);
        return true;
      }),
      RUNS,
    );
  });

  it('any text gives a finite number (never -0) or a RangeError, and toSeconds stays within 10 years', () => {
    fc.assert(
      fc.property(fc.oneof(unitLike, fc.string()), fc.boolean(), (text, signed) => {
        expect(rangeErrorOr(() => parseDuration(text, signed), finiteNotMinusZero)).toBe(true);
        const inRange = (v: number): boolean => finiteNotMinusZero(v) && Math.abs(v) <= MAX_DURATION_SECONDS && (signed || v >= 0);
        expect(rangeErrorOr(() => toSeconds(text, signed), inRange)).toBe(true);
        return true;
      }),
      RUNS,
    );
  });

  it('any double, NaN and the infinities included, is a duration in range or a RangeError', () => {
    fc.assert(
      fc.property(fc.double(), fc.boolean(), (value, signed) => {
        const inRange = (v: number): boolean => finiteNotMinusZero(v) && Math.abs(v) <= MAX_DURATION_SECONDS && (signed || v >= 0);
        return rangeErrorOr(() => toSeconds(value, signed), inRange);
      }),
      RUNS,
    );
  });

  const rejected: [string, RegExp][] = [
    ['1e400s', /duration '1e400s' uses an exponent/],
    ['1E5m', /uses an exponent/],
    ['2.5e-3h', /uses an exponent/],
    ['NaN', /cannot read duration 'NaN'/],
    ['Infinity', /cannot read duration 'Infinity'/],
    ['Infinitys', /cannot read duration/],
    ['-0s', /cannot read duration '-0s'/], // no sign where durations are not negative
    ['3650d1s', /at most 3650d \(10 years\), got '3650d1s'/],
    ['87601h', /at most 3650d/],
    [`${'9'.repeat(400)}s`, /duration '9{24}…9{7}s \(401 characters\)' is too large to hold/],
    [`1h${'9'.repeat(320)}s`, /too large to hold/],
  ];
  it.each(labelled(rejected))('rejects %s naming the problem', (_label, text, message) => {
    expect(() => toSeconds(text)).toThrow(RangeError);
    expect(() => toSeconds(text)).toThrow(message);
  });

  it('reads -0 as 0, the largest durations exactly, whitespace around parts, and tiny values', () => {
    expect(Object.is(toSeconds('-0s', true), 0)).toBe(true);
    expect(Object.is(toSeconds(-0), 0)).toBe(true);
    expect(Object.is(toSeconds('-0h0s', true), 0)).toBe(true);
    expect(toSeconds('3650d')).toBe(MAX_DURATION_SECONDS);
    expect(toSeconds('-3650d', true)).toBe(-MAX_DURATION_SECONDS);
    expect(toSeconds(MAX_DURATION_SECONDS)).toBe(MAX_DURATION_SECONDS);
    expect(() => toSeconds(MAX_DURATION_SECONDS + 1)).toThrow(/at most 3650d \(10 years\), got 315360001/);
    expect(toSeconds(' \t1h \n 30m\t')).toBe(5_400);
    expect(toSeconds(`0.${'0'.repeat(400)}1s`)).toBe(0);
    expect(toSeconds(Number.MIN_VALUE)).toBe(Number.MIN_VALUE);
  });
});

describe('parseRate(): finite and at most a million per second, or a RangeError', () => {
  it('a digit string of any length per unit is its rate, or an error saying the bound', () => {
    fc.assert(
      fc.property(digits, units, (number, unit) => {
        const exact = Number(number) / DURATION_UNITS[unit];
        const text = `${number}/${unit}`;
        if (exact <= MAX_RATE_PER_SECOND) return parseRate(text) === exact;
        expect(() => parseRate(text)).toThrow(/is too large; at most 1000000\/s \(3600000000\/h\)/);
        return true;
      }),
      RUNS,
    );
  });

  it('any text gives a finite rate (never -0) within the bound, or a RangeError', () => {
    fc.assert(
      fc.property(fc.oneof(unitLike, fc.string()), (text) =>
        rangeErrorOr(() => parseRate(text), (v) => finiteNotMinusZero(v) && Math.abs(v) <= MAX_RATE_PER_SECOND),
      ),
      RUNS,
    );
  });

  const rejected: [string, RegExp][] = [
    ['Infinity/h', /cannot read rate 'Infinity\/h'/],
    ['-Infinity/h', /cannot read rate/],
    ['NaN/h', /cannot read rate 'NaN\/h'/],
    ['1e400/h', /rate '1e400\/h' uses an exponent/],
    ['3600000001/h', /too large; at most 1000000\/s/],
    ['1000001/s', /too large/],
    [`${'1'.repeat(400)}/d`, /rate '1{24}…1{6}\/d \(402 characters\)' is too large/],
  ];
  it.each(labelled(rejected))('rejects %s naming the problem', (_label, text, message) => {
    expect(() => parseRate(text)).toThrow(RangeError);
    expect(() => parseRate(text)).toThrow(message);
  });

  it('reads -0/h as 0, the largest rate exactly, and whitespace', () => {
    expect(Object.is(parseRate('-0/h'), 0)).toBe(true);
    expect(parseRate('3600000000/h')).toBe(MAX_RATE_PER_SECOND);
    expect(parseRate(' 120 / h ')).toBeCloseTo(1 / 30, 15);
  });
});

describe('duration and rate fields of a scenario', () => {
  it('any text as horizon or arrival rate is a valid scenario within range, or an error at that field', () => {
    fc.assert(
      fc.property(fc.oneof(unitLike, digits.map((d) => `${d}s`)), fc.oneof(unitLike, digits.map((d) => `${d}/h`)), (horizon, rate) => {
        const s = validScenario();
        s['horizon'] = horizon;
        s['contactTypes'][0].arrivals = { rate };
        const result = parseScenario(s);
        if (result.ok) {
          expect(result.model.horizon).toBeGreaterThan(0);
          expect(result.model.horizon).toBeLessThanOrEqual(MAX_DURATION_SECONDS);
          return true;
        }
        const paths = new Set(result.errors.map((e) => e.path));
        for (const path of paths) expect(['horizon', 'contactTypes[0].arrivals.rate', 'contactTypes[0].arrivals', 'interval']).toContain(path);
        return true;
      }),
      { seed: RUNS.seed, numRuns: 60 },
    );
  });
});
