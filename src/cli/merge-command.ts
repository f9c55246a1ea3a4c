import type { Command } from 'commander';
import { mergeShards } from '../experiment/shards';
import { experimentCsv } from '../report/csv';
import { readTextFile, UnreadableFileError } from '../scenario/read-text';
import { excerpt } from '../util/excerpt';
import { CliError } from './cli-error';
import type { CliIo } from './cli-io';
import { emitResult } from './command-parts';
import { formatOption, type OutputFormat } from './output-format';
import { experimentTable } from './experiment-output';
import { experimentHtml, writeReport } from './html-output';
import { loadScenario } from './load-scenario';
import { scenarioHash } from '../experiment/scenario-hash';
import { outputFilesOf } from './output-guard';
import { overridesFrom } from './scenario-overrides';

interface MergeOptions {
  format: Exclude<OutputFormat, 'html'>;
  out?: string;
  report?: string;
  scenario?: string;
  horizon?: string;
  policy?: string;
}

/** Adds `routelab merge <shards...>` to the program. */
export function addMergeCommand(program: Command, io: CliIo): void {
  program
    .command('merge')
    .description('merge shard results (JSON) into the result of one experiment')
    .argument('<shards...>', 'shard result files, written by runShard or `routelab run --from A --to B --format json`')
    .addOption(formatOption(['json', 'table', 'csv'], 'json'))
    .option('--out <file>', 'write the output to a file instead of stdout')
    .option('--report <file>', 'also write the HTML report of the merged experiment (needs --scenario)')
    .option('--scenario <file>', 'the scenario file the shards were run on (for --report)')
    .option('--horizon <duration>', 'with --scenario: the --horizon the shards were run with (e.g. 7d, or a plain number of seconds)')
    .option('--policy <name>', 'with --scenario: the --policy the shards were run with')
    .action((files: string[], opts: MergeOptions, command: Command) => {
      if (opts.report !== undefined && opts.scenario === undefined) throw new CliError('--report: give the scenario file the shards were run on with --scenario');
      if (opts.scenario === undefined && (opts.horizon !== undefined || opts.policy !== undefined)) {
        throw new CliError(`${opts.horizon !== undefined ? '--horizon' : '--policy'}: only with --scenario (it changes the scenario file, as in run)`);
      }
      const overrides = overridesFrom(opts);
      const outputs = outputFilesOf(command);
      const experiment = mergeShards(files.map(readJsonFile) as Parameters<typeof mergeShards>[0]);
      // The report describes the scenario file: it must be the one the shards ran (same hash).
      const scenario = opts.report === undefined ? undefined : loadScenario(opts.scenario!, { overrides, outputs, namedBy: '--scenario', warn: (line) => io.stderr.write(`${line}\n`) });
      if (scenario !== undefined && experiment.scenarioHash !== undefined && experiment.scenarioHash !== scenarioHash(scenario)) {
        const given = overrides.horizon === undefined && overrides.policy === undefined ? '' : ' with the --horizon/--policy given';
        throw new CliError(
          `--scenario: ${opts.scenario!}${given} is not the scenario the shards were run on (its hash differs; if the shards were run with --horizon or --policy, give merge the same ones)`,
        );
      }
      const text = opts.format === 'csv' ? experimentCsv(experiment) : opts.format === 'json' ? JSON.stringify(experiment, null, 2) : experimentTable(experiment);
      emitResult(io, opts.format, text, opts.out);
      if (scenario !== undefined) writeReport(io, opts.report!, experimentHtml(scenario, experiment));
    });
}

/** Reads a JSON file, with a one-line error naming the file. */
function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readTextFile(file);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new CliError(error.message);
    throw error;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file}: not valid JSON: ${excerpt(error instanceof Error ? error.message : String(error), 200)}`);
  }
}
