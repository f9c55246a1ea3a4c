/**
 * The packed-consumer check (run by `.ci/run` after `npm run build`; `npm run check:package`):
 * what a user gets from `npm install routelab`, tried the way a user tries it.
 *
 * 1. `npm pack`, then the tarball's file list: no source maps, no sources, the browser build in.
 * 2. Two fresh projects in the system's temporary folder (outside this repository, so nothing
 *    resolves from its node_modules): one ES module project, one CommonJS project. Each
 *    installs the tarball from its file (dependencies from the npm cache when they are there).
 * 3. Every `ts` block of README.md not marked `ts fragment` is written into both projects as
 *    it stands (the CommonJS copy keeps its imports, which TypeScript compiles to
 *    `require('routelab')`, and runs the rest in an async `main`, as the README's Install section
 *    says), typechecked with `tsc --strict` without
 *    `skipLibCheck` (so the package's declarations and everything they pull in are checked),
 *    compiled and run with Node.
 *    Beside them a type test ({@link METRIC_KEY_TYPES}): literal metric keys of a result compile,
 *    misspelt ones are compile errors (each under `// @ts-expect-error`, which tsc reports as unused
 *    if the line compiles).
 *    A second one ({@link REPORT_TYPES}): the types of `routelab` are accepted by the functions of
 *    `routelab/report`.
 * 4. Plain JavaScript in each project, `require('routelab')` and `require('routelab/report')` in
 *    the CommonJS one and `import` in the ES module one, runs an experiment on 2 worker threads and
 *    renders its HTML report: both must print the same SHA-256 (the two builds compute the same
 *    bytes).
 * 5. The CLI from the installed package: `routelab validate` on a shipped example, from a file and
 *    from standard input.
 *
 * Prints one line per step and exits 1 on the first failure.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readmeSnippets, toCommonJs } from './readme-snippets';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * A consumer's file that must typecheck only if metric keys are typed: the summary of an
 * experiment, the paired differences and the `MetricKey` type reject a misspelt key.
 */
const METRIC_KEY_TYPES = `import type { ComparisonResult, ExperimentResult, MetricKey } from 'routelab';

export function reads(experiment: ExperimentResult, comparison: ComparisonResult): unknown[] {
  const sl: number | null | undefined = experiment.summary['overall.serviceLevel']?.mean;
  const asa = experiment.summary['byContactType.calls.asa']?.halfWidth;
  const diff = comparison.differences[0]?.summary['overall.abandonmentRate']?.significant;
  const key: MetricKey = 'byAgentGroup.tier1.occupancy';
  // @ts-expect-error a misspelt metric key of the summary is a compile error
  const typo = experiment.summary['overall.servicelevel'];
  // @ts-expect-error a misspelt metric key of the paired differences is a compile error
  const typoDiff = comparison.differences[0]?.summary['overall.abandonmentrate'];
  // @ts-expect-error a misspelt MetricKey is a compile error
  const typoKey: MetricKey = 'byContactType.calls.asaa';
  return [sl, asa, diff, key, typo, typoDiff, typoKey];
}
`;

/**
 * A consumer's file that must typecheck across the two entries: the results and scenario types of
 * `routelab` are accepted by the report functions of `routelab/report` (each entry has its own
 * bundled declarations), and the report's input types are exported by both.
 */
const REPORT_TYPES = `import type { ComparisonResult, ExperimentResult, ReportInput, ScenarioInput } from 'routelab';
import { renderHtmlReport, reportFromComparison, reportFromExperiment, type ReportInput as ReportEntryInput } from 'routelab/report';

export function pages(scenario: ScenarioInput, experiment: ExperimentResult, comparison: ComparisonResult): string[] {
  const one: ReportInput = reportFromExperiment(scenario, experiment, { title: 'one design' });
  const many: ReportEntryInput = reportFromComparison(scenario, comparison, { scenarios: { base: scenario } });
  return [renderHtmlReport(one), renderHtmlReport(many)];
}
`;

