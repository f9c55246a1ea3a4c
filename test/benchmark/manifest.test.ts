import { describe, expect, it } from 'vitest';
import { estimateFigure, sumOfTerms } from '../../src/benchmark/figures';
import { loadBenchmarks } from '../../src/benchmark/manifest';
import { runBenchmark } from '../../src/benchmark/run-benchmark';

/** 99.9 % over 95 %: each figure must fall within the combined 99.9 % interval of the difference. */
const WIDEN = 3.2905 / 1.96;

const instances = loadBenchmarks();
/** Replications per instance in the tests: 60 days, 20 weeks (the benchmark command runs more). */
const TEST_REPLICATIONS: Readonly<Record<string, number>> = { day: 60, week: 20 };

describe('benchmarks/manifest.yaml', () => {
  it('holds the ContactCenters instances, and names what each waiting one waits for', () => {
    expect(instances.map((i) => i.name)).toEqual(
      expect.arrayContaining(['contactcenters-mmc', 'contactcenters-mmc-abandonment', 'contactcenters-mmc-blocked', 'contactcenters-bank', 'contactcenters-mmc-clear-queue']),
    );
    for (const i of instances) if (i.status === 'waiting') expect(i.waitsFor).toMatch(/\w/);
  });

  it('records routelab results that agree with the published figures, for every figure of a recorded instance', () => {
    for (const i of instances) {
      if (i.recorded === undefined) continue;
      for (const f of i.figures) {
        const r = i.recorded.figures[f.name];
        expect(r, `${i.name}: ${f.name} recorded`).toBeDefined();
        const published = (f.upper - f.lower) / 2 + 0.5 * 10 ** -i.printedDecimals;
        expect(Math.abs(r!.mean - f.mean), `${i.name}: ${f.name}`).toBeLessThanOrEqual(WIDEN * Math.hypot(published, r!.halfWidth));
      }
    }
  });
});

describe('instances that run', () => {
  for (const instance of instances.filter((i) => i.status === 'runs')) {
    it(`${instance.name}: every published figure within the combined interval`, async () => {
      const n = TEST_REPLICATIONS[instance.replication] ?? 30;
      const rows = await runBenchmark(instance, { replications: n, threads: 1, seed: 3 });
      expect(rows).toHaveLength(instance.figures.length);
      for (const row of rows) {
        if (row.routelab === 0 && row.routelabHalfWidth === 0 && row.unit.startsWith('contacts per')) {
          // A rare event not seen in n replications has no interval; seeing none is plausible
          // (probability e^(−nμ) ≥ 0.001 for a Poisson count of mean μ per replication) when nμ ≤ 6.9.
          expect(n * row.published, `${row.figure}: none in ${n} replications`).toBeLessThanOrEqual(6.9);
          continue;
        }
        expect(Math.abs(row.difference), `${row.figure}: routelab ${row.routelab} vs published ${row.published}`).toBeLessThanOrEqual(row.combinedHalfWidth * WIDEN);
      }
    });
  }
});

describe('sumOfTerms()', () => {
  const m = new Map<string, number | null>([['a', 2], ['b', 3], ['c', null]]);

  it('adds paths, products and negated terms; a missing metric counts 0', () => {
    expect(sumOfTerms(['a', 'a * b', '-b', 'c', 'missing'])(m)).toBe(2 + 6 - 3);
    expect(sumOfTerms(['a * b'], 0.5)(m)).toBe(3);
  });
});

describe('estimateFigure()', () => {
  const reps = [
    [4, 10],
    [6, 10],
    [5, 20],
  ].map(([x, y]) => new Map([['x', x!], ['y', y!]]));

  it('gives the ratio of sums with its delta-method interval', () => {
    const e = estimateFigure({ kind: 'ratio', numerator: (m) => m.get('x')!, denominator: (m) => m.get('y')! }, reps);
    // r = 15 / 40; residuals x − r y = 0.25, 2.25, −2.5; s² = (0.0625 + 5.0625 + 6.25) / 2; ȳ = 40/3.
    expect(e.mean).toBe(15 / 40);
    expect(e.halfWidth).toBeCloseTo((1.959963984540054 * Math.sqrt(11.375 / 2 / 3)) / (40 / 3), 12);
  });

  it('gives the mean of the values with its Student interval', () => {
    const e = estimateFigure({ kind: 'mean', value: (m) => m.get('x')! }, reps);
    expect(e.mean).toBe(5);
    expect(e.halfWidth).toBeCloseTo(4.302652729911275 * (1 / Math.sqrt(3)), 9);
  });
});
