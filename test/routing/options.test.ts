import { describe, expect, it } from 'vitest';
import { formatOptionPath, throwOptionIssues } from '../../src/routing/option-issues';
import { choiceIssue, describeValue, positiveNumberIssue } from '../../src/routing/options';

describe('describeValue()', () => {
  it('renders each kind of bad value briefly', () => {
    expect([describeValue(null), describeValue({ a: 1 }), describeValue([1]), describeValue('x'), describeValue(-5), describeValue(undefined)]).toEqual([
      'null',
      'an object',
      'an array',
      "'x'",
      '-5',
      'undefined',
    ]);
  });
});

describe('positiveNumberIssue()', () => {
  it('rejects 0 unless allowZero, and anything that is not a finite number', () => {
    expect(positiveNumberIssue('k', 0)).toEqual({ path: ['k'], message: 'must be a positive finite number, got 0' });
    expect(positiveNumberIssue('k', 0, true)).toBeUndefined();
    expect(positiveNumberIssue('k', -1, true)).toEqual({ path: ['k'], message: 'must be a non-negative finite number, got -1' });
    expect(positiveNumberIssue('k', '5')).toEqual({ path: ['k'], message: "must be a positive finite number, got '5'" });
    expect(positiveNumberIssue('k', 2)).toBeUndefined();
    expect(positiveNumberIssue('k', undefined)).toBeUndefined();
  });
});

describe('choiceIssue()', () => {
  it('accepts a choice or nothing, rejects anything else, suggesting a near string', () => {
    expect(choiceIssue('k', 'site', ['site', 'group'])).toBeUndefined();
    expect(choiceIssue('k', undefined, ['site', 'group'])).toBeUndefined();
    expect(choiceIssue('k', 'sites', ['site', 'group'])).toEqual({ path: ['k'], message: "must be one of 'site', 'group', got 'sites'; did you mean 'site'?" });
    expect(choiceIssue('k', 5, ['site', 'group'])).toEqual({ path: ['k'], message: "must be one of 'site', 'group', got 5" });
  });
});

describe('formatOptionPath()', () => {
  it('writes plain keys with dots, indices in brackets and other keys quoted', () => {
    expect(formatOptionPath(['groupsByType', 'billing', 1])).toBe('routing.options.groupsByType.billing[1]');
    expect(formatOptionPath(['costs', 'a b'])).toBe('routing.options.costs["a b"]');
    expect(formatOptionPath([])).toBe('routing.options');
  });
});

describe('throwOptionIssues()', () => {
  it('throws a TypeError only when every issue is a wrong type, else a RangeError, one issue a line', () => {
    expect(() => throwOptionIssues([{ path: ['a'], message: 'x', wrongType: true }])).toThrow(TypeError);
    const mixed = () => throwOptionIssues([{ path: ['a'], message: 'x', wrongType: true }, { path: ['b'], message: 'y' }]);
    expect(mixed).toThrow(RangeError);
    expect(mixed).toThrow('routing.options.a: x\nrouting.options.b: y');
    expect(() => throwOptionIssues([])).not.toThrow();
  });
});
