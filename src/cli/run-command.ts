import type { Command } from 'commander';
import { runExperiment } from '../experiment/replications';
import { runShard } from '../experiment/shards';
import { ContactTrace } from '../metrics/contact-trace';
import { runCsv } from '../report/csv';
import { experimentAgentCsv, formatExperimentAgentTable, formatRunAgentTable, runAgentCsv } from '../report/agent-table';
import { runDocument } from '../report/run-format';
import { formatRunTables } from '../report/run-table';
import { simulate, type SimulationResult } from '../run/simulate';
import type { ScenarioInput } from '../scenario/schema';
import { CliError, nonNegativeInteger, parseSeed, positiveInteger } from './cli-error';
import { stdinOnce, type CliIo } from './cli-io';
import { emitResult, threadsOption } from './command-parts';
import { experimentOutput } from './experiment-output';
import { experimentHtml, writeReport } from './html-output';
import { loadScenario } from './load-scenario';
import { writeOutputFile } from './output-file';
import { outputFilesOf, outputOption } from './output-guard';
import { formatOption, type OutputFormat } from './output-format';
import { progressOption, withProgress } from './progress';
import { QUIET_HELP, quietIo } from './quiet';
import { HORIZON_HELP, overridesFrom, POLICY_HELP } from './scenario-overrides';
import { experimentOfRun } from './single-run-experiment';
import { withTraceFile } from './trace-file';

interface RunOptions {
  seed: string;
  replications: string;
  threads?: string;
  horizon?: string;
  policy?: string;
  format: OutputFormat;
  out?: string;
  trace?: string;
  report?: string;
  quiet?: boolean;
  from?: string;
  to?: string;
  agents?: boolean;
  agentsCsv?: string;
  detailedMetrics?: boolean;
}

/** Adds `routelab run <scenario>` to the program. */
export function addRunCommand(program: Command, cliIo: CliIo): void {
  program
    .command('run')
    .description('simulate a scenario file and print its metrics')
    .argument('<scenario>', 'scenario file (YAML or JSON; - reads it from standard input)')
    .option('--seed <n>', 'master seed (integer)', '1')
    .option('--replications <r>', 'independent replications (more than 1: means with confidence intervals)', '1')
    .option('--threads <t>', 'worker threads for replications (default: all cores, when the run is long enough to gain from them)')
    .option('--horizon <duration>', HORIZON_HELP)
    .option('--policy <name>', POLICY_HELP)
    .addOption(formatOption(['table', 'json', 'csv', 'html'], 'table'))
    .option('--out <file>', 'write the output to a file instead of stdout')
    .option('--report <file>', 'also write the HTML report to a file (whatever the --format)')
    .option('--quiet', QUIET_HELP)
    .option('--trace <file>', 'write one CSV record per contact to a file (single replication only)')
    .option('--from <r>', 'run replications [from, to) as a shard for `routelab merge` (written as json)')
    .option('--to <r>', 'end of the shard range (exclusive)')
    .option('--agents', 'also print the per-agent table (contacts, handle time, resolution, occupancy of every agent; table format)')
    .addOption(outputOption('--agents-csv <file>', 'also write the per-agent table as CSV to a file'))
    .option('--detailed-metrics', 'also measure P(wait), busy time per group × type and per type × interval figures (json and csv: detailed.*)')
    .action(async (file: string, opts: RunOptions, command: Command) => {
      const metrics = opts.detailedMetrics === true ? { metrics: { detailed: true } } : {};
      const io = quietIo(cliIo, opts.quiet);
      const seed = parseSeed(opts.seed);
      const replications = positiveInteger('--replications', opts.replications);
      const threads = threadsOption(opts.threads);
      const range = shardRange(opts, replications, command.getOptionValueSource('format') !== 'default');
      if (opts.trace !== undefined && (replications > 1 || range !== undefined)) {
        throw new CliError('--trace: only with a single replication (not with --replications or --from/--to)');
      }
      if (range !== undefined && (opts.agents === true || opts.agentsCsv !== undefined)) throw new CliError('--agents, --agents-csv: not with --from/--to');
      if (range !== undefined && opts.report !== undefined) throw new CliError('--report: not with --from/--to (merge the shards first: routelab merge ... --scenario FILE --report FILE)');
      const overrides = overridesFrom(opts);
      const outputs = outputFilesOf(command);
      const planned = range === undefined ? replications : range.to - range.from;
      const scenario = loadScenario(file, { overrides, outputs, replications: planned, warn: (line) => io.stderr.write(`${line}\n`), stdin: stdinOnce(io) });
      if (range !== undefined) {
        const shard = await withProgress(io, scenario.name, range.to - range.from, (onProgress) =>
          runShard(scenario, { seed, ...range, ...threads, ...metrics, ...progressOption(onProgress) }),
        );
        return emitResult(io, 'json', JSON.stringify(shard, null, 2), opts.out);
      }
      if (replications > 1) {
        const experiment = await withProgress(io, scenario.name, replications, (onProgress) =>
          runExperiment(scenario, { seed, replications, ...threads, ...metrics, ...progressOption(onProgress) }),
        );
        const agentTable = opts.agents === true && opts.format === 'table' ? `\n\n${formatExperimentAgentTable(experiment.metrics, experiment.summary)}` : '';
        emitResult(io, opts.format, experimentOutput(opts.format, scenario, experiment) + agentTable, opts.out);
        if (opts.report !== undefined) writeReport(io, opts.report, experimentHtml(scenario, experiment));
        if (opts.agentsCsv !== undefined) writeAgentsCsv(io, opts.agentsCsv, experimentAgentCsv(experiment.metrics, experiment.summary));
        return;
      }
      // One replication: the run's own tables, json or csv whether or not a report is asked for;
      // the HTML report is built from the same run, seen as an experiment of one replication.
      const result = simulateWithTrace(scenario, seed, opts.trace, opts.detailedMetrics === true);
      const html = opts.format === 'html' || opts.report !== undefined ? experimentHtml(scenario, await experimentOfRun(scenario, seed, result)) : '';
      const agentTable = opts.agents === true && opts.format === 'table' ? `\n\n${formatRunAgentTable(result.byAgent)}` : '';
      emitResult(io, opts.format, opts.format === 'html' ? html : runOutput(opts.format, result) + agentTable, opts.out);
      if (opts.report !== undefined) writeReport(io, opts.report, html);
      if (opts.agentsCsv !== undefined) writeAgentsCsv(io, opts.agentsCsv, runAgentCsv(result.byAgent));
    });
}

