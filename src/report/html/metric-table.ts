import { metricAt } from '../../experiment/metric-keys';
import type { VariantDifferences } from '../../experiment/compare';
import type { DesignView } from './design-view';
import { escapeHtml } from './escape';
import { formatDifference, formatEstimate, rowDurationScale, SIGNIFICANT_MARK, type DurationScale } from './format';
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

function differenceCell(row: MetricRow, view: DesignView, differences: readonly VariantDifferences[], scale: DurationScale): string {
  const d = metricAt(differences.find((x) => x.variant === view.name)?.summary, row.path);
  const text = formatDifference(d, row.unit, scale);
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

/** The one duration unit of a row: that of its largest estimate or difference. */
export function rowScale(row: MetricRow, views: readonly DesignView[], differences: readonly VariantDifferences[]): DurationScale {
  return rowDurationScale([
    ...views.map((v) => v.metric(row.path)?.mean),
    ...differences.map((d) => metricAt(d.summary, row.path)?.mean),
  ]);
}

function estimateCell(row: MetricRow, v: DesignView, scale: DurationScale): string {
  return `<td class="estimate" data-metric="${escapeHtml(row.path)}" data-design="${escapeHtml(v.name)}">${escapeHtml(formatEstimate(v.metric(row.path), row.unit, scale))}</td>`;
}

/** Rows of one metric with one design: metric | estimate. */
function singleRow(row: MetricRow, v: DesignView, differences: readonly VariantDifferences[]): string {
  const scale = rowScale(row, [v], differences);
  return `<tr data-metric="${escapeHtml(row.path)}"><th scope="row">${escapeHtml(row.label)}</th>${estimateCell(row, v, scale)}</tr>`;
}

/**
 * Rows of one metric with compared designs: a heading row with the metric's name, then one row per
 * design (design | estimate | difference from the baseline), all in the row's one unit. The table
 * keeps three columns whatever the number of designs, so it fits a phone and a printed page.
 */
function comparedRows(row: MetricRow, views: readonly DesignView[], differences: readonly VariantDifferences[]): string[] {
  const scale = rowScale(row, views, differences);
  const unit = row.unit === 'percent' ? ' (%; Δ in percentage points)' : row.unit === 'seconds' ? ` (${scale.suffix.trim() === 's' ? 'seconds' : scale.suffix.trim()})` : '';
  return [
    `<tr class="metric" data-metric="${escapeHtml(row.path)}"><th scope="rowgroup" colspan="3">${escapeHtml(row.label)}${unit === '' ? '' : `<span class="unit">${escapeHtml(unit)}</span>`}</th></tr>`,
    ...views.map((v) => {
      const diff = v.index === 0 ? `<td class="baseline-cell">baseline</td>` : differenceCell(row, v, differences, scale);
      return `<tr data-metric="${escapeHtml(row.path)}" data-design="${escapeHtml(v.name)}"><th scope="row" class="design"><span class="dot" style="background:${v.style.color}"></span>${escapeHtml(v.name)}</th>${estimateCell(row, v, scale)}${diff}</tr>`;
    }),
  ];
}

/**
 * A metric table. One design: metric | estimate. Compared designs: per metric a heading row, then
 * one row per design with its estimate and its paired difference from the baseline.
 *
 * @param id - the table's `id`
 * @param differences - paired differences from the baseline (only used with two or more designs)
 */
export function renderMetricTable(id: string, caption: string, views: readonly DesignView[], sections: readonly MetricSection[], differences: readonly VariantDifferences[]): string {
  const compared = views.length > 1;
  const level = views[0] === undefined || !hasIntervals(views) ? '' : ` (${formatLevel(views[0].experiment.level)} CI)`;
  const head = compared
    ? ['<th scope="col">Design</th>', `<th scope="col">Estimate${hasIntervals(views) ? ' ± half-width' : ''}</th>`, `<th scope="col" class="diff">Δ from ${escapeHtml(views[0]!.name)}</th>`]
    : ['<th scope="col">Metric</th>', `<th scope="col">${escapeHtml(views[0]?.name ?? '')}</th>`];
  const columns = head.length;
  const body = sections.flatMap((s) => [
    `<tr class="section"><th scope="rowgroup" colspan="${columns}">${escapeHtml(s.title)}</th></tr>`,
    ...s.rows.flatMap((row) => (compared ? comparedRows(row, views, differences) : [singleRow(row, views[0]!, differences)])),
  ]);
  return [
    `<div class="table-wrap"><table class="metrics${compared ? ' compared' : ''}" id="${escapeHtml(id)}">`,
    `<caption>${escapeHtml(caption)}${escapeHtml(level)}</caption>`,
    `<thead><tr>${head.join('')}</tr></thead>`,
    `<tbody>${body.join('')}</tbody>`,
    '</table></div>',
  ].join('');
}

/** True when some design has more than one replication, so that its figures carry intervals. */
export function hasIntervals(views: readonly DesignView[]): boolean {
  return views.some((v) => v.experiment.to - v.experiment.from > 1);
}

/** A confidence level as a percentage (`0.95` → `95%`). */
export function formatLevel(level: number): string {
  const pct = Math.round(level * 1000) / 10;
  return `${pct}%`;
}

/** The legend under a metric table: what `mean ± half-width`, Δ and the mark mean (no intervals are promised for a single replication). */
export function tableLegend(views: readonly DesignView[], compared: boolean): string {
  const level = views[0] === undefined ? '95%' : formatLevel(views[0].experiment.level);
  const items: string[] = [];
  if (hasIntervals(views)) {
    items.push(`<li><b>mean ± half-width</b>: the mean over the replications and the half-width of its ${escapeHtml(level)} Student t confidence interval; shares are in %, their half-widths and differences in percentage points (pt). Every cell of a metric is in the same unit.</li>`);
    if (compared) {
      items.push(`<li><b>Δ</b>: the mean paired difference design − baseline over the same replications, ± the half-width of its ${escapeHtml(level)} confidence interval.</li>`);
      items.push(`<li><b>${SIGNIFICANT_MARK}</b>: significant — the confidence interval of the difference excludes 0 (printed with as many decimals as it takes to show it). A significant difference is printed <span class="better">blue when it is an improvement</span> and <span class="worse">orange when it is a deterioration</span> (occupancy and volumes have no better direction). With many comparisons some are marked by chance: see the note on multiple comparisons.</li>`);
    }
  } else {
    items.push(`<li><b>One replication</b>: every figure is the value of a single simulated run. There is no confidence interval and no test of significance; run more replications (<code>--replications 30</code>) before drawing conclusions.</li>`);
    if (compared) items.push('<li><b>Δ</b>: the difference design − baseline in that one run, without an interval.</li>');
  }
  items.push(`<li><b>${escapeHtml('–')}</b>: the metric has no value in this design (e.g. nothing to measure it on).</li>`);
  return `<ul class="table-legend">${items.join('')}</ul>`;
}
