import { type Command } from 'commander';
import { SingleBar } from 'cli-progress';
import { optimizeStaffing, type OptimizeOptions } from '../optimize/optimize-staffing';
import { mergeOptimizeSettings, readOptimizeSettings, scenarioOptimizeSettings, type MergedOptimizeSettings, type OptimizeSettings } from '../optimize/optimize-settings';
import type { OptimizeProgress } from '../optimize/search';
import { parseTargetSpec } from '../optimize/targets';
import { PendingEvaluations, runOptimizeTask } from '../optimize/shard-store';
import { planWorkforceHours } from '../optimize/plan-workforce';
import { formatStaffingTables, staffingCsv, staffingHtml } from '../report/staffing-output';
import { ScenarioError } from '../scenario/errors';
import { readScenarioDocument } from '../scenario/read-document';
import { CliError, nonNegativeInteger, parseSeed, positiveInteger } from './cli-error';
import type { CliIo } from './cli-io';
import { emitResult, threadsOption } from './command-parts';
import { writeReport } from './html-output';
import { loadScenario, SCENARIO_EXIT_CODE } from './load-scenario';
import { checkOutputFiles } from './output-file';
import { formatOption, type OutputFormat } from './output-format';

interface OptimizeFlags {
  target: string[];
  settings?: string;
  seed: string;
  replications: string;
  validationReplications: string;
  criterion: string;
  threads?: string;
  maxIterations?: string;
  maxReplications?: string;
  repairRounds?: string;
  format: OutputFormat;
  out?: string;
  report?: string;
  shardDir?: string;
}

/** Exit code of `routelab optimize --shard-dir` while candidate evaluations wait for their shards. */
export const PENDING_EXIT_CODE = 3;

