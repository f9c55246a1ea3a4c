import type { ComparisonResult, DifferenceSummary, ScenarioInput, Variant } from 'routelab';
import { FIXED_HEADLINES, type HeadlineUnit } from './headline';
import { applyControls, type PlaygroundControls } from './overrides';

/**
 * The designs the playground compares: each a snapshot of the controls (routing policy and
 * staffing multiplier) applied to the scenario text, run together by `compareVariants` with
 * common random numbers, the first design the baseline, as `routelab compare` does.
 *
 * @module
 */

/** One design to compare: its name and the controls it was added with. */
export interface PlaygroundDesign {
  /** Unique among the designs: the policy and the multiplier, e.g. `best-skill, staffing × 1.3`. */
  readonly name: string;
  /** The controls of the design. */
  readonly controls: PlaygroundControls;
}

/**
 * A design's name from its controls: the policy (`as written` for the scenario's own) and the
 * staffing multiplier when it is not 1.
 *
 * @param controls - the controls of the design
 */
export function designName(controls: PlaygroundControls): string {
  const policy = controls.policy === undefined || controls.policy === '' ? 'as written' : controls.policy;
  return controls.staffing === 1 ? policy : `${policy}, staffing × ${controls.staffing}`;
}

/**
 * Adds the controls as a design at the end of the list, unless a design of that name (the same
 * controls) is already there.
 *
 * @returns the new list, or a sentence saying why the design was not added
 */
export function addDesign(designs: readonly PlaygroundDesign[], controls: PlaygroundControls): PlaygroundDesign[] | string {
  const name = designName(controls);
  if (designs.some((d) => d.name === name)) return `'${name}' is already a design: change the policy or the staffing first`;
  return [...designs, { name, controls: { ...controls } }];
}

/**
 * The variants of the comparison: the scenario as parsed with each design's controls applied.
 *
 * @param scenario - the scenario as parsed from the text
 * @param designs - at least two designs, the first the baseline
 */
export function designVariants(scenario: ScenarioInput, designs: readonly PlaygroundDesign[]): Variant[] {
  return designs.map((d) => ({ name: d.name, scenario: applyControls(scenario, d.controls) }));
}

/** One row of the differences table: a design's paired difference from the baseline on one headline metric. */
export interface DifferenceRow {
  /** The design compared with the baseline. */
  readonly design: string;
  /** The metric path (`overall.serviceLevel`). */
  readonly metric: string;
  /** What the row shows, in words. */
  readonly label: string;
  /** The mean difference (design − baseline), signed: percentage points or seconds. */
  readonly difference: string;
  /** The confidence interval of the difference; `–` with fewer than 2 replications. */
  readonly interval: string;
  /** `yes` when the interval excludes 0, `no` when it does not, `–` without an interval. */
  readonly significant: string;
}

/** Formats a signed difference: a fraction in percentage points, a time in seconds, one decimal. */
export function formatDifference(value: number | null, unit: HeadlineUnit): string {
  if (value === null) return '–';
  const shown = unit === 'percent' ? value * 100 : value;
  const text = shown.toFixed(1);
  const sign = text.startsWith('-') || /^0\.0$/.test(text) ? '' : '+';
  return `${sign}${text.replace(/^-/, '−')} ${unit === 'percent' ? 'pt' : 's'}`;
}

/**
 * The differences table of a comparison: for each design other than the baseline, its paired
 * difference on each headline metric the comparison has (service level, ASA, abandonment,
 * first-contact resolution, occupancy).
 *
 * @param comparison - the result of `compareVariants`
 */
export function differenceRows(comparison: ComparisonResult): DifferenceRow[] {
  return comparison.differences.flatMap((d) =>
    FIXED_HEADLINES.flatMap(({ metric, label, unit }) => {
      const summary = (d.summary as Readonly<Record<string, DifferenceSummary | undefined>>)[metric];
      if (summary === undefined) return [];
      const bounded = summary.lower !== null && summary.upper !== null;
      return [
        {
          design: d.variant,
          metric,
          label,
          difference: formatDifference(summary.mean, unit),
          interval: bounded ? `${formatDifference(summary.lower, unit)} to ${formatDifference(summary.upper, unit)}` : '–',
          significant: summary.significant === null ? '–' : summary.significant ? 'yes' : 'no',
        },
      ];
    }),
  );
}
