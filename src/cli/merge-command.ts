import type { Command } from 'commander';
import { mergeShards } from '../experiment/shards';
import { experimentCsv } from '../report/csv';
import { readFileSync } from 'node:fs';
import { CliError } from './cli-error';
import type { CliIo } from './cli-io';
import { emitResult } from './command-parts';
import { formatOption, type OutputFormat } from './output-format';
import { experimentTable } from './experiment-output';
import { experimentHtml, writeReport } from './html-output';
import { loadScenario } from './load-scenario';
import { scenarioHash } from '../experiment/scenario-hash';

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
    .action((files: string[], opts: { format: Exclude<OutputFormat, 'html'>; out?: string; report?: string; scenario?: string }) => {
      if (opts.report !== undefined && opts.scenario === undefined) throw new CliError('--report: give the scenario file the shards were run on with --scenario');
      const experiment = mergeShards(files.map(readJsonFile) as Parameters<typeof mergeShards>[0]);
      const text = opts.format === 'csv' ? experimentCsv(experiment) : opts.format === 'json' ? JSON.stringify(experiment, null, 2) : experimentTable(experiment);
      emitResult(io, opts.format, text, opts.out);
      if (opts.report !== undefined) {
        const scenario = loadScenario(opts.scenario!, { warn: (line) => io.stderr.write(`${line}\n`) });
        // The report describes the scenario file: it must be the one the shards ran (same hash).
        if (experiment.scenarioHash !== undefined && experiment.scenarioHash !== scenarioHash(scenario)) {
          throw new CliError(
            `--scenario: ${opts.scenario} is not the scenario the shards were run on (its hash differs; were the shards run with --horizon or --policy?)`,
          );
        }
        writeReport(io, opts.report, experimentHtml(scenario, experiment));
      }
    });
}

/** Reads a JSON file, with a one-line error naming the file. */
function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? String(error)})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}
