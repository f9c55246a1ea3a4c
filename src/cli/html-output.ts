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

/** The HTML report of an experiment (one replication or more). */
export function experimentHtml(scenario: ScenarioInput, experiment: ExperimentResult): string {
  return renderHtmlReport(reportFromExperiment(scenario, experiment));
}

/** The HTML report of a comparison of `variants` (each with its own scenario). */
export function comparisonHtml(variants: readonly Variant[], comparison: ComparisonResult): string {
  const baseline = variants.find((v) => v.name === comparison.baseline);
  if (baseline === undefined) throw new CliError(`--format html: no design is named '${comparison.baseline}'`);
  const scenarios = Object.fromEntries(variants.map((v) => [v.name, v.scenario]));
  return renderHtmlReport(reportFromComparison(baseline.scenario, comparison, { scenarios }));
}

/**
 * Writes an HTML report to `file` (the `--report` option) and says so on stderr, so that stdout
 * keeps only the chosen output format.
 */
export function writeReport(io: CliIo, file: string, html: string): void {
  writeOutputFile('--report', file, html);
  io.stderr.write(`report written to ${file}\n`);
}