function step(label: string, run: () => string | void): void {
  const started = performance.now();
  const note = run();
  console.log(`ok  ${label} (${((performance.now() - started) / 1000).toFixed(1)} s)${note ? `: ${note}` : ''}`);
}

function fail(message: string): never {
  console.error(`FAILED ${message}`);
  process.exit(1);
}

function pack(into: string): string {
  const out = execFileSync(NPM, ['pack', '--json', '--pack-destination', into], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const [info] = JSON.parse(out) as { filename: string; size: number; unpackedSize: number; files: { path: string }[] }[];
  if (info === undefined) fail('npm pack printed nothing');
  const files = info.files.map((f) => f.path);
  const maps = files.filter((f) => f.endsWith('.map'));
  if (maps.length > 0) fail(`the package ships source maps (${maps.join(', ')}), which point at sources it does not ship`);
  const sources = files.filter((f) => f.startsWith('src/') || f.startsWith('test/'));
  if (sources.length > 0) fail(`the package ships sources or tests: ${sources.slice(0, 5).join(', ')}`);
  for (const needed of ['dist/index.js', 'dist/index.d.ts', 'dist/index.cjs', 'dist/index.d.cts', 'dist/report.js', 'dist/report.d.ts', 'dist/report.cjs', 'dist/report.d.cts', 'dist/report-browser.js', 'dist/browser.js', 'dist/browser.d.ts', 'dist/browser-worker.js', 'dist/cli.js', 'examples/retail-bank.yaml']) {
    if (!files.includes(needed)) fail(`the package lacks ${needed}`);
  }
  return `${join(into, info.filename)}|${files.length} files, ${Math.round(info.size / 1024)} KiB packed, ${Math.round(info.unpackedSize / 1024)} KiB unpacked`;
}

function project(dir: string, type: 'module' | 'commonjs', tarball: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: `routelab-consumer-${type}`, version: '1.0.0', private: true, type }, null, 2)}\n`);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    `${JSON.stringify(
      {
        compilerOptions: {
          strict: true,
          skipLibCheck: false,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          lib: ['es2022'],
          types: ['node'],
          typeRoots: [join(ROOT, 'node_modules', '@types')],
          outDir: 'out',
        },
        include: ['*.ts'],
      },
      null,
      2,
    )}\n`,
  );
  execFileSync(NPM, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel', 'error', tarball], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
}

function typecheck(dir: string): string {
  const result = spawnSync(process.execPath, [TSC, '-p', '.'], { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0) {
    const errors = result.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
    const inZod = errors.filter((line) => line.includes('node_modules/zod/')).length;
    fail(`tsc --strict in ${dir}: ${errors.length} errors (${inZod} in zod's type files)\n${result.stdout.slice(0, 4000)}`);
  }
  return 'tsc --strict: 0 errors';
}

function runSnippet(dir: string, file: string): void {
  const result = spawnSync(process.execPath, [join('out', file.replace(/\.ts$/, '.js'))], { cwd: dir, encoding: 'utf8', timeout: 300_000 });
  if (result.status !== 0) fail(`${dir}/${file} exited with ${result.status ?? result.signal}:\n${result.stderr.slice(0, 4000)}`);
}

/** The same experiment and report from each build: `require` (CommonJS) or `import` (ES module). */
function entryCheck(type: 'module' | 'commonjs'): string {
  const load =
    type === 'commonjs'
      ? "const { readScenarioFile, runExperiment } = require('routelab');\nconst { renderHtmlReport, reportFromExperiment } = require('routelab/report');\nconst { createHash } = require('node:crypto');"
      : "import { readScenarioFile, runExperiment } from 'routelab';\nimport { renderHtmlReport, reportFromExperiment } from 'routelab/report';\nimport { createHash } from 'node:crypto';";
  return `${load}
async function main() {
  const scenario = readScenarioFile('node_modules/routelab/examples/retail-bank.yaml');
  const experiment = await runExperiment(scenario, { replications: 2, seed: 7, threads: 2 });
  const html = renderHtmlReport(reportFromExperiment(scenario, experiment));
  console.log(createHash('sha256').update(html).digest('hex'));
}
main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
`;
}

