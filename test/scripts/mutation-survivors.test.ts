import { describe, expect, it } from 'vitest';
import type { MutantResult, MutantStatus, MutationTestResult } from 'mutation-testing-report-schema';
import { formatSurvivors, survivors } from '../../scripts/mutation-survivors';

function mutant(id: string, status: MutantStatus, line: number, column = 1): MutantResult {
  return { id, mutatorName: 'EqualityOperator', replacement: 'a < b', status, location: { start: { line, column }, end: { line, column: column + 1 } } };
}

function report(files: Record<string, MutantResult[]>): MutationTestResult {
  return {
    schemaVersion: '2',
    thresholds: { high: 80, low: 60 },
    files: Object.fromEntries(Object.entries(files).map(([name, mutants]) => [name, { language: 'typescript', source: 'x', mutants }])),
  };
}

describe('survivors()', () => {
  const older = report({ 'src/a/one.ts': [mutant('1', 'Survived', 9)], 'src/b/two.ts': [mutant('2', 'NoCoverage', 4)] });
  const newer = report({
    'src/a/one.ts': [mutant('3', 'Killed', 2), mutant('4', 'Survived', 7, 5), mutant('5', 'Survived', 3), mutant('6', 'Timeout', 1), mutant('7', 'NoCoverage', 7, 2)],
  });

  it('keeps only survived and uncovered mutants, the later report winning for a file, in line then column order', () => {
    const left = survivors([older, newer]);
    expect(left.map((s) => [s.file, s.line, s.column, s.status])).toEqual([
      ['src/a/one.ts', 3, 1, 'Survived'],
      ['src/a/one.ts', 7, 2, 'NoCoverage'],
      ['src/a/one.ts', 7, 5, 'Survived'],
      ['src/b/two.ts', 4, 1, 'NoCoverage'],
    ]);
  });

  it('narrows to the named files and folders', () => {
    expect(survivors([older, newer], ['src/b']).map((s) => s.file)).toEqual(['src/b/two.ts']);
    expect(survivors([older, newer], ['src/a/one.ts']).length).toBe(3);
    expect(survivors([older, newer], ['src/a/on'])).toEqual([]);
  });
});

describe('formatSurvivors()', () => {
  it('gives a heading per file and the current source line under each mutant', () => {
    const left = survivors([report({ 'src/a/one.ts': [mutant('1', 'Survived', 2, 7)] })]);
    const text = formatSurvivors(left, () => 'const a = 1;\n  if (a <= b) return;\n');
    expect(text.split('\n')).toEqual(['src/a/one.ts: 1 left', '  2:7 Survived EqualityOperator → "a < b"', '      | if (a <= b) return;']);
  });
});
