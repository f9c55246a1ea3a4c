import { describe, expect, it } from 'vitest';
import { readNumberByName, readNumberByPair } from '../../src/routing/option-maps';
import { OptionReader } from '../../src/routing/option-reader';

/** A reader over `options`, whose keys are all allowed. */
const readerOf = (options: Record<string, unknown>): OptionReader => new OptionReader('p', options, Object.keys(options));

describe('readNumberByName()', () => {
  const names = ['a', 'b'];

  it('gives the value per name, the fallback where absent', () => {
    const reader = readerOf({ w: { b: 2.5 } });
    expect([...readNumberByName(reader, 'w', 'contact type', names, 7)]).toEqual([7, 2.5]);
    expect([...readNumberByName(reader, 'absent', 'contact type', names, 7)]).toEqual([7, 7]);
    expect(reader.issues).toEqual([]);
  });

  it('flags a map that is not an object as a wrong type, and keeps the fallbacks', () => {
    const reader = readerOf({ w: 5 });
    expect([...readNumberByName(reader, 'w', 'contact type', names, 7)]).toEqual([7, 7]);
    expect(reader.issues).toEqual([{ path: ['w'], message: 'must be an object mapping contact type names to numbers, got 5', wrongType: true }]);
  });

  it('names an unknown name, flags a value that is not a number as a wrong type, and a bad number as a bad value', () => {
    const reader = readerOf({ w: { a: 'x', zebra: 1, b: Infinity } });
    expect([...readNumberByName(reader, 'w', 'agent group', names, 7)]).toEqual([7, 7]);
    expect(reader.issues).toEqual([
      { path: ['w', 'a'], message: "must be a finite number, got 'x'", wrongType: true },
      { path: ['w', 'zebra'], message: "unknown agent group 'zebra'" },
      { path: ['w', 'b'], message: 'must be a finite number, got Infinity' },
    ]);
  });

  it('applies the lower bound, inclusive by default', () => {
    const reader = readerOf({ w: { a: 0, b: -1 }, v: { a: 0, b: 0.5 } });
    expect([...readNumberByName(reader, 'w', 'contact type', names, 7, { min: 0 })]).toEqual([0, 7]);
    expect([...readNumberByName(reader, 'v', 'contact type', names, 7, { min: 0, minIncluded: false })]).toEqual([7, 0.5]);
    expect(reader.issues).toEqual([
      { path: ['w', 'b'], message: 'must be a finite number ≥ 0, got -1' },
      { path: ['v', 'a'], message: 'must be a finite number > 0, got 0' },
    ]);
  });

  it('without the names checks the numbers only and gives no values', () => {
    const reader = readerOf({ w: { zebra: 1, okapi: 'x' } });
    expect(readNumberByName(reader, 'w', 'contact type', undefined, 7)).toHaveLength(0);
    expect(reader.issues.map((i) => i.path)).toEqual([['w', 'okapi']]);
  });
});

describe('readNumberByPair()', () => {
  // 2 types × 2 groups, row-major by type: [a·g1, a·g2, b·g1, b·g2].
  const types = ['a', 'b'];
  const groups = ['g1', 'g2'];
  const read = (value: unknown, rule = {}) => {
    const reader = readerOf({ w: value });
    return { table: [...readNumberByPair(reader, 'w', types, groups, 7, rule)], issues: reader.issues };
  };

  it('takes one number for every pair', () => {
    expect(read(3)).toEqual({ table: [3, 3, 3, 3], issues: [] });
  });

  it('takes a number per type for all its groups, and per (type, group) pair', () => {
    expect(read({ b: 4 }).table).toEqual([7, 7, 4, 4]);
    expect(read({ a: 4 }).table).toEqual([4, 4, 7, 7]);
    expect(read({ b: { g2: 5 }, a: { g1: 6 } }).table).toEqual([6, 7, 7, 5]);
  });

  it('flags a value that is neither a number nor an object, saying both forms', () => {
    expect(read('x')).toEqual({
      table: [7, 7, 7, 7],
      issues: [{ path: ['w'], message: "must be a finite number, got 'x' (or an object by contact type, then by agent group)", wrongType: true }],
    });
    expect(read(-1, { min: 0 }).issues).toEqual([{ path: ['w'], message: 'must be a finite number ≥ 0, got -1 (or an object by contact type, then by agent group)' }]);
  });

  it('flags a bad per-type value, an unknown type or group, and a bad per-pair value, writing none of them', () => {
    const { table, issues } = read({ a: 'x', zebra: { g1: 1 }, b: { okapi: 5, g1: 'y' } });
    expect(table).toEqual([7, 7, 7, 7]);
    expect(issues).toEqual([
      { path: ['w', 'a'], message: "must be a finite number, got 'x' (or an object by agent group)", wrongType: true },
      { path: ['w', 'zebra'], message: "unknown contact type 'zebra'" },
      { path: ['w', 'b', 'okapi'], message: "unknown agent group 'okapi'" },
      { path: ['w', 'b', 'g1'], message: "must be a finite number, got 'y'", wrongType: true },
    ]);
    expect(read({ a: -2 }, { min: 0 }).issues).toEqual([{ path: ['w', 'a'], message: 'must be a finite number ≥ 0, got -2 (or an object by agent group)' }]);
    expect(read({ a: { g2: -2 } }, { min: 0 }).issues).toEqual([{ path: ['w', 'a', 'g2'], message: 'must be a finite number ≥ 0, got -2' }]);
  });

  it('without the names checks the numbers only and gives no table', () => {
    const reader = readerOf({ w: { zebra: { okapi: 1 }, b: 2 } });
    expect(readNumberByPair(reader, 'w', undefined, undefined, 7)).toHaveLength(0);
    expect(reader.issues).toEqual([]);
  });
});