/** Adds `routelab optimize <scenario>` to the program. */
export function addOptimizeCommand(program: Command, io: CliIo): void {
  program
    .command('optimize')
    .description('find the least-cost agents per group and interval meeting service targets (simulation + HiGHS)')
    .argument('<scenario>', 'scenario file (YAML or JSON)')
    .option('--target <spec>', "a target, e.g. 'service-level calls 80% 20s', 'abandonment * 5%', 'asa chats 60s day' (repeatable; replaces the targets of the scenario's optimize block)", (v: string, all: string[]) => [...all, v], [])
    .option('--settings <file>', "YAML/JSON file with targets, bounds, costPerAgentHour and shiftTemplates; each key replaces the scenario's optimize block's (see docs/optimizer.md)")
    .option('--seed <n>', 'master seed of the search (the validation uses <seed>/validation)', '1')
    .option('--replications <r>', 'replications per candidate in the search', '20')
    .option('--validation-replications <r>', 'replications of the validation on fresh seeds', '50')
    .option('--criterion <c>', "'confidence' (the one-sided 95 % bound meets the target) or 'mean'", 'confidence')
    .option('--max-iterations <n>', 'most cutting-plane iterations (default 40)')
    .option('--max-replications <r>', 'most replications of one candidate where places straddle their targets (default 4 × --replications)')
    .option('--repair-rounds <n>', 'most rounds adding agents where the validation misses, each validated on new seeds (default 3; 0: none)')
    .option('--threads <t>', 'worker threads evaluating candidates (default: all cores); results do not depend on it')
    .addOption(formatOption(['table', 'json', 'csv'], 'table'))
    .option('--out <file>', 'write the output to a file instead of stdout')
    .option('--report <file>', 'also write an HTML page of the result')
    .option('--shard-dir <dir>', 'evaluate candidates elsewhere: write task files to <dir>/pending and read shards from <dir> (exit code 3 while some are pending)')
    .action(async (file: string, flags: OptimizeFlags) => {
      const seed = parseSeed(flags.seed);
      const replications = positiveInteger('--replications', flags.replications);
      const validationReplications = positiveInteger('--validation-replications', flags.validationReplications);
      if (replications < 2) throw new CliError('--replications: at least 2 (a confidence interval needs two)');
      if (validationReplications < 2) throw new CliError('--validation-replications: at least 2 (a confidence interval needs two)');
      if (flags.criterion !== 'mean' && flags.criterion !== 'confidence') throw new CliError(`--criterion: 'mean' or 'confidence', got '${flags.criterion}'`);
      const flagTargets = flags.target.map((spec) => {
        try {
          return parseTargetSpec(spec);
        } catch (error) {
          throw new CliError(`--target: ${(error as Error).message}`);
        }
      });
      checkOutputFiles({ '--out': flags.out, '--report': flags.report });
      const fileSettings = flags.settings === undefined ? undefined : loadSettings(flags.settings);
      const scenario = loadScenario(file, { warn: (line) => io.stderr.write(`${line}\n`) });
      const settings = mergeOptimizeSettings(scenarioSettings(scenario, file), fileSettings, flagTargets);
      const targets = settings.targets;
      if (targets.length === 0) {
        throw new CliError("give at least one --target (e.g. --target 'service-level calls 80% 20s'), a --settings file with targets, or targets in the scenario's optimize block");
      }
      const bar = progressBar(io);
      const options: OptimizeOptions = {
        targets,
        seed,
        replications,
        validationReplications,
        criterion: flags.criterion,
        ...threadsOption(flags.threads),
        ...(flags.maxIterations === undefined ? {} : { maxIterations: positiveInteger('--max-iterations', flags.maxIterations) }),
        ...(flags.maxReplications === undefined ? {} : { maxReplications: maxReplicationsFlag(flags.maxReplications, replications) }),
        ...(flags.repairRounds === undefined ? {} : { repairRounds: nonNegativeInteger('--repair-rounds', flags.repairRounds) }),
        ...(settings.bounds === undefined ? {} : { bounds: settings.bounds }),
        ...(settings.costPerAgentHour === undefined ? {} : { costPerAgentHour: settings.costPerAgentHour }),
        ...(settings.shiftTemplates === undefined ? {} : { shiftTemplates: settings.shiftTemplates }),
        ...(bar === undefined ? {} : { onProgress: bar.update }),
        ...(flags.shardDir === undefined ? {} : { shardDir: flags.shardDir }),
      };
      let result;
      try {
        result = await optimizeStaffing(scenario, options);
      } catch (error) {
        if (error instanceof ScenarioError) throw locatedProblems(error, settings, { settings: flags.settings, scenario: file });
        if (error instanceof PendingEvaluations) {
          throw new CliError(
            `${error.tasks.length} candidate evaluation(s) pending in ${flags.shardDir}/pending: run each with \`routelab optimize-shard <task>\` (for example \`ls ${flags.shardDir}/pending/*.json | parallel routelab optimize-shard {}\`), then run this command again`,
            PENDING_EXIT_CODE,
          );
        }
        throw error;
      } finally {
        bar?.stop();
      }
      const text = flags.format === 'json' ? JSON.stringify(result, null, 2) : flags.format === 'csv' ? staffingCsv(result) : formatStaffingTables(result);
      emitResult(io, flags.format, text, flags.out);
      if (flags.report !== undefined) {
        const fixedGroups = Object.entries(settings.bounds ?? {}).filter(([, b]) => b.fixed === true).map(([name]) => name);
        const workforce = planWorkforceHours(scenario, result, { fixedGroups });
        writeReport(io, flags.report, staffingHtml(result, { date: new Date().toISOString().slice(0, 10), workforce }));
      }
    });
}

/** `--max-replications`: a whole number at least `--replications`. */
function maxReplicationsFlag(text: string, replications: number): number {
  const n = positiveInteger('--max-replications', text);
  if (n < replications) throw new CliError(`--max-replications: at least --replications (${replications}), got ${n}`);
  return n;
}

/** Reads the settings file; its problems exit with code 2, each named with the file. */
function loadSettings(file: string): OptimizeSettings {
  try {
    return readOptimizeSettings(readScenarioDocument(file));
  } catch (error) {
    if (error instanceof ScenarioError) throw new CliError(error.issues.map((i) => `${file}: ${i.path === '' ? '' : `${i.path}: `}${i.message}`).join('\n'), SCENARIO_EXIT_CODE);
    throw error;
  }
}

