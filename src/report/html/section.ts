import type { VariantDifferences } from '../../experiment/compare';
import type { DesignView } from './design-view';

/**
 * The hook by which optional sections (money, workforce...) join the report.
 *
 * @module
 */

/**
 * An optional section of the report: HTML (a `<section>` with an `id` and an `<h2>`) drawn from the
 * designs and their paired differences from the baseline, or '' when no design uses the feature.
 */
export type ReportSection = (views: readonly DesignView[], differences: readonly VariantDifferences[]) => string;
