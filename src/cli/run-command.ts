import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import { runExperiment } from '../experiment/replications';
import { runShard } from '../experiment/shards';
import { ContactTrace } from '../metrics/contact-trace';
import { runCsv } from '../report/csv';
import { runDocument } from '../report/run-format';
import { formatRunTables } from '../report/run-table';
import { simulate } from '../run/simulate';
import { mergeScenario } from '../scenario/merge';
import { parseScenario } from '../scenario/resolve';
import type { ScenarioInput } from '../scenario/schema';
import { CliError, nonNegativeInteger, parseSeed, positiveInteger } from './cli-error';
import { type CliIo } from './cli-io';
import { experimentOutput } from './experiment-output';
import { experimentHtml, writeReport } from './html-output';
import { loadScenario } from './load-scenario';
import { emitResult, threadsOption } from './command-parts';
import { formatOption, type OutputFormat } from './output-format';
import { progressOption, withProgress } from './progress';

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
  from?: string;
  to?: string;
}

/** Adds `routelab run <scenario>` to the program. */
export function addRunCommand(program: Command, io: CliIo): void {
  program
    .command('run')
    .description('simulate a scenario file and print its metrics')
    .argument('<scenario>', 'scenario file (YAML or JSON)')
    .option('--seed <n>', 'master seed (integer)', '1')
    .option('--replications <r>', 'independent replications (more than 1: means with confidence intervals)', '1')
    .option('--threads <t>', 'worker threads for replications (default: all cores, when the run is long enough to gain from them)')
    .option('--horizon <duration>', "override the scenario's horizon, e.g. 7d")
    .option('--policy <name>', "override the scenario's routing policy")
    .addOption(formatOption(['table', 'json', 'csv', 'html'], 'table'))
    .option('--out <file>', 'write the output to a file instead of stdout')
    .option('--report <file>', 'also write the HTML report to a file (whatever the --format)')
    .option('--trace <file>', 'write one CSV record per contact to a file (single replication only)')
    .option('--from <r>', 'run replications [from, to) as a shard for `routelab merge` (json only)')
    .option('--to <r>', 'end of the shard range (exclusive)')
    .action(async (file: string, opts: RunOptions) => {
      const seed = parseSeed(opts.seed);
      const replications = positiveInteger('--replications', opts.replications);
      const threads = threadsOption(opts.threads);
      const range = shardRange(opts, replications);
      if (opts.trace !== undefined && (replications > 1 || range !== undefined || opts.format === 'html' || opts.report !== undefined)) {
        throw new CliError('--trace: only with a single replication in table, json or csv format, without --report');
      }
      const scenario = withOverrides(loadScenario(file, { policyNames: opts.policy === undefined ? [] : [opts.policy], warn: (line) => io.stderr.write(`${line}\n`) }), opts);
      if (range !== undefined) {
        const shard = await withProgress(io, scenario.name, range.to - range.from, (onProgress) =>
          runShard(scenario, { seed, ...range, ...threads, ...progressOption(onProgress) }),
        );
        return emitResult(io, 'json', JSON.stringify(shard, null, 2), opts.out);
      }
      if (range !== undefined && opts.report !== undefined) throw new CliError('--report: not with --from/--to (merge the shards first)');
      if (replications > 1 || opts.format === 'html' || opts.report !== undefined) {
        // HTML reports are built from experiments: one replication is an experiment of one
        // replication (its metrics are exactly those of the single run, without intervals).
        const experiment = await withProgress(io, scenario.name, replications, (onProgress) =>
          runExperiment(scenario, { seed, replications, ...(replications === 1 ? { threads: 1 } : threads), ...progressOption(onProgress) }),
        );
        emitResult(io, opts.format, experimentOutput(opts.format, scenario, experiment), opts.out);
        if (opts.report !== undefined) writeReport(io, opts.report, experimentHtml(scenario, experiment));
        return;
      }
      const trace = opts.trace === undefined ? undefined : createWriteStream(opts.trace);
      const observers = trace === undefined ? [] : [new ContactTrace((line) => trace.write(`${line}\n`))];
      const result = simulate(scenario, { seed, observers });
      trace?.end();
      const text = opts.format === 'json' ? JSON.stringify(runDocument(result), null, 2) : opts.format === 'csv' ? runCsv(result) : formatRunTables(result);
      emitResult(io, opts.format, text, opts.out);
    });
}

/** The `--from/--to` shard range, if given. */
function shardRange(opts: RunOptions, replications: number): { from: number; to: number } | undefined {
  if (opts.from === undefined && opts.to === undefined) return undefined;
  if (opts.from === undefined || opts.to === undefined) throw new CliError('--from/--to: give both ends of the replication range');
  const from = nonNegativeInteger('--from', opts.from);
  const to = positiveInteger('--to', opts.to);
  if (to <= from) throw new CliError(`--to: must be greater than --from (${from}), got ${to}`);
  if (replications !== 1) throw new CliError('--replications: not with --from/--to (the range sets the replications)');
  if (opts.format !== 'json') throw new CliError(`--format: a shard (--from/--to) is written as json, got '${opts.format}'`);
  return { from, to };
}

/** The scenario with `--horizon` and `--policy` applied, validated again. */
function withOverrides(scenario: ScenarioInput, opts: RunOptions): ScenarioInput {
  const override: Record<string, unknown> = {};
  if (opts.horizon !== undefined) override['horizon'] = opts.horizon;
  if (opts.policy !== undefined) override['routing'] = { policy: opts.policy, options: {} };
  if (Object.keys(override).length === 0) return scenario;
  const merged = mergeScenario(scenario as Record<string, unknown>, override) as ScenarioInput;
  const check = parseScenario(merged);
  if (!check.ok) throw new CliError(check.errors.map((e) => `${opts.horizon !== undefined && e.path === 'horizon' ? '--horizon' : e.path}: ${e.message}`).join('\n'), 2);
  return merged;
}
