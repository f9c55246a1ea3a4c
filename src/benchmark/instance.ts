import type { MetricsOptions } from '../metrics/collector';
import type { ScenarioInput } from '../scenario/schema';
import type { PublishedFigure } from './figures';

/** Where an instance's published figures come from. */
export interface BenchmarkSource {
  /** The software that printed them (`ContactCenters (Buist & L'Ecuyer)`), when they come from software. */
  readonly software?: string;
  /** The paper (authors, year, title), when they come from a paper. */
  readonly paper?: string;
  /** GitHub repository (`umontreal-simul/contactcenters`). */
  readonly repository?: string;
  /** Files of the model and its results (`doc/examples/Bank.java`, `doc/examples/Bank.res`). */
  readonly files?: readonly string[];
  /** Section or table of the paper. */
  readonly table?: string;
}

/** routelab's recorded result for a figure (from the run the manifest's `recorded` describes). */
export interface RecordedFigure {
  readonly mean: number;
  /** Half-width of the 95 % interval. */
  readonly halfWidth: number;
}

/** A benchmark instance: a scenario and the figures published for it (one entry of `benchmarks/manifest.yaml`). */
export interface BenchmarkInstance {
  /** Short name (`contactcenters-mmc`). */
  readonly name: string;
  /** Where the figures come from. */
  readonly source: BenchmarkSource;
  /** `runs`, or `waiting` for a model feature routelab lacks (named in `waitsFor`). */
  readonly status: 'runs' | 'waiting';
  /** The feature a `waiting` instance needs. */
  readonly waitsFor?: string;
  /** What a replication is (`day`, `week`). */
  readonly replication: string;
  /** Replications the source ran. */
  readonly sourceReplications: number;
  /** Decimals the source prints its figures with (their rounding widens its intervals by half a unit of the last). */
  readonly printedDecimals: number;
  /** Confidence level of the published intervals (SSJ's tutorial prints 90 %); they are rescaled to 95 %. */
  readonly publishedLevel: number;
  /** Where the model text, the code and routelab differ, and what was followed. */
  readonly notes: readonly string[];
  /** The model, as a routelab scenario. */
  readonly scenario: ScenarioInput;
  /** Metric options the figures need (`shortAbandonThreshold`, `detailed`). */
  readonly metrics?: MetricsOptions;
  /** The published figures. */
  readonly figures: readonly PublishedFigure[];
  /** routelab's recorded run: its size and seed, and one result per figure name. */
  readonly recorded?: {
    readonly replications: number;
    readonly seed: number;
    readonly date: string;
    readonly figures: Readonly<Record<string, RecordedFigure>>;
  };
}