/** Writes the per-agent CSV (`--agents-csv`), atomically. */
function writeAgentsCsv(io: CliIo, file: string, csv: string): void {
  writeOutputFile('--agents-csv', file, csv);
  io.stderr.write(`per-agent table written to ${file}\n`);
}

/** One run, its contacts written to the `--trace` file when one is given. */
function simulateWithTrace(scenario: ScenarioInput, seed: number, traceFile: string | undefined, detailed: boolean): SimulationResult {
  const metrics = detailed ? { metrics: { detailed: true } } : {};
  if (traceFile === undefined) return simulate(scenario, { seed, ...metrics });
  return withTraceFile(traceFile, (writeLine) => simulate(scenario, { seed, ...metrics, observers: [new ContactTrace(writeLine)] }));
}

/** One run in a text format (html is built from its experiment instead). */
function runOutput(format: OutputFormat, result: SimulationResult): string {
  if (format === 'json') return JSON.stringify(runDocument(result), null, 2);
  if (format === 'csv') return runCsv(result);
  return formatRunTables(result);
}

/**
 * The `--from/--to` shard range, if given. A shard is written as json: that is the default with
 * a range, and another `--format` given explicitly is an error.
 */
function shardRange(opts: RunOptions, replications: number, formatGiven: boolean): { from: number; to: number } | undefined {
  if (opts.from === undefined && opts.to === undefined) return undefined;
  if (opts.from === undefined || opts.to === undefined) throw new CliError('--from/--to: give both ends of the replication range');
  const from = nonNegativeInteger('--from', opts.from);
  const to = positiveInteger('--to', opts.to);
  if (to <= from) throw new CliError(`--to: must be greater than --from (${from}), got ${to}`);
  if (replications !== 1) throw new CliError('--replications: not with --from/--to (the range sets the replications)');
  if (formatGiven && opts.format !== 'json') {
    throw new CliError(`--format: a shard (--from/--to) is written as json, got '${opts.format}'; use --format json (or leave --format out)`);
  }
  return { from, to };
}
