import { mechanismLayouts } from './mechanism-metrics';
import type { MetricCell } from './journey-table';
import { formatTable } from './table';

/**
 * The tables of the contact mechanisms under the run and experiment tables (self-service,
 * messaging sessions, interruptions, silent abandonment; see `mechanism-metrics.ts`): one table
 * per mechanism the scenario uses, a row per field and a column per contact type (a run's value,
 * or an experiment's mean ± half-width). Nothing for a scenario that uses none.
 *
 * @module
 */

/**
 * The mechanism tables, or '' when the result has none of the mechanisms.
 *
 * @param metrics - the result's metric paths
 * @param cell - prints the metric at a path (one run's value, or mean ± half-width)
 */
export function formatMechanismTables(metrics: readonly string[], cell: MetricCell): string {
  return mechanismLayouts(metrics)
    .map((m) => formatTable([m.block.title, ...m.names], m.fields.map((field) => [field.label, ...m.names.map((name) => cell(m.path(name, field.field), field.unit))])))
    .join('\n\n');
}
