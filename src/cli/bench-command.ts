import type { Command } from 'commander';
import { benchScenario, runBenchmark, type BenchResult } from './bench';
import { CliError, parseSeed, positiveInteger } from './cli-error';
import type { CliIo } from './cli-io';
import { emitResult } from './command-parts';
import { loadScenario } from './load-scenario';
import { outputFilesOf } from './output-guard';
import { formatOption, type OutputFormat } from './output-format';

interface BenchCommandOptions {
  arrivals?: string;
  seed: string;
  runs: string;
  format: Exclude<OutputFormat, 'csv' | 'html'>;
  out?: string;
}

/** Default expected arrivals of the built-in benchmark. */
export const DEFAULT_BENCH_ARRIVALS = 200_000;

/** Adds `routelab bench [scenario]` to the program. */
export function addBenchCommand(program: Command, io: CliIo): void {
  program
    .command('bench')
    .description('measure engine throughput on this machine (built-in M/M/100+M center, or a scenario file)')
    .argument('[scenario]', 'scenario file to time instead of the built-in center')
    .option('--arrivals <n>', `expected arrivals of the built-in center (default ${DEFAULT_BENCH_ARRIVALS})`)
    .option('--seed <n>', 'master seed (integer)', '1')
    .option('--runs <n>', 'timed runs (the median is reported)', '1')
    .addOption(formatOption(['table', 'json'], 'table'))
    .option('--out <file>', 'write the output to a file instead of stdout')
    .action((file: string | undefined, opts: BenchCommandOptions, command: Command) => {
      const seed = parseSeed(opts.seed);
      const runs = positiveInteger('--runs', opts.runs);
      if (file !== undefined && opts.arrivals !== undefined) throw new CliError('--arrivals: only for the built-in center (the scenario file sets its own length)');
      const arrivals = opts.arrivals === undefined ? DEFAULT_BENCH_ARRIVALS : positiveInteger('--arrivals', opts.arrivals);
      const outputs = outputFilesOf(command);
      const scenario = file === undefined ? benchScenario(arrivals) : loadScenario(file, { outputs, warn: (line) => io.stderr.write(`${line}\n`) });
      const result = runBenchmark(scenario, { seed, runs, ...(file === undefined ? { arrivals } : {}) });
      emitResult(io, opts.format, opts.format === 'json' ? JSON.stringify(result, null, 2) : benchTable(result), opts.out);
    });
}

/** The benchmark as `label  value` lines. */
export function benchTable(r: BenchResult): string {
  const rows: [string, string][] = [
    ['scenario', `${r.scenario} (policy ${r.policy}, seed ${r.seed})`],
    ...(r.arrivals === null ? [] : [['arrivals requested', String(r.arrivals)] as [string, string]]),
    ['contacts', String(r.contacts)],
    ['events', String(r.events)],
    ['wall time', `${r.wallSeconds.toFixed(3)} s${r.wallSecondsPerRun.length > 1 ? ` (median of ${r.wallSecondsPerRun.length} runs)` : ''}`],
    ['contacts/s', Math.round(r.contactsPerSecond).toLocaleString('en-US')],
    ['events/s', Math.round(r.eventsPerSecond).toLocaleString('en-US')],
    ['node', r.node],
    ['cpu', `${r.cpu} (${r.cpus} logical CPUs, ${r.platform}/${r.arch})`],
    ['routelab', r.routelab],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n');
}
