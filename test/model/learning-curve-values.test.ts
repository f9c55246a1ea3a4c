import { describe, expect, it } from 'vitest';
import { learnedLevel, learningFactor } from '../../src/model/learning-curve';

describe('learningFactor()', () => {
  it('is final + (initial − final) · halfLife / (halfLife + n)', () => {
    const curve = { initial: 1.5, final: 1, halfLife: 10 };
    expect(learningFactor(curve, 0)).toBe(1.5);
    expect(learningFactor(curve, 10)).toBe(1.25); // halfway at n = halfLife
    expect(learningFactor(curve, 30)).toBe(1.125);
  });
});

describe('learnedLevel()', () => {
  // L = 5 + (1 − 5) · 4 / (4 + n) = 5 − 16 / (4 + n), rounded half up, between own (1) and final (5).
  const curve = { final: 5, halfLife: 4 };

  it('steps up from the own level to the final one along the curve, rounding half up', () => {
    expect([0, 1, 4, 12, 27, 28, 1000].map((n) => learnedLevel(curve, 1, n))).toEqual([1, 2, 3, 4, 4, 5, 5]);
  });

  it('keeps a level at or above the final one, and a missing skill at 0', () => {
    expect(learnedLevel(curve, 5, 100)).toBe(5);
    expect(learnedLevel({ final: 3, halfLife: 4 }, 4, 100)).toBe(4);
    expect(learnedLevel(curve, 0, 100)).toBe(0);
  });
});
