/**
 * Colours and dash patterns of the designs in the charts: the Okabe–Ito palette (distinguishable
 * with the common colour-vision deficiencies) extended with three colours of Paul Tol's muted
 * scheme, so that up to ten designs get ten different colours, each paired with its own dash
 * pattern so that lines stay distinct on a black-and-white print.
 *
 * @module
 */

/** Colours, in the order designs get them (Okabe–Ito without its pale yellow, then Tol's wine, olive, indigo). */
export const SERIES_COLORS: readonly string[] = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#000000', '#882255', '#999933', '#332288'];

/** Dash pattern of each design's lines, in the same order (`[]` is solid). */
export const SERIES_DASHES: readonly (readonly number[])[] = [[], [7, 3], [2, 2], [9, 3, 2, 3], [4, 4], [1, 3], [12, 4], [6, 2, 2, 2, 2, 2], [3, 6], [10, 2, 2, 2]];

/** Style of the k-th design's marks. */
export interface SeriesStyle {
  readonly color: string;
  /** Dash pattern as numbers (empty: solid). */
  readonly dash: readonly number[];
}

/**
 * The colour and dash pattern of the design at index k. Beyond ten designs the colours repeat,
 * but with the dash pattern shifted, so that no two of the first 100 designs share both.
 */
export function seriesStyle(k: number): SeriesStyle {
  const n = SERIES_COLORS.length;
  return { color: SERIES_COLORS[k % n]!, dash: SERIES_DASHES[(k + Math.floor(k / n)) % SERIES_DASHES.length]! };
}
