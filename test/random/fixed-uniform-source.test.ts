import { describe, expect, it } from 'vitest';
import { FixedUniformSource } from '../../src/random/fixed-uniform-source';
import { thrown } from './helpers';

describe('FixedUniformSource', () => {
  it('cycles through the given values and counts draws', () => {
    const u = new FixedUniformSource([0.1, 0.5, 0.9]);
    expect([u.next(), u.next(), u.next(), u.next()]).toEqual([0.1, 0.5, 0.9, 0.1]);
    expect(u.draws).toBe(4);
    u.reset();
    expect(u.draws).toBe(0);
    expect(u.next()).toBe(0.1);
  });

  it('maps values to integers like RandomStream.nextInt', () => {
    const u = new FixedUniformSource([0.1, 0.99, 0.5]);
    expect([u.nextInt(4), u.nextInt(4), u.nextInt(4)]).toEqual([0, 3, 2]);
  });

  it('does not see later changes to the input array', () => {
    const values = [0.25];
    const u = new FixedUniformSource(values);
    values[0] = 0.75;
    expect(u.next()).toBe(0.25);
  });

  it('rejects values outside (0, 1) and empty lists', () => {
    expect(thrown(() => new FixedUniformSource([0.5, 0])).message).toBe(
      'FixedUniformSource: values must be numbers in the open interval (0, 1), got 0 at index 1',
    );
    expect(() => new FixedUniformSource([1])).toThrow(RangeError);
    expect(() => new FixedUniformSource([])).toThrow(/non-empty/);
  });
});
