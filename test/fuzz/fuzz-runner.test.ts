import { afterEach, describe, expect, it, vi } from 'vitest';
import { caseSeed, fuzzMain } from './fuzz-runner';

describe('fuzzMain()', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('rejects a bad flag with exit code 1 and a message naming it, before starting any worker', async () => {
    const errors: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((text) => {
      errors.push(String(text));
      return true;
    });
    expect(await fuzzMain(['--count', '0'])).toBe(1);
    expect(errors.join('')).toContain("--count <n>' argument '0' is invalid. must be a whole number ≥ 1, got '0'");
    expect(await fuzzMain(['--sead', '3'])).toBe(1);
    expect(errors.join('')).toContain("unknown option '--sead'");
  });

  it('names case i of a run by the master seed and i', () => {
    expect(caseSeed(7, 306)).toBe('7/306');
  });
});