/** The scenario's `optimize` block (already checked with the scenario); a problem is a scenario problem (exit 2). */
function scenarioSettings(scenario: { readonly optimize?: unknown }, file: string): OptimizeSettings | undefined {
  try {
    return scenarioOptimizeSettings(scenario);
  } catch (error) {
    if (error instanceof ScenarioError) throw new CliError(error.issues.map((i) => `${file}: ${i.path}: ${i.message}`).join('\n'), SCENARIO_EXIT_CODE);
    throw error;
  }
}

/**
 * A problem with the targets, bounds or costs: those of the settings file or of the scenario's
 * `optimize` block are scenario problems (exit 2, named with their file and path); those of a
 * `--target` flag are flag problems (exit 1).
 */
function locatedProblems(error: ScenarioError, settings: MergedOptimizeSettings, files: { readonly settings: string | undefined; readonly scenario: string }): CliError {
  const fromFile = settings.targetsBeforeFlags;
  const lines = error.issues.map((issue) => {
    const m = /^targets\[(\d+)\](.*)$/.exec(issue.path);
    if (m !== null && Number(m[1]) >= fromFile) return { flag: true, text: `--target #${Number(m[1]) - fromFile + 1}${m[2] === '' ? '' : ` (${m[2]!.slice(1)})`}: ${issue.message}` };
    const key = /^[A-Za-z]+/.exec(issue.path)?.[0] as keyof MergedOptimizeSettings['sources'] | undefined;
    const source = key === undefined ? undefined : settings.sources[key];
    const where = source === 'scenario' ? `${files.scenario}: optimize.` : files.settings === undefined ? '' : `${files.settings}: `;
    return { flag: false, text: `${where}${issue.path}: ${issue.message}` };
  });
  const exitCode = lines.every((l) => l.flag) ? 1 : SCENARIO_EXIT_CODE;
  return new CliError(lines.map((l) => l.text).join('\n'), exitCode);
}

/** A progress bar on a terminal: iteration, phase, current cost and targets met. */
function progressBar(io: CliIo): { update: (p: OptimizeProgress) => void; stop: () => void } | undefined {
  if (io.stderr.isTTY !== true) return undefined;
  let bar: SingleBar | undefined;
  return {
    update(p) {
      if (bar === undefined) {
        bar = new SingleBar({
          stream: io.stderr,
          format: 'optimize [{bar}] {phase} {iteration}: cost {cost}, targets met {value}/{total}, {simulations} simulations',
          clearOnComplete: true,
          hideCursor: true,
        });
        bar.start(p.total, p.met, { phase: p.phase, iteration: p.iteration, cost: p.cost.toFixed(1), simulations: p.simulations });
      }
      bar.setTotal(p.total);
      bar.update(p.met, { phase: p.phase, iteration: p.iteration, cost: p.cost.toFixed(1), simulations: p.simulations });
    },
    stop() {
      bar?.stop();
    },
  };
}

/** Adds `routelab optimize-shard <task>`: runs a candidate task written by `optimize --shard-dir`. */
export function addOptimizeShardCommand(program: Command, io: CliIo): void {
  program
    .command('optimize-shard')
    .description('run the replications of a candidate task written by `routelab optimize --shard-dir` and write them as a shard')
    .argument('<task>', 'task file (<dir>/pending/<id>.json)')
    .option('--from <r>', "first replication (default: the task's)")
    .option('--to <r>', "end of the range, exclusive (default: the task's)")
    .option('--out <file>', 'shard file (default: <dir>/<id>/<from>-<to>.json, where the optimizer looks)')
    .action((task: string, flags: { from?: string; to?: string; out?: string }) => {
      const range = {
        ...(flags.from === undefined ? {} : { from: nonNegativeInteger('--from', flags.from) }),
        ...(flags.to === undefined ? {} : { to: positiveInteger('--to', flags.to) }),
      };
      let file: string;
      try {
        file = runOptimizeTask(task, range, flags.out);
      } catch (error) {
        throw new CliError(error instanceof Error ? error.message : String(error));
      }
      io.stderr.write(`shard written to ${file}\n`);
    });
}
