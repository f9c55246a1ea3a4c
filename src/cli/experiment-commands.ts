import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { compareVariants, policyVariants } from '../experiment/compare';
import { runExperiment } from '../experiment/replications';
import { mergeShards } from '../experiment/shards';
import type { ExperimentResult, ShardResult } from '../experiment/result-format';
import { formatTable } from '../report/table';
import { HEADLINES, formatDifference, formatSummary, formatSummaryTable } from '../report/summary-table';
import { readScenarioFile } from '../scenario/load-file';
import type { ScenarioInput } from '../scenario/schema';
import { CliError, parseSeed, positiveInteger } from './cli-error';
import { loadScenario } from './load-scenario';

/** The slices of the headline table: overall, then each contact type. */
function slicesOf(experiment: ExperimentResult): { name: string; prefix: string }[] {
  const types = [...new Set(Object.keys(experiment.summary).filter((k) => k.startsWith('byContactType.')).map((k) => k.split('.')[1]!))];
  return [{ name: 'overall', prefix: 'overall' }, ...types.map((t) => ({ name: t, prefix: `byContactType.${t}` }))];
}

/** Prints or writes the output, keeping stdout machine-readable in json mode. */
function emit(text: string, out: string | undefined): void {
  if (out === undefined) process.stdout.write(`${text}\n`);
  else writeFileSync(out, `${text}\n`);
}

/** Adds `routelab compare` and `routelab merge`. */
export function addExperimentCommands(program: Command): void {
  program
    .command('compare')
    .description('compare routing policies on one scenario, with common random numbers')
    .argument('<scenario>', 'scenario file (YAML or JSON)')
    .requiredOption('--policy <name...>', 'policies to compare (the first is the baseline)')
    .option('--seed <n>', 'master seed (integer)', '1')
    .option('--replications <r>', 'replications per policy', '20')
    .option('--threads <t>', 'worker threads (default: all cores)')
    .option('--format <format>', 'table or json', 'table')
    .option('--out <file>', 'write the output to a file')
    .action(async (file: string, opts: { policy: string[]; seed: string; replications: string; threads?: string; format: string; out?: string }) => {
      if (opts.policy.length < 2) throw new CliError('--policy: give at least two policies to compare');
      const scenario = loadScenario(file, { policyNames: opts.policy });
      const result = await compareVariants(policyVariants(scenario, opts.policy), {
        seed: parseSeed(opts.seed),
        replications: positiveInteger('--replications', opts.replications),
        ...(opts.threads === undefined ? {} : { threads: positiveInteger('--threads', opts.threads) }),
      });
      if (opts.format === 'json') return emit(JSON.stringify(result, null, 2), opts.out);
      const header = ['policy', ...HEADLINES.filter((h) => h.unit !== 'count').map((h) => h.label)];
      const rows = result.variants.map((v) => [v.name, ...HEADLINES.filter((h) => h.unit !== 'count').map((h) => formatSummary(v.experiment.summary[`overall.${h.path}`], h.unit))]);
      const diffRows = result.differences.map((d) => [
        `${d.variant} − ${d.baseline}`,
        ...HEADLINES.filter((h) => h.unit !== 'count').map((h) => formatDifference(d.summary[`overall.${h.path}`], h.unit)),
      ]);
      emit(
        [
          `${scenario.name}: ${result.replications} replications per policy, common random numbers, ${100 * result.level}% Student t intervals`,
          '',
          formatTable(header, rows),
          '',
          formatTable(['difference', ...header.slice(1)], diffRows),
          '* the interval excludes 0: the difference is significant',
        ].join('\n'),
        opts.out,
      );
    });

  program
    .command('merge')
    .description('merge shard results (JSON) into the result of one run')
    .argument('<shards...>', 'shard result files, written by runShard or `run --from/--to --format json`')
    .option('--out <file>', 'write the merged JSON to a file')
    .action((files: string[], opts: { out?: string }) => {
      const shards = files.map((f) => readScenarioFile(f) as ShardResult);
      emit(JSON.stringify(mergeShards(shards), null, 2), opts.out);
    });
}

/** Runs R replications and prints the headline table with confidence intervals. */
export async function runReplicated(
  scenario: ScenarioInput,
  opts: { seed: number; replications: number; threads?: number; format: string; out?: string },
): Promise<void> {
  const experiment = await runExperiment(scenario, {
    seed: opts.seed,
    replications: opts.replications,
    ...(opts.threads === undefined ? {} : { threads: opts.threads }),
  });
  if (opts.format === 'json') return emit(JSON.stringify(experiment, null, 2), opts.out);
  emit(
    [
      `${scenario.name}: ${opts.replications} replications, seed ${opts.seed}, mean ± ${100 * experiment.level}% Student t half-width`,
      '',
      formatSummaryTable(experiment.summary, slicesOf(experiment)),
    ].join('\n'),
    opts.out,
  );
}
