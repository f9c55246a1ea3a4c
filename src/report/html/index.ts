/**
 * The HTML report: a self-contained file with the headline table, charts and scenario summary of
 * a study or of compared designs.
 *
 * @module
 */
export { renderHtmlReport } from './render';
export { reportFromComparison, reportFromExperiment } from './report-input';
export type { ComparisonReportOptions, ReportDesign, ReportInput, ReportOptions } from './report-input';
export { escapeHtml } from './escape';
export { formatDifference, formatEstimate, formatValue, MISSING, SIGNIFICANT_MARK } from './format';
export type { MetricUnit } from './format';
