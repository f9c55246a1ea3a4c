import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { compareVariants, type Variant } from '../experiment/compare';
import type { ScenarioInput } from '../scenario/schema';
import { CliError, parseSeed, positiveInteger } from './cli-error';
import { stdinOnce, type CliIo } from './cli-io';
import { emitResult, threadsOption } from './command-parts';
import { comparisonOutput } from './experiment-output';
import { comparisonHtml, writeReport } from './html-output';
import { loadScenario, loadScenarios } from './load-scenario';
import type { OutputFiles } from './output-file';
import { outputFilesOf } from './output-guard';
import { formatOption, type OutputFormat } from './output-format';
import { progressOption, withProgress } from './progress';
import { QUIET_HELP, quietIo } from './quiet';

interface CompareOptions {
  policy?: string[];
  baseline?: string;
  seed: string;
  replications: string;
  threads?: string;
  format: OutputFormat;
  out?: string;
  report?: string;
  quiet?: boolean;
  detailedMetrics?: boolean;
}

const SCENARIO_FILE = /\.(ya?ml|json)$/i;

/** Adds `routelab compare` to the program. */
export function addCompareCommand(program: Command, cliIo: CliIo): void {
  program
    .command('compare')
    .description(
      'compare designs with common random numbers: routing policies on one scenario (--policy a b), or scenario files (base.yaml variant.yaml ...)',
    )
    .argument('[scenarios...]', 'one scenario file with two or more --policy, or two or more scenario files (- reads one from standard input)')
    .option('--policy <name...>', 'policies to compare (repeat --policy or list them; the first is the baseline); with several files: the policy of every file. Each replaces the whole routing block of the file, options included')
    .option('--baseline <design>', 'the design the others are compared with (default: the first)')
    .option('--seed <n>', 'master seed (integer)', '1')
    .option('--replications <r>', 'replications per design', '20')
    .option('--threads <t>', 'worker threads (default: all cores, when the run is long enough to gain from them)')
    .addOption(formatOption(['table', 'json', 'csv', 'html'], 'table'))
    .option('--out <file>', 'write the output to a file instead of stdout')
    .option('--report <file>', 'also write the HTML report to a file (whatever the --format)')
    .option('--quiet', QUIET_HELP)
    .option('--detailed-metrics', 'also measure P(wait), busy time per group × type and per type × interval figures (always on for an HTML report, which charts each contact type over the day)')
    .action(async (files: string[], opts: CompareOptions, command: Command) => {
      const io = quietIo(cliIo, opts.quiet);
      const seed = parseSeed(opts.seed);
      const replications = positiveInteger('--replications', opts.replications);
      const threads = threadsOption(opts.threads);
      const variants = designs(files, opts.policy ?? [], outputFilesOf(command), onceEach((line) => io.stderr.write(`${line}\n`)), replications, stdinOnce(io));
      const comparison = await withProgress(io, 'compare', replications * variants.length, (onProgress) =>
        compareVariants(variants, {
          seed,
          replications,
          ...threads,
          ...(opts.baseline === undefined ? {} : { baseline: opts.baseline }),
          ...(opts.detailedMetrics === true || opts.format === 'html' || opts.report !== undefined ? { metrics: { detailed: true } } : {}),
          ...progressOption(onProgress),
        }),
      );
      emitResult(io, opts.format, comparisonOutput(opts.format, variants, comparison), opts.out);
      if (opts.report !== undefined) writeReport(io, opts.report, comparisonHtml(variants, comparison));
    });
}

/**
 * The designs to compare. A variadic `--policy a b base.yaml` swallows the file name, so policy
 * "names" that look like scenario files are taken as files. Each design warns when its own
 * `replications` may need 1 GiB of memory or more.
 */
function designs(
  fileArgs: readonly string[],
  policyArgs: readonly string[],
  outputs: OutputFiles,
  warn: (line: string) => void,
  replications: number,
  stdin: () => string,
): Variant[] {
  const files = [...fileArgs, ...policyArgs.filter((p) => SCENARIO_FILE.test(p))];
  const policies = policyArgs.filter((p) => !SCENARIO_FILE.test(p));
  if (files.length === 0) throw new CliError('compare: give a scenario file and two or more --policy, or two or more scenario files');
  if (files.length === 1) {
    if (policies.length < 2) throw new CliError('--policy: give at least two policies to compare on one scenario (or give two or more scenario files)');
    // Each policy replaces the file's routing block; errors and warnings are those of the designs that run.
    return policies.map((policy) => ({ name: policy, scenario: loadScenario(files[0]!, { policyNames: policies, overrides: { policy }, outputs, warn, replications, stdin }) }));
  }
  if (policies.length > 1) throw new CliError('--policy: compare either several policies on one scenario or several scenario files, not both');
  const overrides = policies.length === 1 ? { policy: policies[0]! } : {};
  const scenarios = loadScenarios(files, { overrides, outputs, warn, replications, stdin });
  const names = designNames(files, scenarios);
  return scenarios.map((scenario, k) => ({ name: names[k]!, scenario }));
}

/** `write`, skipping lines it has already written (a warning shared by several designs is printed once). */
function onceEach(write: (line: string) => void): (line: string) => void {
  const seen = new Set<string>();
  return (line) => {
    if (seen.has(line)) return;
    seen.add(line);
    write(line);
  };
}

/** Each file's design name: its scenario name, or its file name when scenario names repeat, or its path. */
export function designNames(files: readonly string[], scenarios: readonly ScenarioInput[]): string[] {
  const unique = (names: readonly string[]): boolean => new Set(names).size === names.length;
  const byScenario = scenarios.map((s) => s.name);
  if (unique(byScenario)) return byScenario;
  const byFile = files.map((f) => basename(f, extname(f)));
  if (unique(byFile)) return byFile;
  if (unique(files)) return [...files];
  throw new CliError(`compare: the same scenario file is given twice (${files.join(', ')})`);
}
