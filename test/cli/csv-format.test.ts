import { describe, expect, it } from 'vitest';
import { compareVariants, policyVariants } from '../../src/experiment/compare';
import { flattenMetrics } from '../../src/experiment/metric-paths';
import { runExperiment } from '../../src/experiment/replications';
import { COMPARISON_CSV_HEADER, EXPERIMENT_CSV_HEADER, comparisonCsv, csvField, csvTable, experimentCsv, runCsv } from '../../src/report/csv';
import { simulate } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';
import { helpDesk } from '../experiment/scenarios';
import { csvNumber, parseCsv } from './csv-parse';
import { metricAt } from '../../src/experiment/metric-keys';

/** The help desk with a contact type whose name needs quoting in CSV. */
function awkwardNames(): ScenarioInput {
  const base = helpDesk(2);
  return {
    ...base,
    contactTypes: base.contactTypes.map((t, k) => (k === 0 ? { ...t, name: 'billing, "vip".calls' } : t)),
  };
}

describe('csvField()', () => {
  it('quotes fields with commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });

  it('writes null as an empty field, booleans as words and numbers in full precision', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('true');
    expect(csvField(false)).toBe('false');
    expect(Number(csvField(0.1 + 0.2))).toBe(0.1 + 0.2);
    expect(Number(csvField(-1e-12))).toBe(-1e-12);
  });

  it('refuses numbers that are not finite', () => {
    expect(() => csvField(Number.NaN)).toThrow(RangeError);
    expect(() => csvField(Number.POSITIVE_INFINITY)).toThrow('numbers must be finite');
  });

  it('round-trips through an RFC 4180 reader', () => {
    const cells = ['a', 'b,c', '"q"', 'x\ny', '', 'byContactType["sales, \\"vip\\""].asa'];
    expect(parseCsv(csvTable(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'], [cells]))).toEqual([['h1', 'h2', 'h3', 'h4', 'h5', 'h6'], cells]);
  });
});

describe('runCsv()', () => {
  it('writes one metric,value line per metric path, names with commas and quotes intact', () => {
    const result = simulate(awkwardNames(), { seed: 3 });
    const { paths, values } = flattenMetrics(result);
    expect(paths.some((p) => p.includes('"') && p.includes(','))).toBe(true);
    const rows = parseCsv(runCsv(result));
    expect(rows[0]).toEqual(['metric', 'value']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(paths);
    expect(rows.slice(1).map((r) => csvNumber(r[1]))).toEqual(values);
    expect(rows.every((r) => r.length === 2)).toBe(true);
  });
});

describe('experimentCsv()', () => {
  it('writes each metric summary, null as an empty field', async () => {
    const experiment = await runExperiment(awkwardNames(), { replications: 3, threads: 1, seed: 5 });
    const rows = parseCsv(experimentCsv(experiment));
    expect(rows[0]).toEqual([...EXPERIMENT_CSV_HEADER]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(experiment.metrics);
    for (const [metric, ...cells] of rows.slice(1)) {
      const s = metricAt(experiment.summary, metric!)!;
      expect(cells.map(csvNumber)).toEqual([s.n, s.mean, s.sd, s.halfWidth, s.lower, s.upper]);
    }
  });
});

describe('comparisonCsv()', () => {
  it('writes summary lines per design, then difference lines, in one long table', async () => {
    const comparison = await compareVariants(policyVariants(helpDesk(2), ['longest-idle-agent', 'best-skill', 'random-agent']), {
      replications: 3,
      threads: 1,
    });
    const [header, ...rows] = parseCsv(comparisonCsv(comparison));
    expect(header).toEqual([...COMPARISON_CSV_HEADER]);
    expect(rows.every((r) => r.length === COMPARISON_CSV_HEADER.length)).toBe(true);
    const summaries = rows.filter((r) => r[0] === 'summary');
    const differences = rows.filter((r) => r[0] === 'difference');
    expect(summaries.length + differences.length).toBe(rows.length);
    expect(summaries.length).toBe(comparison.variants.reduce((n, v) => n + v.experiment.metrics.length, 0));
    expect(differences.length).toBe(comparison.differences.reduce((n, d) => n + Object.keys(d.summary).length, 0));
    expect(rows.findIndex((r) => r[0] === 'difference')).toBe(summaries.length);
    for (const r of differences) {
      expect(r[2]).toBe('longest-idle-agent');
      const d = metricAt(comparison.differences.find((x) => x.variant === r[1])!.summary, r[3]!)!;
      expect(r.slice(4, 10).map(csvNumber)).toEqual([d.n, d.mean, d.sd, d.halfWidth, d.lower, d.upper]);
      expect(r[10]).toBe(d.significant === null ? '' : String(d.significant));
    }
    expect(new Set(differences.map((r) => r[10]))).toContain('true');
    for (const r of summaries) expect([r[2], r[10]]).toEqual(['', '']);
  });
});
