/**
 * `npm run mutation:survivors [-- <file or folder> ...]`: the mutants the tests let through
 * (survived, or run by no test), per source file, from the committed incremental reports
 * (reports/stryker-incremental/*.json; where two hold a file, the later by name wins, as in
 * `npm run mutation:scores`): line and column, status, mutator, replacement and the source line
 * as it is now. With no argument, every measured file. This is the list docs/mutation-testing.md
 * explains, survivor by survivor or group by group.
 */
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileResult, MutantResult, MutationTestResult } from 'mutation-testing-report-schema';
import { incrementalReportFiles, readReports } from './mutation-scores';

/** One mutant the tests did not detect. */
export interface Survivor {
  /** The source file, `src/model/engine.ts`. */
  readonly file: string;
  /** 1-based line and column of the mutated code. */
  readonly line: number;
  readonly column: number;
  /** `Survived` (tests ran and passed) or `NoCoverage` (no test ran the code). */
  readonly status: 'Survived' | 'NoCoverage';
  /** Stryker's mutator, `EqualityOperator`. */
  readonly mutator: string;
  /** The code Stryker put in place of the original. */
  readonly replacement: string;
}

/** The undetected mutants of the files whose path starts with one of `paths` (all if empty), by file then line. */
export function survivors(reports: readonly MutationTestResult[], paths: readonly string[] = []): Survivor[] {
  const byFile = new Map<string, FileResult>();
  for (const report of reports) {
    for (const [file, result] of Object.entries(report.files)) byFile.set(posix.normalize(file.replaceAll('\\', '/')), result);
  }
  const wanted = (file: string) => paths.length === 0 || paths.some((p) => file === p || file.startsWith(`${p.replace(/\/+$/, '')}/`));
  const left: Survivor[] = [];
  for (const file of [...byFile.keys()].sort()) {
    if (!wanted(file)) continue;
    const undetected = byFile.get(file)!.mutants.filter(
      (m): m is MutantResult & { status: 'Survived' | 'NoCoverage' } => m.status === 'Survived' || m.status === 'NoCoverage',
    );
    for (const m of undetected) {
      left.push({ file, line: m.location.start.line, column: m.location.start.column, status: m.status, mutator: m.mutatorName, replacement: m.replacement ?? '' });
    }
  }
  return left.sort((a, b) => (a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1));
}

/** The survivors as text: a heading line per file, then one line per mutant with the source line below it. */
export function formatSurvivors(left: readonly Survivor[], sourceOf: (file: string) => string | undefined): string {
  const out: string[] = [];
  let lines: string[] = [];
  let current = '';
  for (const s of left) {
    if (s.file !== current) {
      current = s.file;
      lines = sourceOf(s.file)?.split('\n') ?? [];
      out.push(`${s.file}: ${left.filter((o) => o.file === s.file).length} left`);
    }
    out.push(`  ${s.line}:${s.column} ${s.status} ${s.mutator} → ${JSON.stringify(s.replacement)}`);
    const code = lines[s.line - 1];
    if (code !== undefined) out.push(`      | ${code.trim()}`);
  }
  return out.join('\n');
}

function main(args: readonly string[]): number {
  const reports = incrementalReportFiles();
  if (reports.length === 0) {
    console.error('no mutation reports in reports/stryker-incremental/: run `npm run mutation` first');
    return 1;
  }
  const left = survivors(readReports(reports), args);
  console.log(left.length === 0 ? 'no survivors' : formatSurvivors(left, (file) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined)));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