function runEntryCheck(dir: string, type: 'module' | 'commonjs'): string {
  const file = type === 'commonjs' ? 'entry-check.cjs' : 'entry-check.mjs';
  writeFileSync(join(dir, file), entryCheck(type));
  const result = spawnSync(process.execPath, [file], { cwd: dir, encoding: 'utf8', timeout: 300_000 });
  if (result.status !== 0) fail(`${dir}/${file} exited with ${result.status ?? result.signal}:\n${result.stderr.slice(0, 4000)}`);
  if (result.stderr.trim() !== '') fail(`${dir}/${file} printed to stderr (a warning?):\n${result.stderr.slice(0, 4000)}`);
  return result.stdout.trim();
}

function main(): void {
  const work = mkdtempSync(join(tmpdir(), 'routelab-consumer-'));
  try {
    let tarball = '';
    step('npm pack: no source maps, no sources, the browser builds and routelab/report included', () => {
      const [file, note] = pack(work).split('|');
      tarball = file!;
      return note;
    });
    const snippets = readmeSnippets(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    if (snippets.runnable.length === 0) fail('README.md has no runnable ts block');
    console.log(`    README.md: ${snippets.runnable.length} runnable blocks (lines ${snippets.runnable.map((s) => s.line).join(', ')}), ${snippets.fragments} fragments`);
    const reports: Partial<Record<'module' | 'commonjs', string>> = {};
    for (const type of ['module', 'commonjs'] as const) {
      const dir = join(work, type === 'module' ? 'esm' : 'cjs');
      step(`${type} project: npm install <tarball>`, () => project(dir, type, tarball));
      const files = snippets.runnable.map((snippet, k) => {
        const file = `readme-${k + 1}-line-${snippet.line}.ts`;
        writeFileSync(join(dir, file), type === 'module' ? snippet.code : toCommonJs(snippet.code));
        return file;
      });
      writeFileSync(join(dir, 'metric-key-types.ts'), METRIC_KEY_TYPES);
      writeFileSync(join(dir, 'report-types.ts'), REPORT_TYPES);
      step(`${type} project: tsc --strict (no skipLibCheck) of the README blocks, the metric-key and the routelab/report type tests`, () => typecheck(dir));
      for (const file of files) step(`${type} project: node ${file}`, () => runSnippet(dir, file));
      step(`${type} project: ${type === 'commonjs' ? 'require' : 'import'}('routelab') and ('routelab/report'), an experiment on 2 threads and its HTML report`, () => {
        reports[type] = runEntryCheck(dir, type);
        return `report SHA-256 ${reports[type]!.slice(0, 16)}…`;
      });
    }
    if (reports.module !== reports.commonjs) fail(`the HTML report differs between import (${reports.module}) and require (${reports.commonjs})`);
    console.log('ok  require and import give the same report bytes');
    const esm = join(work, 'esm');
    step('the installed CLI: routelab validate <example> and validate - < example', () => {
      const example = 'node_modules/routelab/examples/retail-bank.yaml';
      const bin = join(esm, 'node_modules', '.bin', 'routelab');
      const fromFile = spawnSync(bin, ['validate', example], { cwd: esm, encoding: 'utf8' });
      if (fromFile.status !== 0) fail(`routelab validate ${example}: exit ${fromFile.status}\n${fromFile.stderr}`);
      const fromStdin = spawnSync(bin, ['validate', '-'], { cwd: esm, encoding: 'utf8', input: readFileSync(join(esm, example), 'utf8') });
      if (fromStdin.status !== 0 || !fromStdin.stdout.startsWith('<stdin>: valid scenario')) fail(`routelab validate - : exit ${fromStdin.status}\n${fromStdin.stdout}${fromStdin.stderr}`);
      return fromStdin.stdout.trim();
    });
    console.log('packed-consumer check passed');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
