import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCENARIO_LIMITS } from '../../src/scenario/limits';

const doc = readFileSync(new URL('../../docs/scenario-limits.md', import.meta.url), 'utf8');

/** Limits the doc states in words rather than as a named table row. */
const IN_WORDS: Readonly<Record<string, string>> = {
  maxDurationSeconds: '**3650d (10 years)**, `315360000` seconds',
  maxRatePerSecond: '**1,000,000 per second** (`3600000000/h`)',
  memoryWarningBytes: '**1 GiB**',
  maxIntervals: '**10,000,000 entries** (`maxIntervals`)',
};

describe('docs/scenario-limits.md', () => {
  it.each(Object.entries(SCENARIO_LIMITS))('states %s = %d', (key, value) => {
    const words = IN_WORDS[key];
    if (words !== undefined) {
      expect(doc).toContain(words);
      return;
    }
    const row = doc.split('\n').find((line) => line.startsWith('|') && line.includes(`(\`${key}\`)`));
    expect(row, `a table row naming ${key}`).toBeDefined();
    expect(row).toContain(value.toLocaleString('en-US'));
  });

  it('states the 1 GiB warning as the constant', () => {
    expect(SCENARIO_LIMITS.memoryWarningBytes).toBe(2 ** 30);
    expect(SCENARIO_LIMITS.maxDurationSeconds).toBe(3_650 * 86_400);
    expect(SCENARIO_LIMITS.maxRatePerSecond * 3_600).toBe(3_600_000_000);
  });
});
