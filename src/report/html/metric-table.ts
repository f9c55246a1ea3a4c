import type { VariantDifferences } from '../../experiment/compare';
import type { DesignView } from './design-view';
import { escapeHtml } from './escape';
import { formatDifference, formatEstimate, SIGNIFICANT_MARK } from './format';
import type { MetricRow, MetricSection } from './headlines';

/**
 * Metric tables in HTML: one column per design (`mean ± half-width`) and, for compared designs,
 * one column per design other than the baseline with the paired difference from the baseline.
 *
 * Cells carry `data-metric` (the metric path) and `data-design` (the design name), so that a
 * reader's tool or a test can find a value.
 *
 * @module
 */

function differenceCell(row: MetricRow, view: DesignView, differences: readonly VariantDifferences[]): string {
  const d = differences.find((x) => x.variant === view.name)?.summary[row.path];
  const text = formatDifference(d, row.unit);
  const classes = ['diff'];
  let verdict = '';
  if (d !== undefined && d.significant === true && d.mean !== null) {
    classes.push('significant');
    if (row.better !== null) {
      const better = (d.mean > 0) === (row.better === 'higher');
      classes.push(better ? 'better' : 'worse');
      verdict = better ? ' (better)' : ' (worse)';
    }
  }
  const title = d?.significant === true ? ` title="significant${verdict}"` : '';
  return `<td class="${classes.join(' ')}" data-metric="${escapeHtml(row.path)}" data-design="${escapeHtml(view.name)}"${title}>${escapeHtml(text)}</td>`;
}

/**
 * A metric table: a header row, then per section a heading row and its metric rows.
 *
 * @param id - the table's `id`
 * @param differences - paired differences from the baseline (only used with two or more designs)
 */
export function renderMetricTable(id: string, caption: string, views: readonly DesignView[], sections: readonly MetricSection[], differences: readonly VariantDifferences[]): string {
  const compared = views.length > 1;
  const others = views.slice(1);
  // Experiments of one replication have no interval: their heading promises none.
  const withIntervals = views.some((v) => v.experiment.to - v.experiment.from > 1);
  const level = views[0] === undefined || !withIntervals ? '' : ` (${formatLevel(views[0].experiment.level)} CI)`;
  const head = [
    '<th scope="col">Metric</th>',
    ...views.map((v) => `<th scope="col">${escapeHtml(v.name)}${v.index === 0 && compared ? ' <span class="baseline-tag">baseline</span>' : ''}</th>`),
    ...others.map((v) => `<th scope="col" class="diff">Δ ${escapeHtml(v.name)} − ${escapeHtml(views[0]!.name)}</th>`),
  ];
  const columns = head.length;
  const body = sections.flatMap((s) => [
    `<tr class="section"><th scope="rowgroup" colspan="${columns}">${escapeHtml(s.title)}</th></tr>`,
    ...s.rows.map((row) => {
      const cells = [
        `<th scope="row">${escapeHtml(row.label)}</th>`,
        ...views.map((v) => `<td class="estimate" data-metric="${escapeHtml(row.path)}" data-design="${escapeHtml(v.name)}">${escapeHtml(formatEstimate(v.metric(row.path), row.unit))}</td>`),
        ...(compared ? others.map((v) => differenceCell(row, v, differences)) : []),
      ];
      return `<tr data-metric="${escapeHtml(row.path)}">${cells.join('')}</tr>`;
    }),
  ]);
  return [
    `<table class="metrics" id="${escapeHtml(id)}">`,
    `<caption>${escapeHtml(caption)}${escapeHtml(level)}</caption>`,
    `<thead><tr>${head.join('')}</tr></thead>`,
    `<tbody>${body.join('')}</tbody>`,
    '</table>',
  ].join('');
}

/** A confidence level as a percentage (`0.95` → `95%`). */
export function formatLevel(level: number): string {
  const pct = Math.round(level * 1000) / 10;
  return `${pct}%`;
}

/** The legend under a compared table: what `mean ± half-width`, Δ and the mark mean. */
export function tableLegend(views: readonly DesignView[], compared: boolean): string {
  const level = views[0] === undefined ? '95%' : formatLevel(views[0].experiment.level);
  const items = [`<li><b>mean ± half-width</b>: the mean over the replications and the half-width of its ${escapeHtml(level)} Student t confidence interval; shares are in %, their half-widths in percentage points (pt).</li>`];
  if (compared) {
    items.push(`<li><b>Δ</b>: the mean paired difference design − baseline over the same replications, ± the half-width of its ${escapeHtml(level)} confidence interval.</li>`);
    items.push(`<li><b>${SIGNIFICANT_MARK}</b>: significant — the confidence interval of the difference excludes 0. A significant difference is printed <span class="better">blue when it is an improvement</span> and <span class="worse">orange when it is a deterioration</span> (occupancy and volumes have no better direction).</li>`);
  }
  items.push(`<li><b>${escapeHtml('–')}</b>: the metric has no value in this design (e.g. nothing to measure it on).</li>`);
  return `<ul class="table-legend">${items.join('')}</ul>`;
}
