import type { ComparisonResult, Variant } from '../experiment/compare';
import type { ExperimentResult } from '../experiment/result-format';
import type { CliIo } from './cli-io';
import { renderHtmlReport, reportFromComparison, reportFromExperiment } from '../report/html/index';
import type { ScenarioInput } from '../scenario/schema';
import { CliError } from './cli-error';
import { writeOutputFile } from './output-file';

/**
 * The `--format html` branch of the command line: the only file that knows the HTML report
 * (`src/report/html/`).
 *
 * @module
 */

/**
 * The date printed in a report's title block: today (UTC), or the date of `SOURCE_DATE_EPOCH`
 * (seconds since 1970, the reproducible-builds convention) when set, so that a build can make
 * byte-identical reports.
 */
export function reportDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const ms = epoch !== undefined && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
  return `${new Date(ms).toISOString().slice(0, 10)} (UTC)`;
}

/** The HTML report of an experiment (one replication or more). */
export function experimentHtml(scenario: ScenarioInput, experiment: ExperimentResult): string {
  return renderHtmlReport(reportFromExperiment(scenario, experiment, { generatedAt: reportDate() }));
}

/** The HTML report of a comparison of `variants` (each with its own scenario). */
export function comparisonHtml(variants: readonly Variant[], comparison: ComparisonResult): string {
  const baseline = variants.find((v) => v.name === comparison.baseline);
  if (baseline === undefined) throw new CliError(`--format html: no design is named '${comparison.baseline}'`);
  const scenarios = Object.fromEntries(variants.map((v) => [v.name, v.scenario]));
  return renderHtmlReport(reportFromComparison(baseline.scenario, comparison, { scenarios, generatedAt: reportDate() }));
}

/**
 * Writes an HTML report to `file` (the `--report` option) and says so on stderr, so that stdout
 * keeps only the chosen output format.
 */
export function writeReport(io: CliIo, file: string, html: string): void {
  writeOutputFile('--report', file, html);
  io.stderr.write(`report written to ${file}\n`);
}
