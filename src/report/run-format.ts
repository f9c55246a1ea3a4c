import type { SimulationResult } from '../run/simulate';

/**
 * The versioned JSON document of one run, as `routelab run --format json` writes it (see
 * docs/result-schema.md).
 *
 * @module
 */

/** `format` of a {@link RunDocument}. */
export const RUN_FORMAT = 'routelab-run';
/** Version of the {@link RunDocument} format written by this code. */
export const RUN_FORMAT_VERSION = 1;

/** One run's result wrapped with its format and version. */
export interface RunDocument {
  /** Always `'routelab-run'` ({@link RUN_FORMAT}). */
  readonly format: typeof RUN_FORMAT;
  /** Format version ({@link RUN_FORMAT_VERSION}). */
  readonly version: typeof RUN_FORMAT_VERSION;
  /** The run's result exactly as `simulate` returns it. */
  readonly result: SimulationResult;
}

/** Wraps a run's result as a {@link RunDocument}. */
export function runDocument(result: SimulationResult): RunDocument {
  return { format: RUN_FORMAT, version: RUN_FORMAT_VERSION, result };
}
