import { VERSION } from '../../version';
import { agentSection } from './agent-section';
import type { DesignView } from './design-view';
import { designViews } from './design-view';
import { escapeHtml } from './escape';
import { renderDefinitions } from './definitions';
import { executiveSummary } from './executive-summary';
import { forestPlot } from './forest-plot';
import { contactTypeSections, headlineSections } from './headlines';
import { groupOccupancyCharts } from './group-occupancy-charts';
import { occupancyChart, serviceLevelByTypeCharts, serviceLevelChart, volumeStaffingChart } from './interval-charts';
import { formatLevel, hasIntervals, renderMetricTable, tableLegend } from './metric-table';
import { mechanismSection } from './mechanism-section';
import { moneySection } from './money-section';
import { renderNotes } from './notes';
import type { ReportInput } from './report-input';
import { renderScenarioSummary } from './scenario-summary';
import { agentOccupancyChart, fcrChart, repeatContactChart } from './slice-charts';
import type { ReportSection } from './section';
import { waitDistributionChart } from './wait-chart';
import { workforceSection } from './workforce-section';
import { htmlPage } from './page';

/**
 * The HTML report: one self-contained file (inline CSS and SVG, no script, nothing fetched) that a
 * consultant can send to a client.
 *
 * @module
 */

/**
 * The optional sections after the headline results, in order: each returns '' when the designs do
 * not use its feature (the money section, when no design is priced). A new section is a function
 * of the designs and their paired differences added to this list.
 */
export const REPORT_SECTIONS: readonly ReportSection[] = [moneySection, workforceSection, mechanismSection, agentSection];

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function perDesign(views: readonly DesignView[], value: (v: DesignView) => string): string {
  const values = views.map(value);
  if (distinct(values).length === 1) return values[0]!;
  return views.map((v, k) => `${v.name}: ${values[k]!}`).join('; ');
}

function policies(views: readonly DesignView[]): string {
  return views.every((v) => v.name === v.experiment.policy) ? views.map((v) => v.name).join(', ') : perDesign(views, (v) => v.experiment.policy);
}

function replicationText(v: DesignView): string {
  const { from, to } = v.experiment;
  const count = to - from;
  return count === 1 ? `1 (replication ${from})` : `${count} (replications ${from}–${to - 1})`;
}

function header(input: ReportInput, views: readonly DesignView[], title: string): string {
  const base = views[0]!;
  const compared = views.length > 1;
  const meta: [string, string][] = [
    ['Scenario', distinct([base.model.name, ...views.map((v) => v.model.name)]).join(' / ')],
    [compared ? 'Designs' : 'Design', views.map((v) => v.name).join(', ') + (compared ? ` (baseline: ${base.name})` : '')],
    [distinct(views.map((v) => v.experiment.policy)).length > 1 ? 'Routing policies' : 'Routing policy', policies(views)],
    ['Seed', perDesign(views, (v) => String(v.experiment.seed))],
    ['Replications', perDesign(views, replicationText)],
  ];
  // One replication has no interval: the header promises none.
  if (hasIntervals(views)) meta.push(['Confidence level', perDesign(views, (v) => formatLevel(v.experiment.level))]);
  else meta.push(['Confidence intervals', 'none (one replication per design)']);
  meta.push(['Scenario hash', perDesign(views, (v) => v.experiment.scenarioHash?.slice(0, 16) ?? 'not recorded')]);
  if (compared) meta.push(['Random numbers', input.mode === 'independent' ? 'independent streams per design' : input.mode === 'common' ? 'common random numbers (paired)' : 'not stated']);
  meta.push(['routelab version', VERSION]);
  if (input.generatedAt !== undefined) meta.push(['Generated', input.generatedAt]);
  const dl = meta.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('');
  const subtitle = compared ? `Comparison of ${views.length} designs by simulation` : 'Simulation study';
  return `<header class="title-block"><h1>${escapeHtml(title)}</h1><p class="subtitle">${escapeHtml(subtitle)}</p><dl class="meta">${dl}</dl></header>`;
}

