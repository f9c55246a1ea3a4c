import type { VariantDifferences } from '../../experiment/compare';
import { mechanismLayouts, type MechanismLayout } from '../mechanism-metrics';
import { hasBarData, renderBarChart, type BarCategory, type BarGroup } from './bar-chart';
import { renderFigure } from './chart-frame';
import type { DesignView } from './design-view';
import { escapeHtml } from './escape';
import { formatValue, rowDurationScale } from './format';
import type { MetricRow, MetricSection } from './headlines';
import { renderMetricTable } from './metric-table';
import { roundTicks, shareTicks } from './ticks';

/**
 * The report's section on the contact mechanisms a design uses: self-service (bot containment),
 * messaging sessions (first response, response per reply, resolution time, turns, agent time),
 * interruptions by calls and silent abandonment (see `../mechanism-metrics.ts`). Per mechanism a
 * table with a heading per contact type and a row per field (`mean ± half-width`, paired
 * differences for compared designs), then a chart of the shares (containment, session
 * resolution, silent abandons) and one of the messaging response times. Fields are taken from
 * the results, so a field added to a mechanism's result shows without a change here. Without any
 * of the mechanisms the section is empty and the report unchanged.
 *
 * @module
 */

/** The mechanisms present in at least one design, with the contact types and fields of all designs. */
export function reportMechanisms(views: readonly DesignView[]): MechanismLayout[] {
  return mechanismLayouts([...new Set(views.flatMap((v) => v.experiment.metrics))]);
}

/** What each mechanism's table counts, under the tables. */
const NOTES: Readonly<Record<string, string>> = {
  selfService: 'Self-service: sessions with the bot and how they ended (contained, escalated to an agent, opted out).',
  messagingSessions:
    "Messaging sessions: from the customer's first message to the end of the conversation; first response is the wait for the agent's first reply, response per reply the wait after each later customer message.",
  interruptions: 'Interruptions: contacts (e-mails, messaging) suspended by calls, and how long they waited suspended.',
  silentAbandonment: 'Silent abandonment: chats and messages whose customer had left before an agent answered, found gone after a discovery time.',
};

/** A bar per design: the mean and interval at `path`, or null. */
function bars(views: readonly DesignView[], label: string, path: string): BarCategory {
  return {
    label,
    values: views.map((v) => {
      const s = v.metric(path);
      return s === undefined || s.mean === null ? null : { mean: s.mean, lower: s.lower, upper: s.upper };
    }),
  };
}

/** Capitalized first letter (headings). */
function heading(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The chart of each mechanism's share per contact type (containment, session resolution, silent abandons). */
function sharesChart(views: readonly DesignView[], layouts: readonly MechanismLayout[]): string {
  const groups: BarGroup[] = layouts.flatMap((m) => {
    const share = m.block.share;
    if (share === undefined || !m.fields.some((f) => f.field === share)) return [];
    const label = m.fields.find((f) => f.field === share)!.label;
    return [{ title: `${heading(m.block.title)}: ${label}`, categories: m.names.map((name) => bars(views, name, m.path(name, share))) }];
  });
  if (groups.length === 0) return '';
  const svg = hasBarData(groups)
    ? renderBarChart({ label: 'Shares by mechanism and contact type', series: views, groups, xDomain: [0, 1], xTicks: shareTicks(), xLabel: 'share', format: (v) => formatValue(v, 'percent') })
    : null;
  const what = groups.map((g) => g.title.toLowerCase()).join('; ');
  return renderFigure({
    id: 'mechanism-shares',
    title: 'Shares by mechanism and contact type',
    caption: `Per contact type: ${what} (see the tables above); error bars are confidence intervals.`,
    svg,
    emptyNote: 'no session or contact was counted.',
    legend: views,
    swatch: 'bar',
  });
}

/** The messaging response times per contact type (first response and per reply), in one duration unit. */
function responseChart(views: readonly DesignView[], layouts: readonly MechanismLayout[]): string {
  const sessions = layouts.find((m) => m.block.key === 'messagingSessions');
  if (sessions === undefined) return '';
  const fields = sessions.fields.filter((f) => f.field === 'meanFirstResponseTime' || f.field === 'meanResponseTime');
  if (fields.length === 0) return '';
  const groups: BarGroup[] = sessions.names.map((name) => ({ title: name, categories: fields.map((f) => bars(views, f.label, sessions.path(name, f.field))) }));
  const values = groups.flatMap((g) => g.categories.flatMap((c) => c.values.map((v) => (v === null ? 0 : Math.max(v.mean, v.upper ?? v.mean)))));
  const scale = rowDurationScale(values);
  const { ticks, top } = roundTicks(Math.max(0, ...values) / scale.divisor, (v) => `${Number.isInteger(v) ? String(v) : formatValue(v, 'count')}${scale.suffix}`);
  const svg = hasBarData(groups)
    ? renderBarChart({
        label: 'Messaging response times',
        series: views,
        groups,
        xDomain: [0, top * scale.divisor],
        xTicks: ticks.map((t) => ({ value: t.value * scale.divisor, label: t.label })),
        xLabel: 'mean time',
        format: (v) => formatValue(v, 'seconds', scale),
      })
    : null;
  return renderFigure({
    id: 'messaging-response',
    title: 'Messaging response times',
    caption:
      "Per messaging contact type: the mean time from a session's start to the agent's first response, and from each customer reply to the agent's response; error bars are confidence intervals.",
    svg,
    emptyNote: 'no session had a response.',
    legend: views,
    swatch: 'bar',
  });
}

/** The table of one mechanism: a heading per contact type, a row per field. */
function mechanismTable(views: readonly DesignView[], differences: readonly VariantDifferences[], m: MechanismLayout): string {
  const sections: MetricSection[] = m.names.map((name) => ({
    title: name,
    rows: m.fields.map((f): MetricRow => ({ path: m.path(name, f.field), label: heading(f.label), unit: f.unit, better: f.better })),
  }));
  const table = renderMetricTable(`mechanism-${m.block.key}`, `${heading(m.block.title)} by contact type`, views, sections, differences);
  return `<h3>${escapeHtml(heading(m.block.title))}</h3>${table}`;
}

/** The mechanisms section, or '' when no design uses self-service, messaging sessions, interruptions or silent abandonment. */
export function mechanismSection(views: readonly DesignView[], differences: readonly VariantDifferences[]): string {
  const layouts = reportMechanisms(views);
  if (layouts.length === 0) return '';
  const tables = layouts.map((m) => mechanismTable(views, differences, m));
  const notes = layouts.map((m) => NOTES[m.block.key]).filter((n) => n !== undefined);
  const note = `<p class="table-legend">${escapeHtml(notes.join(' '))} See docs/channels.md.</p>`;
  return `<section id="mechanisms"><h2>Sessions, self-service and interruptions</h2>${tables.join('')}${note}${sharesChart(views, layouts)}${responseChart(views, layouts)}</section>`;
}
