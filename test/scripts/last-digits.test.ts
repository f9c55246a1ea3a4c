import { describe, expect, it } from 'vitest';
import { compareOutputs, roundLongNumbers } from '../../scripts/last-digits';

describe('compareOutputs()', () => {
  it('tells the same bytes, a difference past the ninth significant digit, and a real difference apart', () => {
    const node = '{"served":412,"asa":197.71124044291952,"occupancy":0.8010224437831451}';
    expect(compareOutputs(node, node)).toBe('same bytes');
    expect(compareOutputs(node, '{"served":412,"asa":197.71124044292046,"occupancy":0.8010224437831454}')).toBe('same to 9 significant digits');
    expect(compareOutputs(node, '{"served":413,"asa":197.71124044291952,"occupancy":0.8010224437831451}')).toBe('different');
    expect(compareOutputs(node, '{"served":412,"asa":197.71125044291952,"occupancy":0.8010224437831451}')).toBe('different');
    expect(compareOutputs(node, '{"served":412,"asa":197.71124044291952,"occupancy":0.8010224437831451,"x":1}')).toBe('different');
  });

  it('rounds only numbers with more than nine significant digits', () => {
    expect(roundLongNumbers('a 0.5 b 12.25 c 1.23456789 d 2.000000000000001e-7 e 42')).toBe('a 0.5 b 12.25 c 1.23456789 d 2e-7 e 42');
  });
});
