import { metricAt, type MetricRecord } from '../experiment/metric-keys';
import type { MetricSummary } from '../experiment/summary';
import { flattenMetrics } from '../experiment/metric-paths';
import type { SimulationResult } from '../run/simulate';
import { formatMechanismTables } from './mechanism-table';
import { formatQueueExitTable } from './queue-exit-table';
import { formatSummary, formatValue, type Headline } from './summary-table';
import { formatTable } from './table';

/**
 * The resolution, channel-wait and callback tables shared by `run` (one replication or many) and
 * `compare`: the columns are metric paths (see `flattenMetrics`), read either from one run's
 * values or from an experiment's summaries, so every mode prints a metric the same way.
 *
 * @module
 */

/** First-contact resolution and repeat contacts of all issues (full metric paths). */
export const JOURNEY_HEADLINES: readonly Headline[] = [
  { path: 'journey.overall.fcr', label: 'FCR', unit: 'percent' },
  { path: 'journey.overall.repeatContactRate', label: 'repeat contacts', unit: 'percent' },
];

const CHANNEL_ASA = /^byChannel\.([a-z]+)\.asa$/;
const CALLBACK_OFFERS = /^callbacks\.([^.[\]"]+)\.offered$/;

/** The channels present in `metrics`, in their order (from the `byChannel.<channel>.asa` paths). */
export function channelsOf(metrics: readonly string[]): string[] {
  return metrics.flatMap((path) => CHANNEL_ASA.exec(path)?.[1] ?? []);
}

/** The contact types that offer callbacks in `metrics`, in their order. */
export function callbackTypesOf(metrics: readonly string[]): string[] {
  return metrics.flatMap((path) => CALLBACK_OFFERS.exec(path)?.[1] ?? []);
}

/**
 * The note under a table whose overall row leaves out the waits because the center has more than
 * one channel (an overall ASA would mix seconds of voice with hours of e-mail backlog).
 */
export const MIXED_CHANNELS_NOTE = 'overall waits left out (–): they would mix channels; see the waits per channel below';

/** Prints the metric at a full path in a unit: one run's value, or an experiment's mean ± half-width. */
export type MetricCell = (path: string, unit: Headline['unit']) => string;

/** The metric paths of one run and a {@link MetricCell} over its values (counts print whole). */
export function runCells(result: SimulationResult): { readonly metrics: readonly string[]; readonly cell: MetricCell } {
  const flat = flattenMetrics(result);
  const values = new Map(flat.paths.map((p, i) => [p, flat.values[i] ?? null]));
  const cell: MetricCell = (path, unit) => {
    const x = values.get(path);
    if (x === undefined) return '–';
    return unit === 'count' && x !== null && Number.isInteger(x) ? String(x) : formatValue(x, unit);
  };
  return { metrics: flat.paths, cell };
}

/** A {@link MetricCell} over an experiment's summaries (mean ± half-width). */
export function summaryCells(summary: MetricRecord<MetricSummary>): MetricCell {
  return (path, unit) => formatSummary(metricAt(summary, path), unit);
}

/**
 * The resolution table (FCR, repeat contacts), the ASA per channel (a center-wide ASA would mix
 * seconds of voice with hours of e-mail backlog), and, when some contact type offers callbacks,
 * its offers, acceptances and promises kept; then the queue exits when some are non-zero (see
 * `queue-exit-table.ts`), then self-service, messaging sessions, interruptions and silent
 * abandonment when the scenario uses them (see `mechanism-table.ts`).
 */
export function formatJourneyTables(metrics: readonly string[], cell: MetricCell): string {
  const journey = formatTable(['issues', ...JOURNEY_HEADLINES.map((h) => h.label)], [['overall', ...JOURNEY_HEADLINES.map((h) => cell(h.path, h.unit))]]);
  const channels = channelsOf(metrics);
  const waits = formatTable(
    ['channel', 'ASA', 'p90 wait'],
    channels.map((c) => [c, cell(`byChannel.${c}.asa`, 'seconds'), cell(`byChannel.${c}.wait.p90`, 'seconds')]),
  );
  const types = callbackTypesOf(metrics);
  const callbacks = formatTable(
    ['callbacks', 'offered', 'accepted', 'promises kept'],
    types.map((t) => [t, cell(`callbacks.${t}.offered`, 'count'), cell(`callbacks.${t}.accepted`, 'count'), cell(`callbacks.${t}.promiseKeptRate`, 'percent')]),
  );
  const exits = formatQueueExitTable(metrics, cell);
  const mechanisms = formatMechanismTables(metrics, cell);
  return [
    journey,
    ...(channels.length === 0 ? [] : ['', waits]),
    ...(types.length === 0 ? [] : ['', callbacks]),
    ...(exits === '' ? [] : ['', exits]),
    ...(mechanisms === '' ? [] : ['', mechanisms]),
  ].join('\n');
}
