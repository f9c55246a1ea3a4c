import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BANK_DAY_CSV, formatVariants, loadBankDay, replayVariants, type Variant } from '../../examples/bank-day-replay';
import type { CalibrationResult } from '../../src/records/calibrate';

/** Outcome counts straight from the text (the outcome is the 10th field), independent of the importer. */
function rawOutcomes(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of readFileSync(BANK_DAY_CSV, 'utf8').trim().split('\n').slice(1)) {
    const outcome = line.split(',')[9]!;
    counts[outcome] = (counts[outcome] ?? 0) + 1;
  }
  return counts;
}

describe('examples/bank-day-replay.ts: the data', () => {
  it('imports every row as a record or a counted drop', () => {
    const imported = loadBankDay();
    expect(rawOutcomes()).toEqual({ AGENT: 1511, HANG: 846, PHANTOM: 18 });
    expect(imported.rows).toBe(2375);
    expect(imported.records.length + imported.dropped.reduce((a, d) => a + d.rows, 0)).toBe(2375);
    expect(imported.records.filter((r) => r.outcome === 'served')).toHaveLength(1511 - 1); // one has no service record
  });
});

/**
 * The simulated day against the real one (few replications, so the test is quick). The
 * criteria: more agents, less abandonment (seen > sessions > busy time in agent-hours, and
 * abandonment the other way round); the real day between the
 * upper and lower bound; the calibrated availability matches abandonment within the band, and it
 * is below 1 (agents are not available for calls all their session time).
 */
describe('examples/bank-day-replay.ts: the simulated day', () => {
  let variants: Variant[];
  let calibration: CalibrationResult;
  beforeAll(() => {
    ({ variants, calibration } = replayVariants(loadBankDay(), { replications: 4, calibrationReplications: 3 }));
  });
  const abandonment = (v: Variant) => v.measures.find((m) => m.measure === 'abandonment')!;

  it('more agents, less abandonment; the real day lies between the bounds', () => {
    const [seen, sessions, busy] = variants;
    expect(seen!.agentHours).toBeGreaterThan(sessions!.agentHours);
    expect(sessions!.agentHours).toBeGreaterThan(busy!.agentHours);
    const a = [seen, sessions, busy].map((v) => abandonment(v!));
    // Common random numbers (same seed and replications): the means are ordered as the capacity.
    expect(a[0]!.mean!).toBeLessThan(a[1]!.mean!);
    expect(a[1]!.mean!).toBeLessThan(a[2]!.mean!);
    expect(a[0]!.observed!).toBeGreaterThan(a[0]!.mean!);
    expect(a[0]!.observed!).toBeGreaterThan(a[2]!.bandLow!);
  });

  it('the calibrated model matches abandonment within the band, at an availability below 1', () => {
    expect(calibration.value).toBeGreaterThan(0.5);
    expect(calibration.value).toBeLessThan(0.95);
    for (const v of variants.slice(3)) expect(abandonment(v).inBand).toBe(true);
  });

  it('prints the observed day and one row per variant', () => {
    const out = formatVariants(variants, calibration);
    expect(out).toMatch(/^observed day +- +32\.5 +134\.3 +18\.3 +27\.3$/m);
    expect(out).toMatch(/^agents seen \(upper bound\) +126 /m);
    expect(out).toMatch(/^sessions × 0\.\d{3}, Weibull patience +\d+ +\d+\.\d in /m);
    expect(out).not.toMatch(/NaN|undefined/);
  });
});
