import type { VariantDifferences } from '../../experiment/compare';
import type { DesignView } from './design-view';
import { unionNames } from './design-view';
import { escapeHtml } from './escape';
import { formatClock, formatValue } from './format';
import type { MetricRow, MetricSection } from './headlines';
import { renderMetricTable } from './metric-table';

/**
 * The report's workforce section, when a design uses shrinkage, absenteeism or shift breaks (its
 * results then carry `workforce`, see docs/workforce.md): per agent group the agent-hours
 * scheduled, absent, paid, on break, in shrinkage, available and productive over the day
 * (`mean ± half-width`, paired differences for compared designs), and per reporting interval the
 * mean scheduled, paid, available and productive hours of each group. Without workforce results
 * the section is empty and the report is unchanged.
 *
 * @module
 */

const DAY_FIELDS: readonly { field: string; label: string }[] = [
  { field: 'scheduledHours', label: 'Scheduled' },
  { field: 'absentHours', label: 'Absent' },
  { field: 'paidHours', label: 'Paid' },
  { field: 'breakHours', label: 'On break' },
  { field: 'shrinkageHours', label: 'Shrinkage' },
  { field: 'availableHours', label: 'Available' },
  { field: 'productiveHours', label: 'Productive' },
];

const INTERVAL_FIELDS: readonly { field: string; label: string }[] = [
  { field: 'scheduledHours', label: 'sched.' },
  { field: 'paidHours', label: 'paid' },
  { field: 'availableHours', label: 'avail.' },
  { field: 'productiveHours', label: 'prod.' },
];

/** The groups with workforce results in at least one design, in scenario order. */
function workforceGroups(views: readonly DesignView[]): string[] {
  const names = unionNames(views, (m) => m.agentGroups.map((g) => g.name));
  return names.filter((g) => views.some((v) => v.metric(`workforce.${g}.scheduledHours`) !== undefined));
}

/** The number of reporting intervals a design has workforce results for (the first group's). */
function intervalCount(view: DesignView, group: string): number {
  let k = 0;
  while (view.metric(`workforce.${group}.intervals.${k}.start`) !== undefined) k++;
  return k;
}

/** One design's per-interval table: mean hours per group and interval. */
function intervalTable(view: DesignView, groups: readonly string[], compared: boolean): string {
  const own = groups.filter((g) => view.metric(`workforce.${g}.scheduledHours`) !== undefined);
  if (own.length === 0) return '';
  const count = intervalCount(view, own[0]!);
  const withDay = view.model.horizon > 86_400;
  const head = ['<th scope="col">Interval</th>', ...own.flatMap((g) => INTERVAL_FIELDS.map((f) => `<th scope="col">${escapeHtml(g)} ${escapeHtml(f.label)}</th>`))];
  const rows: string[] = [];
  for (let k = 0; k < count; k++) {
    const start = view.metric(`workforce.${own[0]!}.intervals.${k}.start`)?.mean ?? 0;
    const cells = own.flatMap((g) =>
      INTERVAL_FIELDS.map((f) => {
        const path = `workforce.${g}.intervals.${k}.${f.field}`;
        return `<td data-metric="${escapeHtml(path)}" data-design="${escapeHtml(view.name)}">${escapeHtml(formatValue(view.metric(path)?.mean, 'count'))}</td>`;
      }),
    );
    rows.push(`<tr><th scope="row">${escapeHtml(formatClock(start, withDay))}</th>${cells.join('')}</tr>`);
  }
  const caption = `Agent-hours by interval${compared ? ` — ${view.name}` : ''} (means over the replications)`;
  return `<table class="metrics workforce-intervals"><caption>${escapeHtml(caption)}</caption><thead><tr>${head.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The workforce section, or '' when no design has workforce results. */
export function workforceSection(views: readonly DesignView[], differences: readonly VariantDifferences[]): string {
  const groups = workforceGroups(views);
  if (groups.length === 0) return '';
  const sections: MetricSection[] = groups.map((g) => ({
    title: g,
    rows: DAY_FIELDS.map((f): MetricRow => ({ path: `workforce.${g}.${f.field}`, label: `${f.label} agent-hours`, unit: 'count', better: null })),
  }));
  const compared = views.length > 1;
  const table = renderMetricTable('workforce-table', 'Agent-hours by agent group over the day', views, sections, differences);
  const note =
    '<p class="table-legend">Scheduled: every rostered agent for the whole shift; paid: scheduled minus absent; available: paid minus breaks and shrinkage; productive: time holding a contact. Hours up to the horizon, after the warm-up (docs/workforce.md).</p>';
  return `<section id="workforce"><h2>Workforce: agent-hours</h2>${table}${note}${views.map((v) => intervalTable(v, groups, compared)).join('')}</section>`;
}
