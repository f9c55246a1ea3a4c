import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/report/table';

describe('wrapText', () => {
  it('breaks at spaces so that no line exceeds the width, keeping every word in order', () => {
    const text = 'the quick brown fox jumps over the lazy dog and keeps on running far away';
    const wrapped = wrapText(text, 20);
    for (const line of wrapped.split('\n')) expect(line.length).toBeLessThanOrEqual(20);
    expect(wrapped.split('\n').join(' ')).toBe(text);
    expect(wrapped.split('\n')).toHaveLength(4);
  });

  it('keeps a word longer than the width whole, and rejects a bad width', () => {
    expect(wrapText('a supercalifragilistic b', 5)).toBe('a\nsupercalifragilistic\nb');
    expect(() => wrapText('x', 0)).toThrow(/width must be a positive integer, got 0/);
  });
});
