import { describe, expect, it } from 'vitest';
import { criterionValue, placeMet, range } from '../../src/optimize/criterion';
import type { ResolvedTarget } from '../../src/optimize/targets';

const atLeast = { sense: 1, value: 0.8 } as ResolvedTarget;
const atMost = { sense: -1, value: 0.05 } as ResolvedTarget;

describe('criterionValue()', () => {
  it('reads the mean, or the one-sided bound under the confidence criterion (the mean when there is none)', () => {
    const estimate = { mean: 0.82, halfWidth: 0.04, bound: 0.79, n: 10 };
    expect(criterionValue(estimate, 'mean')).toBe(0.82);
    expect(criterionValue(estimate, 'confidence')).toBe(0.79);
    expect(criterionValue({ mean: 0.82, halfWidth: null, bound: null, n: 1 }, 'confidence')).toBe(0.82);
  });
});

describe('placeMet()', () => {
  it('compares on the side of the target, an exact hit counting as met', () => {
    const at = (mean: number) => ({ mean, halfWidth: null, bound: null, n: 1 });
    expect(placeMet(atLeast, at(0.8), 'mean')).toBe(true);
    expect(placeMet(atLeast, at(0.8 - 1e-9), 'mean')).toBe(false);
    expect(placeMet(atLeast, at(0.9), 'mean')).toBe(true);
    expect(placeMet(atMost, at(0.05), 'mean')).toBe(true);
    expect(placeMet(atMost, at(0.05 + 1e-9), 'mean')).toBe(false);
    expect(placeMet(atMost, at(0.01), 'mean')).toBe(true);
  });

  it('counts a value within 10⁻¹² of the target (rounding) as met', () => {
    const atLeastZero = { sense: 1, value: 0 } as ResolvedTarget;
    const at = (mean: number) => ({ mean, halfWidth: null, bound: null, n: 1 });
    expect(placeMet(atLeastZero, at(-1e-12), 'mean')).toBe(true);
    expect(placeMet(atLeastZero, at(-2e-12), 'mean')).toBe(false);
  });

  it('uses the bound under the confidence criterion', () => {
    const estimate = { mean: 0.82, halfWidth: 0.04, bound: 0.79, n: 10 };
    expect(placeMet(atLeast, estimate, 'mean')).toBe(true);
    expect(placeMet(atLeast, estimate, 'confidence')).toBe(false);
  });

  it('counts a place without a value (nothing offered there) as met', () => {
    expect(placeMet(atLeast, { mean: null, halfWidth: null, bound: null, n: 0 }, 'confidence')).toBe(true);
  });
});

describe('range()', () => {
  it('lists 0 … n − 1', () => {
    expect(range(3)).toEqual([0, 1, 2]);
    expect(range(0)).toEqual([]);
  });
});
