import type { Command } from 'commander';
import { CONTACTCENTERS_INSTANCES } from '../benchmark/contactcenters';
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
}

/** Adds `routelab benchmark [names...]` to the program. */
export function addBenchmarkCommand(program: Command, io: CliIo): void {
  program
    .command('benchmark')
    .description('run the published benchmark instances and print published against simulated figures with a verdict each')
    .argument('[names...]', `instances (default all): ${CONTACTCENTERS_INSTANCES.map((i) => i.name).join(', ')}`)
    .option('--replications <n>', 'replications (days) per instance', '200')
    .option('--seed <n>', 'master seed (integer)', '1')
    .option('--threads <n>', 'worker threads (default: decided from the first replications)')
    .addOption(formatOption(['table', 'json', 'csv'], 'table'))
    .option('--out <file>', 'write the output to a file instead of stdout')
    .action(async (names: string[], opts: BenchmarkCommandOptions) => {
      const known = CONTACTCENTERS_INSTANCES.map((i) => i.name);
      for (const name of names) {
        if (!known.includes(name)) throw new CliError(`benchmark: unknown instance '${name}'${didYouMean(name, known) || '.'} Known: ${known.join(', ')}`);
      }
      const replications = positiveInteger('--replications', opts.replications);
      if (replications < 2) throw new CliError('--replications: at least 2 are needed for an interval');
      const seed = parseSeed(opts.seed);
      const threads = opts.threads === undefined ? undefined : positiveInteger('--threads', opts.threads);
      checkOutputFiles({ '--out': opts.out });
      const rows: BenchmarkRow[] = [];
      for (const instance of CONTACTCENTERS_INSTANCES.filter((i) => names.length === 0 || names.includes(i.name))) {
        rows.push(...(await runBenchmark(instance, { replications, seed, ...(threads !== undefined ? { threads } : {}) })));
      }
      emitResult(io, opts.format, render(rows, opts.format, replications), opts.out);
    });
}

function render(rows: readonly BenchmarkRow[], format: BenchmarkCommandOptions['format'], replications: number): string {
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
  const header = ['instance', 'figure', 'unit', 'published (95 %)', `routelab (${replications} days, 95 %)`, 'difference', 'verdict'];
  if (format === 'csv') {
    const csv = ['instance,figure,unit,published,published_half_width,routelab,routelab_half_width,difference,combined_half_width,verdict'];
    for (const r of rows) csv.push([r.instance, r.figure, r.unit, r.published, r.publishedHalfWidth, r.routelab, r.routelabHalfWidth, r.difference, r.combinedHalfWidth, r.verdict].join(','));
    return csv.join('\n');
  }
  const differ = rows.filter((r) => r.verdict === 'differs').length;
  return `${formatTable(header, cells)}\n\n${rows.length - differ} of ${rows.length} figures agree (difference within √(h_published² + h_routelab²)); about 1 in 20 differs by chance alone`;
}
