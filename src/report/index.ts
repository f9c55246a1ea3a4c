/**
 * `routelab/report`: the HTML reports, whose charts are drawn by vega and vega-lite (rendered to
 * SVG strings, no browser needed). They live in an entry of their own so that `import { simulate }
 * from 'routelab'` never loads or bundles vega: only a program that renders a report pays for it.
 * The same module serves Node (ES module and CommonJS) and browsers (the `browser` condition), with
 * the same bytes everywhere. See docs/report.md and docs/package.md.
 *
 * ```ts
 * import { runExperiment, readScenarioFile } from 'routelab';
 * import { renderHtmlReport, reportFromExperiment } from 'routelab/report';
 * ```
 *
 * @packageDocumentation
 */

// The study report: one design (an experiment) or compared designs (paired differences)
export { renderHtmlReport, reportFromComparison, reportFromExperiment } from './html/index';
export type { ComparisonReportOptions, ReportDesign, ReportInput, ReportOptions } from './html/index';

// The replay report: simulated days against a center's own call records
export { renderReplayHtml } from './replay-html';
