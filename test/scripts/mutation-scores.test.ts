import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MutantResult, MutantStatus, MutationTestResult } from 'mutation-testing-report-schema';
import { folderOf, formatScoreTable, hasRuntimeCode, scoreRows, sourceFileCount } from '../../scripts/mutation-scores';

function mutants(statuses: readonly MutantStatus[]): MutantResult[] {
  return statuses.map((status, i) => ({
    id: String(i),
    mutatorName: 'ArithmeticOperator',
    replacement: '-',
    status,
    location: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
  }));
}

function report(files: Record<string, readonly MutantStatus[]>): MutationTestResult {
  return {
    schemaVersion: '2',
    thresholds: { high: 80, low: 60 },
    files: Object.fromEntries(Object.entries(files).map(([name, statuses]) => [name, { language: 'typescript', source: 'x', mutants: mutants(statuses) }])),
  };
}

describe('folderOf()', () => {
  it('takes the first two parts of a source path', () => {
    expect(folderOf('src/routing/selectors.ts')).toBe('src/routing');
    expect(folderOf('src/metrics/stats/quantile-sketch.ts')).toBe('src/metrics');
    expect(folderOf('src\\model\\engine.ts')).toBe('src/model');
  });
});

describe('scoreRows()', () => {
  // src/a: 3 killed, 1 timeout, 2 survived, 2 no coverage, 1 ignored, 1 runtime error.
  const a = report({
    'src/a/one.ts': ['Killed', 'Killed', 'Survived', 'NoCoverage', 'Ignored'],
    'src/a/two.ts': ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'RuntimeError'],
  });
  const b = report({ 'src/b/three.ts': ['Killed', 'Survived'] });

  it('counts each folder over its files and scores detected over valid and over covered mutants', () => {
    const [ra, rb] = scoreRows([a, b]);
    expect(ra!.name).toBe('src/a');
    expect(ra!.metrics).toMatchObject({ killed: 3, timeout: 1, survived: 2, noCoverage: 2, ignored: 1, runtimeErrors: 1, totalValid: 8 });
    // (3 killed + 1 timeout) / 8 valid; covered: the same over 8 − 2 without coverage.
    expect(ra!.metrics.mutationScore).toBeCloseTo(50, 12);
    expect(ra!.metrics.mutationScoreBasedOnCoveredCode).toBeCloseTo((4 / 6) * 100, 12);
    expect(rb!.name).toBe('src/b');
    expect(rb!.metrics.mutationScore).toBeCloseTo(50, 12);
  });

  it('adds a row per file under its folder when asked', () => {
    expect(scoreRows([a], true).map((r) => [r.name.trim(), r.metrics.totalValid])).toEqual([
      ['src/a', 8],
      ['src/a/one.ts', 4],
      ['src/a/two.ts', 4],
    ]);
  });
});

describe('formatScoreTable()', () => {
  it('prints one aligned line per row with the scores in percent, or a Markdown table', () => {
    const rows = scoreRows([report({ 'src/x/f.ts': ['Killed', 'Killed', 'Killed', 'Survived'] })]);
    const text = formatScoreTable(rows).split('\n');
    expect(text[0]).toMatch(/^folder\s+files\s+mutants\s+killed\s+survived\s+no coverage\s+timeout\s+ignored\s+score\s+score of covered\s+score without timeouts$/);
    expect(text[1]!.split(/\s{2,}/)).toEqual(['src/x', '1', '4', '3', '1', '0', '0', '0', '75.0 %', '75.0 %', '75.0 %']);
    expect(formatScoreTable(rows, true).split('\n')[2]).toBe('| src/x | 1 | 4 | 3 | 1 | 0 | 0 | 0 | 75.0 % | 75.0 % | 75.0 % |');
  });

  it('counts a timeout as detected in the score, and as a survivor in the score without timeouts', () => {
    const rows = scoreRows([report({ 'src/x/f.ts': ['Killed', 'Timeout', 'Survived', 'Killed'] })]);
    expect(formatScoreTable(rows).split('\n')[1]!.split(/\s{2,}/).slice(-3)).toEqual(['75.0 %', '75.0 %', '50.0 %']);
  });
});

describe('files measured', () => {
  it('counts the TypeScript files with runtime code of a folder and its subfolders but index.ts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mutation-scores-'));
    try {
      mkdirSync(join(dir, 'stats'));
      const code = 'export function f(x: number): number { return x + 1; }\n';
      for (const f of ['a.ts', 'b.ts', 'index.ts', 'notes.md', 'stats/c.ts', 'stats/index.ts']) writeFileSync(join(dir, f), code);
      writeFileSync(join(dir, 'types.ts'), "import type { X } from './x';\n/** doc */\nexport interface Y { readonly x: X }\nexport type Z = Y | number;\nexport type { X };\n");
      expect(sourceFileCount(dir)).toBe(3);
      expect(sourceFileCount(join(dir, 'missing'))).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('tells code that runs when called from types, imports, exports and module-load constants', () => {
    expect(hasRuntimeCode("import type { A } from './a';\nexport interface B { readonly a: A }\nexport type C = B[];\nexport type { A };\n")).toBe(false);
    expect(hasRuntimeCode("export { f } from './f';\nexport * from './g';\n")).toBe(false);
    expect(hasRuntimeCode("export const LIMIT = 3;\nexport const KINDS = ['a', 'b'] as const;\n")).toBe(false);
    expect(hasRuntimeCode('export const twice = (x: number) => 2 * x;\n')).toBe(true);
    expect(hasRuntimeCode('export function f(): number { return 1; }\n')).toBe(true);
    expect(hasRuntimeCode('export const table = { get: function () { return 1; } };\n')).toBe(true);
    expect(hasRuntimeCode('export enum Kind { A, B }\n')).toBe(true);
    expect(hasRuntimeCode('export class K { private x = 1; }\n')).toBe(true);
  });

  it('does not count a file whose mutants are all ignored (static) as measured', () => {
    const rows = scoreRows([report({ 'src/routing/selectors.ts': ['Killed'], 'src/routing/literature-policies.ts': ['Ignored', 'Ignored'] })]);
    expect(rows[0]!.files!.measured).toBe(1);
  });

  it('gives each folder row the files its reports hold, of those on disk', () => {
    const rows = scoreRows([report({ 'src/routing/selectors.ts': ['Killed'], 'src/routing/best-skill.ts': ['Survived'] })], true);
    expect(rows[0]!.files).toEqual({ measured: 2, total: sourceFileCount('src/routing') });
    expect(rows[0]!.files!.total).toBeGreaterThan(2);
    expect(rows[1]!.files).toBeUndefined();
  });
});