function checkInput(input: ReportInput): void {
  if (typeof input !== 'object' || input === null) throw new TypeError(`renderHtmlReport: input must be an object, got ${String(input)}`);
  if (input.title !== undefined && typeof input.title !== 'string') throw new TypeError(`renderHtmlReport: title must be a string, got ${typeof input.title}`);
  if (input.generatedAt !== undefined && typeof input.generatedAt !== 'string') {
    throw new TypeError(`renderHtmlReport: generatedAt must be a string, got ${typeof input.generatedAt}`);
  }
  if (input.mode !== undefined && input.mode !== 'common' && input.mode !== 'independent') {
    throw new RangeError(`renderHtmlReport: mode must be 'common' or 'independent', got ${String(input.mode)}`);
  }
}

/**
 * Renders a complete, self-contained HTML report of a study or of compared designs: header,
 * headline table (`mean ± half-width`, and the paired differences from the baseline with a
 * significance mark), charts as inline SVG (service level and occupancy over the day, wait-time
 * distribution, FCR and repeat contacts by segment and channel, occupancy by agent group and
 * site), results by contact type, a scenario summary and notes on how to read it.
 *
 * The output depends only on the input: the same input gives the same bytes (the clock is never
 * read; pass `generatedAt` to print a time stamp). Every user-given name is escaped.
 *
 * @example
 * ```ts
 * const experiment = await runExperiment(scenario, { replications: 30 });
 * writeFileSync('report.html', renderHtmlReport(reportFromExperiment(scenario, experiment)));
 * ```
 * @throws TypeError / RangeError on a malformed input (no design, duplicate design names, bad
 *   mode); ScenarioError when a scenario is invalid
 */
export function renderHtmlReport(input: ReportInput): string {
  checkInput(input);
  const views = designViews(input);
  const base = views[0]!;
  const compared = views.length > 1;
  const differences = input.differences ?? [];
  const title = input.title ?? `routelab report — ${base.model.name}`;
  const level = formatLevel(base.experiment.level);
  const intraday = [serviceLevelChart(views), ...serviceLevelByTypeCharts(views), volumeStaffingChart(views), occupancyChart(views), ...groupOccupancyCharts(views)];
  const others = [waitDistributionChart, fcrChart, repeatContactChart, agentOccupancyChart].map((chart) => chart(views));
  const typeSections = contactTypeSections(views);
  const otherScenarios = views.filter((v) => v.ownScenario);
  const headlines = headlineSections(views);
  const body = [
    header(input, views, title),
    '<main>',
    executiveSummary(views, differences, headlines),
    '<section id="headlines"><h2>Headline results</h2>',
    renderMetricTable('headline-table', compared ? 'Headline metrics by design' : 'Headline metrics', views, headlines, differences),
    tableLegend(views, compared),
    renderDefinitions(views),
    compared && hasIntervals(views) ? forestPlot(views, differences, headlines) : '',
    '</section>',
    ...REPORT_SECTIONS.map((section) => section(views, differences)).filter((html) => html !== ''),
    `<section id="intraday"><h2>Over the day</h2>${intraday.join('')}</section>`,
    `<section id="charts"><h2>Waits, customer journey and agents</h2>${others.join('')}</section>`,
    typeSections.length === 0
      ? ''
      : `<section id="by-contact-type"><h2>Results by contact type</h2>${renderMetricTable('contact-type-table', 'Service by contact type', views, typeSections, differences)}</section>`,
    `<section id="scenario"><h2>Scenario</h2>${otherScenarios.length > 0 ? `<h3>${escapeHtml(base.name)} and designs without a scenario of their own</h3>` : ''}${renderScenarioSummary(base.model)}`,
    ...otherScenarios.map((v) => `<h3>Scenario of ${escapeHtml(v.name)}</h3>${renderScenarioSummary(v.model)}`),
    '</section>',
    renderNotes(level, compared, input.mode, hasIntervals(views)),
    '</main>',
    `<footer>Made with routelab ${escapeHtml(VERSION)}. This file is self-contained: it loads nothing from the network.</footer>`,
  ];
  return htmlPage(title, [
    ...body,
  ]);
}
