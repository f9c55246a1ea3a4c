import type { Command } from 'commander';
import type { BenchmarkInstance } from '../benchmark/instance';
import { defaultBenchmarksDir, loadBenchmarks } from '../benchmark/manifest';
import { runBenchmark, type BenchmarkRow } from '../benchmark/run-benchmark';
import { formatTable } from '../report/table';
import { didYouMean } from '../util/closest-name';
import { CliError, parseSeed, positiveInteger } from './cli-error';
import type { CliIo } from './cli-io';
import { emitResult } from './command-parts';
import { checkOutputFiles } from './output-file';
import { formatOption, type OutputFormat } from './output-format';

interface BenchmarkCommandOptions {
  replications: string;
  seed: string;
  threads?: string;
  format: Exclude<OutputFormat, 'html'>;
  out?: string;
  dir?: string;
  list?: boolean;
}

/** Adds `routelab benchmark [names...]` to the program. */
export function addBenchmarkCommand(program: Command, io: CliIo): void {
  program
    .command('benchmark')
    .description('run the published benchmark instances and print published against simulated figures with a verdict each')
    .argument('[names...]', 'instances of the manifest (default: every one that runs; see --list)')
    .option('--replications <n>', 'replications (days or weeks, as the instance says) per instance', '200')
    .option('--seed <n>', 'master seed (integer)', '1')
    .option('--threads <n>', 'worker threads (default: decided from the first replications)')
    .addOption(formatOption(['table', 'json', 'csv'], 'table'))
    .option('--out <file>', 'write the output to a file instead of stdout')
    .option('--dir <folder>', 'a folder with a manifest.yaml and its scenario files (default: the bundled benchmarks/)')
    .option('--list', 'list the instances, their status and source, and exit')
    .action(async (names: string[], opts: BenchmarkCommandOptions) => {
      let instances: BenchmarkInstance[];
      try {
        instances = loadBenchmarks(opts.dir ?? defaultBenchmarksDir());
      } catch (error) {
        throw new CliError(`benchmark: ${(error as Error).message}`);
      }
      if (opts.list === true) {
        io.stdout.write(`${listing(instances)}\n`);
        return;
      }
      const known = instances.map((i) => i.name);
      for (const name of names) {
        const instance = instances.find((i) => i.name === name);
        if (instance === undefined) throw new CliError(`benchmark: unknown instance '${name}'${didYouMean(name, known) || '.'} Known: ${known.join(', ')}`);
        if (instance.status === 'waiting') throw new CliError(`benchmark: instance '${name}' waits for ${instance.waitsFor ?? 'a model feature'}; it does not run yet`);
      }
      const replications = positiveInteger('--replications', opts.replications);
      if (replications < 2) throw new CliError('--replications: at least 2 are needed for an interval');
      const seed = parseSeed(opts.seed);
      const threads = opts.threads === undefined ? undefined : positiveInteger('--threads', opts.threads);
      checkOutputFiles({ '--out': opts.out });
      const chosen = names.length === 0 ? instances.filter((i) => i.status === 'runs') : instances.filter((i) => names.includes(i.name));
      const rows: BenchmarkRow[] = [];
      for (const instance of chosen) {
        rows.push(...(await runBenchmark(instance, { replications, seed, ...(threads !== undefined ? { threads } : {}) })));
      }
      const waiting = names.length === 0 ? instances.filter((i) => i.status === 'waiting') : [];
      emitResult(io, opts.format, render(rows, opts.format, replications, waiting), opts.out);
    });
}

/** One line per instance: name, status, replication unit, figures, source files. */
function listing(instances: readonly BenchmarkInstance[]): string {
  const cells = instances.map((i) => [
    i.name,
    i.status === 'runs' ? 'runs' : `waits for ${i.waitsFor ?? '?'}`,
    i.replication,
    String(i.figures.length),
    [i.source.software ?? i.source.paper ?? '', i.source.table ?? '', (i.source.files ?? []).join(', ')].filter((x) => x !== '').join('; '),
  ]);
  return formatTable(['instance', 'status', 'replication', 'figures', 'source'], cells);
}

function render(rows: readonly BenchmarkRow[], format: BenchmarkCommandOptions['format'], replications: number, waiting: readonly BenchmarkInstance[]): string {
  if (format === 'json') return JSON.stringify({ replications, rows }, null, 2);
  const cells = rows.map((r) => {
    // One number of decimals per row: 1 for counts in the hundreds and more, 4 for shares and minutes.
    const digits = Math.abs(r.published) >= 100 ? 1 : 4;
    const f = (x: number): string => x.toFixed(digits);
    return [
      r.instance,
      r.figure,
      r.unit,
      `${f(r.published)} ± ${f(r.publishedHalfWidth)}`,
      `${f(r.routelab)} ± ${f(r.routelabHalfWidth)}`,
      `${r.difference >= 0 ? '+' : ''}${f(r.difference)} ± ${f(r.combinedHalfWidth)}`,
      r.verdict,
    ];
  });
  const header = ['instance', 'figure', 'unit', 'published (95 %)', `routelab (${replications} replications, 95 %)`, 'difference', 'verdict'];
  if (format === 'csv') {
    const csv = ['instance,figure,unit,published,published_half_width,routelab,routelab_half_width,difference,combined_half_width,verdict'];
    for (const r of rows) csv.push([r.instance, r.figure, r.unit, r.published, r.publishedHalfWidth, r.routelab, r.routelabHalfWidth, r.difference, r.combinedHalfWidth, r.verdict].join(','));
    return csv.join('\n');
  }
  const differ = rows.filter((r) => r.verdict === 'differs').length;
  const waits = waiting.map((i) => `\n${i.name} (${i.figures.length} figures) waits for ${i.waitsFor ?? 'a model feature'}`).join('');
  return `${formatTable(header, cells)}\n\n${rows.length - differ} of ${rows.length} figures agree (difference within √(h_published² + h_routelab²)); about 1 in 20 differs by chance alone${waits}`;
}
