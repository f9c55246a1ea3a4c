/**
 * `npm run mutation:scores [-- --files] [report.json ...]`: the mutation score of each folder
 * from Stryker's reports (by default the committed incremental files,
 * reports/stryker-incremental/*.json), as a table: mutants, killed, survived, no coverage,
 * timeout, ignored, score (killed + timeout over all valid mutants) and score of covered code
 * (the same over mutants some test runs), score without timeouts (killed alone over all valid
 * mutants: the lower bound if every timeout were a survivor), and for a folder how many of its source files the
 * reports hold, of those with runtime code (index.ts and files of types only have no mutants to
 * measure). `--files` adds a row per file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { calculateMetrics, type Metrics } from 'mutation-testing-metrics';
import type { FileResult, MutationTestResult } from 'mutation-testing-report-schema';
import ts from 'typescript';

/** Where `npm run mutation -- --folder src/x` keeps its results (`x.json`). */
export const INCREMENTAL_DIR = 'reports/stryker-incremental';

/** One row of the score table. */
export interface ScoreRow {
  /** A folder (`src/routing`) or a file. */
  readonly name: string;
  /** Counts and scores, as the Stryker dashboard computes them. */
  readonly metrics: Metrics;
  /** For a folder: how many of its files were measured, and how many it has (when it is on disk). */
  readonly files?: { readonly measured: number; readonly total: number | undefined };
}

/**
 * Whether TypeScript source has code that mutation testing can measure: a function or a class
 * (code that runs when called). What else is left once types are erased runs once, when the module
 * loads (constant tables such as `SITE_KINDS`): Stryker counts those mutants as static and ignores
 * them (`ignoreStatic`), so a file of types, re-exports and constants has no mutant to score.
 */
export function hasRuntimeCode(source: string): boolean {
  const { outputText } = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true } });
  const emitted = ts.createSourceFile('emitted.js', outputText, ts.ScriptTarget.ES2022);
  const callable = (node: ts.Node): boolean => ts.isFunctionLike(node) || ts.isClassLike(node) || ts.forEachChild(node, callable) === true;
  return emitted.statements.some(callable);
}

/**
 * The source files of a folder that mutation testing covers: `.ts` files (subfolders too) with
 * runtime code, not index.ts; undefined if the folder is not on disk.
 */
export function sourceFileCount(folder: string): number | undefined {
  if (!existsSync(folder)) return undefined;
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && posix.basename(f.replaceAll('\\', '/')) !== 'index.ts')
    .filter((f) => hasRuntimeCode(readFileSync(join(folder, f), 'utf8'))).length;
}

/** Whether a file's results hold a mutant that counts (one not ignored: a file of constants has only static, ignored ones). */
function scored(file: FileResult): boolean {
  return file.mutants.some((m) => m.status !== 'Ignored');
}

/** The folder of a source file: `src/routing/selectors.ts` → `src/routing`. */
export function folderOf(file: string): string {
  const parts = file.split(/[\\/]/);
  return parts.slice(0, Math.min(2, parts.length - 1)).join('/');
}

/** Score rows per folder (and per file if `perFile`) over the files of one or more reports. */
export function scoreRows(reports: readonly MutationTestResult[], perFile = false): ScoreRow[] {
  const byFolder = new Map<string, Record<string, FileResult>>();
  for (const report of reports) {
    for (const [file, result] of Object.entries(report.files)) {
      const name = posix.normalize(file.replaceAll('\\', '/'));
      const folder = folderOf(name);
      const files = byFolder.get(folder) ?? {};
      files[name] = result;
      byFolder.set(folder, files);
    }
  }
  const rows: ScoreRow[] = [];
  for (const folder of [...byFolder.keys()].sort()) {
    const files = byFolder.get(folder)!;
    rows.push({ name: folder, metrics: calculateMetrics(files).metrics, files: { measured: Object.values(files).filter(scored).length, total: sourceFileCount(folder) } });
    if (!perFile) continue;
    for (const file of Object.keys(files).sort()) {
      rows.push({ name: `  ${file}`, metrics: calculateMetrics({ [file]: files[file]! }).metrics });
    }
  }
  return rows;
}

function percent(value: number): string {
  return Number.isNaN(value) ? 'n/a' : `${value.toFixed(1)} %`;
}

/** The rows as an aligned text table (a Markdown table if `markdown`). */
export function formatScoreTable(rows: readonly ScoreRow[], markdown = false): string {
  const header = ['folder', 'files', 'mutants', 'killed', 'survived', 'no coverage', 'timeout', 'ignored', 'score', 'score of covered', 'score without timeouts'];
  const body = rows.map(({ name, metrics: m, files }) => [
    name,
    files === undefined ? '' : files.total === undefined ? String(files.measured) : `${files.measured} of ${files.total}`,
    String(m.totalValid),
    String(m.killed),
    String(m.survived),
    String(m.noCoverage),
    String(m.timeout),
    String(m.ignored),
    percent(m.mutationScore),
    percent(m.mutationScoreBasedOnCoveredCode),
    // A timeout counts as detected; this is the score if every one of them were a survivor (a
    // lower bound: on a loaded machine a slow test run can pass for an endless loop).
    percent(m.totalValid === 0 ? Number.NaN : (100 * m.killed) / m.totalValid),
  ]);
  if (markdown) {
    const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...body.map(line)].join('\n');
  }
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(header), ...body.map(line)].join('\n');
}

/** The committed incremental reports, one per measured folder. */
export function incrementalReportFiles(dir = INCREMENTAL_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

/** Reads Stryker JSON reports (the incremental files have the same schema). */
export function readReports(files: readonly string[]): MutationTestResult[] {
  return files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as MutationTestResult);
}

function main(args: readonly string[]): number {
  const perFile = args.includes('--files');
  const markdown = args.includes('--markdown');
  const named = args.filter((arg) => !arg.startsWith('--'));
  const files = named.length > 0 ? named : incrementalReportFiles();
  if (files.length === 0) {
    console.error(`no mutation reports in ${INCREMENTAL_DIR}/: run \`npm run mutation\` first`);
    return 1;
  }
  console.log(formatScoreTable(scoreRows(readReports(files), perFile), markdown));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
