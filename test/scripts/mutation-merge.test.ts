import { describe, expect, it } from 'vitest';
import type { MutantResult, MutationTestResult } from 'mutation-testing-report-schema';
import { mergeIncremental } from '../../scripts/mutation-merge';

function mutant(id: string, status: MutantResult['status'], coveredBy: string[], killedBy?: string[]): MutantResult {
  return {
    id,
    mutatorName: 'EqualityOperator',
    replacement: '<',
    status,
    location: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
    coveredBy,
    ...(killedBy === undefined ? {} : { killedBy }),
  };
}

function incremental(files: MutationTestResult['files'], tests: Record<string, string[]>): MutationTestResult {
  let id = 0;
  return {
    schemaVersion: '2',
    thresholds: { high: 80, low: 60 },
    files,
    testFiles: Object.fromEntries(Object.entries(tests).map(([file, names]) => [file, { tests: names.map((name) => ({ id: String(id++), name })) }])),
  };
}

describe('mergeIncremental()', () => {
  // into: tests 0 = a.test.ts "x", 1 = a.test.ts "y"; from: 0 = b.test.ts "z", 1 = a.test.ts "y".
  const into = incremental({ 'src/m/one.ts': { language: 'typescript', source: 'one', mutants: [mutant('1', 'Killed', ['0', '1'], ['0'])] } }, { 'test/a.test.ts': ['x', 'y'] });
  const from = incremental(
    {
      'src/m/two.ts': { language: 'typescript', source: 'two', mutants: [mutant('1', 'Killed', ['0', '1'], ['1']), mutant('2', 'Survived', ['0'])] },
      'src/m/one.ts': { language: 'typescript', source: 'one, changed', mutants: [mutant('1', 'Survived', ['1'])] },
    },
    { 'test/b.test.ts': ['z'], 'test/a.test.ts': ['y'] },
  );

  it('adds the files of one incremental file to another, the newer version of a file measured in both winning', () => {
    const merged = mergeIncremental(into, from);
    expect(Object.keys(merged.files).sort()).toEqual(['src/m/one.ts', 'src/m/two.ts']);
    expect(merged.files['src/m/one.ts']!.source).toBe('one, changed');
    expect(merged.files['src/m/one.ts']!.mutants.map((m) => m.status)).toEqual(['Survived']);
  });

  it('matches tests by file and name and rewrites the mutants to the ids of the file merged into', () => {
    const merged = mergeIncremental(into, from);
    expect(merged.testFiles!['test/a.test.ts']!.tests).toEqual([{ id: '0', name: 'x' }, { id: '1', name: 'y' }]);
    expect(merged.testFiles!['test/b.test.ts']!.tests).toEqual([{ id: '2', name: 'z' }]);
    const [first, second] = merged.files['src/m/two.ts']!.mutants;
    // from's 0 ("z") is now 2; from's 1 ("y") is into's 1.
    expect(first!.coveredBy).toEqual(['2', '1']);
    expect(first!.killedBy).toEqual(['1']);
    expect(second!.coveredBy).toEqual(['2']);
    expect(merged.files['src/m/one.ts']!.mutants[0]!.coveredBy).toEqual(['1']);
  });

  it('leaves both inputs as they were', () => {
    const before = [JSON.stringify(into), JSON.stringify(from)];
    mergeIncremental(into, from);
    expect([JSON.stringify(into), JSON.stringify(from)]).toEqual(before);
  });

  it('refuses a mutant that names a test the file does not define', () => {
    const broken = incremental({ 'src/m/three.ts': { language: 'typescript', source: 'three', mutants: [mutant('1', 'Killed', ['7'])] } }, { 'test/c.test.ts': ['w'] });
    expect(() => mergeIncremental(into, broken)).toThrow(/src\/m\/three\.ts mutant 1: test id 7/);
  });
});
