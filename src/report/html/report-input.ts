import type { ComparisonResult, StreamMode, VariantDifferences } from '../../experiment/compare';
import type { ExperimentResult } from '../../experiment/result-format';
import type { ScenarioInput } from '../../scenario/schema';

/**
 * What the HTML report is made of, and how to get it from an experiment or a comparison.
 *
 * @module
 */

/** One design in the report: a name and its experiment (and its own scenario, if it has one). */
export interface ReportDesign {
  /** Name shown in tables, legends and `data-series` attributes (e.g. the routing policy). */
  readonly name: string;
  /** The design's experiment: its replications and metric summaries. */
  readonly experiment: ExperimentResult;
  /**
   * The design's own scenario, when it differs from the report's (compared scenario files);
   * omitted when the design uses {@link ReportInput.scenario}.
   */
  readonly scenario?: ScenarioInput;
}

/** Everything `renderHtmlReport` (of `routelab/report`) needs. */
export interface ReportInput {
  /**
   * Title of the report.
   * @default `routelab report — <scenario name>`
   */
  readonly title?: string;
  /** The scenario (the baseline's when designs are compared), summarized in the report. */
  readonly scenario: ScenarioInput;
  /** One design for a single study; two or more for compared designs, the first being the baseline. */
  readonly designs: readonly ReportDesign[];
  /** Paired differences of each other design from the baseline (matched by `variant` name). */
  readonly differences?: readonly VariantDifferences[];
  /** How the compared designs got their random numbers. */
  readonly mode?: StreamMode;
  /**
   * A time stamp to print in the header, as given (the report itself never reads the clock, so the
   * same input always gives the same bytes).
   */
  readonly generatedAt?: string;
}

/** Options of `reportFromExperiment` and `reportFromComparison` (of `routelab/report`). All optional. */
export interface ReportOptions {
  /** See {@link ReportInput.title}. */
  readonly title?: string;
  /** See {@link ReportInput.generatedAt}. */
  readonly generatedAt?: string;
}

/** Options of `reportFromComparison` (of `routelab/report`). All optional. */
export interface ComparisonReportOptions extends ReportOptions {
  /**
   * Scenarios of the variants by variant name, for variants whose scenario is not `scenario`
   * (e.g. variants read from different files).
   */
  readonly scenarios?: Readonly<Record<string, ScenarioInput>>;
}

function withOptions(input: ReportInput, options: ReportOptions): ReportInput {
  return {
    ...input,
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.generatedAt === undefined ? {} : { generatedAt: options.generatedAt }),
  };
}

/**
 * The report input of a single study: one design named after the experiment's routing policy.
 *
 * @example
 * ```ts
 * const experiment = await runExperiment(scenario, { replications: 30 });
 * writeFileSync('report.html', renderHtmlReport(reportFromExperiment(scenario, experiment)));
 * ```
 */
export function reportFromExperiment(scenario: ScenarioInput, experiment: ExperimentResult, options: ReportOptions = {}): ReportInput {
  return withOptions({ scenario, designs: [{ name: experiment.policy, experiment }] }, options);
}

/**
 * The report input of a comparison: one design per variant, the baseline first, with the paired
 * differences and the stream mode of the comparison.
 *
 * @param scenario - the baseline's scenario
 * @example
 * ```ts
 * const comparison = await compareVariants(policyVariants(scenario, ['longest-idle-agent', 'best-skill']));
 * writeFileSync('report.html', renderHtmlReport(reportFromComparison(scenario, comparison)));
 * ```
 */
export function reportFromComparison(scenario: ScenarioInput, comparison: ComparisonResult, options: ComparisonReportOptions = {}): ReportInput {
  const ordered = [
    ...comparison.variants.filter((v) => v.name === comparison.baseline),
    ...comparison.variants.filter((v) => v.name !== comparison.baseline),
  ];
  const designs = ordered.map((v): ReportDesign => {
    const own = options.scenarios?.[v.name];
    return own === undefined ? { name: v.name, experiment: v.experiment } : { name: v.name, experiment: v.experiment, scenario: own };
  });
  return withOptions({ scenario, designs, differences: comparison.differences, mode: comparison.mode }, options);
}
