import { metricAt } from '../../experiment/metric-keys';
import type { ExperimentResult } from '../../experiment/result-format';
import type { MetricSummary } from '../../experiment/summary';
import type { ModelDefinition } from '../../model/definition';
import { resolveScenario } from '../../scenario/resolve';
import type { ScenarioInput } from '../../scenario/schema';
import { seriesStyle, type SeriesStyle } from './palette';
import type { ReportInput } from './report-input';

/**
 * A design as the report's parts see it: its name, style, summaries and resolved model.
 *
 * @module
 */

/** One design, ready to be drawn. */
export interface DesignView {
  readonly name: string;
  /** Position in the report (0 = the baseline). */
  readonly index: number;
  readonly style: SeriesStyle;
  readonly experiment: ExperimentResult;
  /** The design's scenario as written (its own, or the report's). */
  readonly scenario: ScenarioInput;
  /** The design's resolved scenario (its own, or the report's). */
  readonly model: ModelDefinition;
  /** Whether the design carries a scenario of its own that differs from the report's. */
  readonly ownScenario: boolean;
  /** The summary of a metric path, undefined when the experiment has no such metric. */
  readonly metric: (path: string) => MetricSummary | undefined;
}

/**
 * Resolves the scenario of every design (each distinct scenario once).
 *
 * @throws RangeError when there is no design or two designs share a name; ScenarioError when a
 *   scenario is invalid
 */
export function designViews(input: ReportInput): DesignView[] {
  if (!Array.isArray(input.designs) || input.designs.length === 0) {
    throw new RangeError(`renderHtmlReport: designs must list at least one design, got ${Array.isArray(input.designs) ? 0 : String(input.designs)}`);
  }
  const seen = new Set<string>();
  const models = new Map<ScenarioInput, ModelDefinition>();
  const modelOf = (s: ScenarioInput): ModelDefinition => {
    let m = models.get(s);
    if (m === undefined) {
      m = resolveScenario(s);
      models.set(s, m);
    }
    return m;
  };
  const baseText = JSON.stringify(input.scenario);
  return input.designs.map((d, index) => {
    if (typeof d?.name !== 'string' || d.name.length === 0) throw new TypeError(`renderHtmlReport: designs[${index}].name must be a non-empty string`);
    if (seen.has(d.name)) throw new RangeError(`renderHtmlReport: designs[${index}].name '${d.name}' is used twice; design names must be unique`);
    seen.add(d.name);
    const summary = d.experiment.summary;
    const own = d.scenario !== undefined && JSON.stringify(d.scenario) !== baseText;
    return {
      name: d.name,
      index,
      style: seriesStyle(index),
      experiment: d.experiment,
      scenario: own ? d.scenario! : input.scenario,
      model: modelOf(own ? d.scenario! : input.scenario),
      ownScenario: own,
      metric: (path: string) => metricAt(summary, path),
    };
  });
}

/** The names listed by `names` over every design's model, each once, in order of first appearance. */
export function unionNames(views: readonly DesignView[], names: (model: ModelDefinition) => readonly string[]): string[] {
  const out: string[] = [];
  for (const v of views) for (const n of names(v.model)) if (!out.includes(n)) out.push(n);
  return out;
}
