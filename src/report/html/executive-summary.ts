import { metricAt } from '../../experiment/metric-keys';
import type { VariantDifferences } from '../../experiment/compare';
import type { DifferenceSummary } from '../../experiment/differences';
import { tQuantile } from '../../metrics/stats/confidence';
import type { DesignView } from './design-view';
import { escapeHtml } from './escape';
import { formatDifference, formatEstimate, formatValue, type DurationScale } from './format';
import type { MetricRow, MetricSection } from './headlines';
import { formatLevel, hasIntervals, rowScale } from './metric-table';

/**
 * The executive summary at the top of the report: the significant differences of the headline
 * metrics in words, with their intervals, and the note on multiple comparisons (how many
 * differences were tested, how many would be marked by chance, which stay significant with a
 * Bonferroni correction). For a single study: the headline figures in words.
 *
 * @module
 */

/** One tested difference: a design, a headline metric and its paired difference from the baseline. */
export interface TestedDifference {
  readonly design: DesignView;
  readonly row: MetricRow;
  readonly difference: DifferenceSummary;
  readonly scale: DurationScale;
  /** Whether the difference stays significant when every interval is widened for the number of comparisons. */
  readonly bonferroni: boolean;
}

/**
 * Whether a difference's interval, widened from level `1 − α` to `1 − α / m` (Bonferroni, for
 * `m` comparisons), still excludes 0: `|mean| > halfWidth × t(1 − α/2m, n − 1) / t(1 − α/2, n − 1)`.
 */
export function bonferroniSignificant(d: DifferenceSummary, level: number, comparisons: number): boolean {
  if (d.mean === null || d.halfWidth === null || !(d.n > 1) || !(comparisons >= 1)) return false;
  const alpha = 1 - level;
  const widen = tQuantile(1 - alpha / (2 * comparisons), d.n - 1) / tQuantile(1 - alpha / 2, d.n - 1);
  return Math.abs(d.mean) > d.halfWidth * widen;
}

/** Every difference of a headline row from the baseline that has a value, with its Bonferroni verdict. */
export function testedDifferences(views: readonly DesignView[], differences: readonly VariantDifferences[], sections: readonly MetricSection[]): TestedDifference[] {
  const rows = sections.flatMap((s) => s.rows);
  const level = views[0]?.experiment.level ?? 0.95;
  const found = views.slice(1).flatMap((design) =>
    rows.flatMap((row) => {
      const d = metricAt(differences.find((x) => x.variant === design.name)?.summary, row.path);
      return d === undefined || d.mean === null || d.significant === null ? [] : [{ design, row, difference: d }];
    }),
  );
  return found.map((f) => ({ ...f, scale: rowScale(f.row, views, differences), bonferroni: bonferroniSignificant(f.difference, level, found.length) }));
}

function direction(t: TestedDifference): string {
  const up = t.difference.mean! > 0;
  const word = up ? 'higher' : 'lower';
  if (t.row.better === null) return word;
  const better = up === (t.row.better === 'higher');
  return `${word} (<span class="${better ? 'better' : 'worse'}">${better ? 'better' : 'worse'}</span>)`;
}

/** A signed value of a difference's unit, with the decimals it takes not to print as 0. */
function signed(t: TestedDifference, x: number): string {
  return formatDifference({ ...t.difference, mean: x, halfWidth: null, significant: x !== 0 }, t.row.unit, t.scale).replace(/ \*$/, '');
}

function interval(t: TestedDifference): string {
  const d = t.difference;
  return d.lower === null || d.upper === null ? '' : `${signed(t, d.lower)} to ${signed(t, d.upper)}`;
}

function sentence(t: TestedDifference, level: string): string {
  const text = signed(t, t.difference.mean!).replace(/^[+−]/, '');
  const mark = t.bonferroni ? '' : ' <span class="caveat">— not significant after the Bonferroni correction</span>';
  return `<li><b>${escapeHtml(t.row.label)}</b> ${escapeHtml(text)} ${direction(t)} (${escapeHtml(level)} CI of the difference ${escapeHtml(interval(t))})${mark}</li>`;
}

function multipleComparisons(tested: readonly TestedDifference[], level: number): string {
  const m = tested.length;
  const marked = tested.filter((t) => t.difference.significant === true).length;
  const kept = tested.filter((t) => t.bonferroni).length;
  const chance = (m * (1 - level)).toFixed(1);
  return `<p class="multiple-comparisons" id="multiple-comparisons"><b>Multiple comparisons.</b> This summary tests ${m} differences (each design other than the baseline on each headline metric), each at the ${escapeHtml(formatLevel(level))} level. Even if no design made any difference, about ${chance} of them would be marked significant by chance; ${marked} are. ${kept} of them stay significant with the Bonferroni correction (every interval widened to the ${escapeHtml(formatValue(1 - (1 - level) / Math.max(1, m), 'percent'))} level), which keeps the chance of any false mark below ${escapeHtml(formatValue(1 - level, 'percent'))}. The tables mark differences at the ${escapeHtml(formatLevel(level))} level, uncorrected.</p>`;
}

/** The executive summary of compared designs, or of a single study. */
export function executiveSummary(views: readonly DesignView[], differences: readonly VariantDifferences[], sections: readonly MetricSection[]): string {
  const base = views[0]!;
  const level = base.experiment.level;
  const levelText = formatLevel(level);
  const parts: string[] = ['<section id="summary"><h2>Summary</h2>'];
  if (views.length === 1) {
    const rows = sections.flatMap((s) => s.rows).slice(0, 6);
    const items = rows.map((r) => `<li><b>${escapeHtml(r.label)}</b>: ${escapeHtml(formatEstimate(base.metric(r.path), r.unit))}</li>`);
    const how = hasIntervals(views) ? `mean ± half-width of the ${levelText} confidence interval over ${base.experiment.to - base.experiment.from} replications` : 'one replication: single values, no confidence intervals';
    parts.push(`<p>Headline figures of <b>${escapeHtml(base.name)}</b> (${escapeHtml(how)}):</p><ul class="summary">${items.join('')}</ul>`);
  } else if (!hasIntervals(views)) {
    parts.push('<p class="caveat">Each design was run once (one replication): the differences below are those of a single run, with no confidence interval and no test of significance. Run more replications before drawing conclusions.</p>');
  } else {
    const tested = testedDifferences(views, differences, sections);
    for (const v of views.slice(1)) {
      const significant = tested.filter((t) => t.design === v && t.difference.significant === true);
      const head = `<h3><span class="dot" style="background:${v.style.color}"></span>${escapeHtml(v.name)} compared with ${escapeHtml(base.name)}</h3>`;
      parts.push(
        significant.length === 0
          ? `${head}<p>No headline difference is significant at the ${escapeHtml(levelText)} level.</p>`
          : `${head}<ul class="summary">${significant.map((t) => sentence(t, levelText)).join('')}</ul>`,
      );
    }
    if (tested.length > 0) parts.push(multipleComparisons(tested, level));
  }
  parts.push('</section>');
  return parts.join('');
}
