import type { Headline } from './summary-table';
import { formatTable } from './table';

/**
 * The queue-exit table under the run and experiment tables (docs/queue-exits.md): per contact
 * type with queue exits, the contacts that balked, left a voicemail, were turned into callbacks,
 * re-routed or cleared at closing, and the announcements with their mean absolute error; a column
 * only when some type has a non-zero value in it, and no table when none has.
 *
 * @module
 */

const QUEUE_EXIT_TYPE = /^queueExits\.([^.[\]"]+)\.balked$/;

/** The columns: label, field, unit. */
const COLUMNS: readonly { readonly label: string; readonly field: string; readonly unit: Headline['unit'] }[] = [
  { label: 'balked', field: 'balked', unit: 'count' },
  { label: 'voicemail', field: 'voicemail', unit: 'count' },
  { label: 'to callback', field: 'convertedToCallback', unit: 'count' },
  { label: 're-routed', field: 'rerouted', unit: 'count' },
  { label: 'cleared', field: 'cleared', unit: 'count' },
  { label: 'announced', field: 'announced', unit: 'count' },
  { label: 'announcement MAE', field: 'announcementMeanAbsoluteError', unit: 'seconds' },
];

/** A cell that shows nothing but zeros (or no value): `0`, `0.0 ± 0.0`, `–`. */
const EMPTY = /^[–\s]*$|^[0.\s]+(±[0.\s]+)?$/;

/**
 * The queue-exit table, or '' when no contact type has a non-zero exit or announcement.
 *
 * @param metrics - the result's metric paths
 * @param cell - prints the metric at a path (one run's value, or mean ± half-width)
 */
export function formatQueueExitTable(metrics: readonly string[], cell: (path: string, unit: Headline['unit']) => string): string {
  const types = metrics.flatMap((path) => QUEUE_EXIT_TYPE.exec(path)?.[1] ?? []);
  const cells = types.map((t) => COLUMNS.map((c) => cell(`queueExits.${t}.${c.field}`, c.unit)));
  const shown = COLUMNS.map((_, k) => cells.some((row) => !EMPTY.test(row[k]!))).map((show, k) => (show ? k : -1)).filter((k) => k >= 0);
  if (shown.length === 0) return '';
  return formatTable(['queue exits', ...shown.map((k) => COLUMNS[k]!.label)], types.map((t, i) => [t, ...shown.map((k) => cells[i]![k]!)]));
}
