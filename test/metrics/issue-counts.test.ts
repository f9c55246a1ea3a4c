import { describe, expect, it } from 'vitest';
import { IssueCounts } from '../../src/metrics/issue-counts';

describe('IssueCounts', () => {
  it('counts an issue from open() until close(), and a reopened slot starts from zero', () => {
    const counts = new IssueCounts();
    counts.open(3, true);
    expect(counts.counted(3)).toBe(true);
    expect(counts.counted(4)).toBe(false);
    counts.wait[3] = 40;
    counts.abandons[3] = 1;
    counts.broken[3] = 2;
    counts.close(3);
    expect(counts.counted(3)).toBe(false);
    // the slot is recycled for an issue that is not counted (first contact before the warm-up)
    counts.open(3, false);
    expect(counts.counted(3)).toBe(false);
    expect([counts.wait[3], counts.abandons[3], counts.broken[3]]).toEqual([0, 0, 0]);
  });

  it('grows to hold slots past its initial 256, keeping the counts of open issues', () => {
    const counts = new IssueCounts();
    counts.open(255, true);
    counts.wait[255] = 7;
    // the first slot past the initial capacity: the arrays double to 512
    counts.open(256, true);
    expect(counts.wait.length).toBe(512);
    expect(counts.counted(256)).toBe(true);
    expect(counts.counted(255)).toBe(true);
    expect(counts.wait[255]).toBe(7);
    // exactly the new capacity, then a slot far beyond it: the smallest doubling above the slot
    counts.open(512, true);
    expect(counts.counted(512)).toBe(true);
    counts.open(3000, true);
    expect([counts.wait.length, counts.abandons.length, counts.broken.length]).toEqual([4096, 4096, 4096]);
    expect(counts.counted(3000)).toBe(true);
    expect(counts.counted(255)).toBe(true);
    counts.broken[3000] = 1;
    expect(counts.broken[3000]).toBe(1);
  });

  it('grows straight from 256 to hold slot 512 (twice its length)', () => {
    const counts = new IssueCounts();
    counts.open(512, true);
    expect(counts.wait.length).toBe(1024);
    expect(counts.counted(512)).toBe(true);
  });
});
