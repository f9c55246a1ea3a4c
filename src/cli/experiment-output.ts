import type { ComparisonResult, Variant } from '../experiment/compare';
import type { ExperimentResult } from '../experiment/result-format';
import { comparisonCsv, experimentCsv } from '../report/csv';
import { formatComparisonTables } from '../report/comparison-table';
import { channelsOf, formatJourneyTables, MIXED_CHANNELS_NOTE, summaryCells } from '../report/journey-table';
import { formatMoneySummaryTable } from '../report/money-table';
import { formatSummaryTable } from '../report/summary-table';
import type { ScenarioInput } from '../scenario/schema';
import { comparisonHtml, experimentHtml } from './html-output';
import type { OutputFormat } from './output-format';

/**
 * Experiment and comparison results as text in each output format.
 *
 * @module
 */

const CONTACT_TYPE_SEGMENT = /^byContactType(?:\.([^.[\]"]+)|(\["(?:[^"\\]|\\.)*"\]))/;

/** The slices of the headline table: overall, then each contact type (bracketed names included). */
function slicesOf(experiment: ExperimentResult): { name: string; prefix: string }[] {
  const slices = new Map<string, string>();
  for (const path of experiment.metrics) {
    const m = CONTACT_TYPE_SEGMENT.exec(path);
    if (m === null) continue;
    const name = m[1] ?? (JSON.parse(m[2]!.slice(1, -1)) as string);
    slices.set(m[0], name);
  }
  return [{ name: 'overall', prefix: 'overall' }, ...[...slices].map(([prefix, name]) => ({ name, prefix }))];
}

/** An experiment in `format`; `scenario` is needed by the HTML report only. */
export function experimentOutput(format: OutputFormat, scenario: ScenarioInput, experiment: ExperimentResult): string {
  switch (format) {
    case 'json':
      return JSON.stringify(experiment, null, 2);
    case 'csv':
      return experimentCsv(experiment);
    case 'html':
      return experimentHtml(scenario, experiment);
    case 'table':
      return experimentTable(experiment, scenario.costs?.currency);
  }
}

/**
 * The headline table of an experiment: overall and per contact type, mean ± half-width (just the
 * value for an experiment of one replication, which has no interval; the overall ASA left out
 * when there are several channels), then resolution, waits per channel and callbacks, then the
 * money table when the scenario is priced (`currency` labels it).
 */
export function experimentTable(experiment: ExperimentResult, currency?: string): string {
  const n = experiment.to - experiment.from;
  const seed = `seed ${String(experiment.seed)}`;
  const what =
    n === 1 ? `1 replication (replication ${experiment.from}), ${seed}, no confidence intervals` : `${n} replications, ${seed}, mean ± ${100 * experiment.level}% Student t half-width`;
  const mixed = channelsOf(experiment.metrics).length > 1;
  const { 'overall.asa': _mixedAsa, ...withoutOverallAsa } = experiment.summary;
  return [
    `${experiment.scenario} — policy ${experiment.policy}: ${what}`,
    '',
    formatSummaryTable(mixed ? withoutOverallAsa : experiment.summary, slicesOf(experiment)),
    ...(mixed ? [MIXED_CHANNELS_NOTE] : []),
    '',
    formatJourneyTables(experiment.metrics, summaryCells(experiment.summary)),
    ...moneyTable(formatMoneySummaryTable(experiment.summary, currency)),
  ].join('\n');
}

/** A comparison of `variants` in `format` (their scenarios are needed by the HTML report only). */
export function comparisonOutput(format: OutputFormat, variants: readonly Variant[], comparison: ComparisonResult): string {
  switch (format) {
    case 'json':
      return JSON.stringify(comparison, null, 2);
    case 'csv':
      return comparisonCsv(comparison);
    case 'html':
      return comparisonHtml(variants, comparison);
    case 'table':
      return formatComparisonTables(comparison, { currency: variants[0]?.scenario.costs?.currency });
  }
}

function moneyTable(table: string): string[] {
  return table === '' ? [] : ['', table];
}
