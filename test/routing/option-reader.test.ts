import { describe, expect, it } from 'vitest';
import { OptionReader } from '../../src/routing/option-reader';

describe('OptionReader', () => {
  it('positiveNumber() gives the value given, the fallback when absent or bad (recording the problem)', () => {
    const reader = new OptionReader('p', { a: 2.5, b: -1 }, ['a', 'b', 'c']);
    expect(reader.positiveNumber('a', 60)).toBe(2.5);
    expect(reader.positiveNumber('b', 60)).toBe(60);
    expect(reader.positiveNumber('c', 60)).toBe(60);
    expect(reader.issues.map((i) => i.path)).toEqual([['b']]);
  });

  it('positiveNumber() accepts 0 only with allowZero', () => {
    const reader = new OptionReader('p', { z: 0 }, ['z']);
    expect(reader.positiveNumber('z', 7, true)).toBe(0);
    expect(reader.issues).toEqual([]);
    expect(reader.positiveNumber('z', 7)).toBe(7);
    expect(reader.issues).toHaveLength(1);
  });

  it('choice() gives the choice given, the fallback when absent or not a choice (recording the problem)', () => {
    const reader = new OptionReader('p', { mode: 'fast', bad: 'slow' }, ['mode', 'bad', 'none']);
    expect(reader.choice('mode', ['fast', 'safe'], 'safe')).toBe('fast');
    expect(reader.choice('bad', ['fast', 'safe'], 'safe')).toBe('safe');
    expect(reader.choice('none', ['fast', 'safe'], 'safe')).toBe('safe');
    expect(reader.issues.map((i) => i.path)).toEqual([['bad']]);
  });

  it('add() records a problem as not a wrong type unless told', () => {
    const reader = new OptionReader('p', {}, []);
    reader.add(['x', 1], 'is odd');
    reader.add(['y'], 'must be a number', true);
    expect(reader.issues).toEqual([
      { path: ['x', 1], message: 'is odd' },
      { path: ['y'], message: 'must be a number', wrongType: true },
    ]);
    expect('wrongType' in reader.issues[0]!).toBe(false);
  });
});
