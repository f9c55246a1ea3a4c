import { beforeAll, describe, expect, it } from 'vitest';
import type { ComparisonResult } from '../../src/index';
import {
  MEASURES,
  VARIANTS,
  compareContext,
  compareMeasures,
  formatContextComparison,
  perReplication,
  type MeasureComparison,
} from '../../examples/context-carry-over';

/**
 * The context story, checked with paired confidence intervals of one comparison (30
 * replications, common random numbers, fixed seed): omnichannel context means fewer repeated
 * stories, more resolution at repeat contacts and less customer time per issue.
 */
describe('examples/context-carry-over.ts', () => {
  let comparison: ComparisonResult;
  let rows: MeasureComparison[];
  beforeAll(async () => {
    comparison = await compareContext({ replications: 30, seed: 1, threads: 1 });
    rows = compareMeasures(comparison);
  });
  const row = (key: string): MeasureComparison => {
    const r = rows.find((x) => x.measure.key === key);
    if (r === undefined) throw new Error(`no measure '${key}'`);
    return r;
  };

  it('omnichannel: customers repeat information significantly less often (never, by definition)', () => {
    expect(row('repeatedInformation').baseline.lower!).toBeGreaterThan(0);
    expect(row('repeatedInformation').difference.upper!).toBeLessThan(0);
    // every agent has the history, so nobody repeats anything
    expect(row('repeatedInformation').variant.mean).toBe(0);
  });

  it('omnichannel: repeat contacts resolve the issue significantly more often', () => {
    expect(row('repeatResolution').difference.lower!).toBeGreaterThan(0);
  });

  it('omnichannel: customers spend significantly less time per issue', () => {
    expect(row('customerTime').difference.upper!).toBeLessThan(0);
  });

  it('omnichannel: fewer repeat contacts and a better service level, as the freed time suggests', () => {
    expect(row('repeatRate').difference.upper!).toBeLessThan(0);
    expect(row('slVoice').difference.lower!).toBeGreaterThan(0);
  });

  it('counts every served contact as a first contact or a repeat (what resolution at repeat contacts assumes)', () => {
    // offered = issues + repeat contacts, in every replication of both variants: no transfers,
    // no warm-up, so the derived ratio covers exactly the repeat contacts.
    const identity = {
      key: 'identity',
      label: '',
      format: String,
      value: (get: (p: string) => number | null) => get('overall.offered')! - get('journey.overall.issues')! - get('journey.overall.repeatContacts')!,
    };
    for (const v of comparison.variants) expect(perReplication(v.experiment, identity).every((x) => x === 0)).toBe(true);
    // a ratio of served contacts is a share
    for (const v of comparison.variants) {
      for (const x of perReplication(v.experiment, MEASURES.find((m) => m.key === 'repeatResolution')!)) {
        expect(x).toBeGreaterThan(0);
        expect(x).toBeLessThanOrEqual(1);
      }
    }
  });

  it('prints every measure for both variants and a reading with the numbers', () => {
    const out = formatContextComparison(comparison);
    for (const m of MEASURES) expect(out).toContain(m.label);
    const rr = row('repeatResolution');
    const text = out.replace(/\s+/g, ' '); // the reading is wrapped
    expect(text).toContain(`settled the issue ${rr.measure.format(rr.baseline.mean!)}`);
    expect(text).toContain(`resolve ${rr.measure.format(rr.variant.mean!)}`);
    expect(comparison.variants.map((v) => v.name)).toEqual([VARIANTS.none, VARIANTS.omnichannel]);
    expect(out).not.toMatch(/NaN|undefined/);
  });
});
