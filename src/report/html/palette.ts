/**
 * Colours and dash patterns of the designs in the charts: the Okabe–Ito palette (distinguishable
 * with the common colour-vision deficiencies), paired with dash patterns so that lines stay
 * distinct on a black-and-white print.
 *
 * @module
 */

/** Okabe–Ito colours, in the order designs get them (yellow left out: too pale on white). */
export const SERIES_COLORS: readonly string[] = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#000000'];

/** `stroke-dasharray` of each design's lines, in the same order ('' is solid). */
export const SERIES_DASHES: readonly string[] = ['', '7 3', '2 2', '9 3 2 3', '4 4', '1 3', '12 4'];

/** Style of the k-th design's marks. */
export interface SeriesStyle {
  readonly color: string;
  readonly dash: string;
}

/** The colour and dash pattern of the design at index k (cycling when there are more designs than colours). */
export function seriesStyle(k: number): SeriesStyle {
  return { color: SERIES_COLORS[k % SERIES_COLORS.length]!, dash: SERIES_DASHES[k % SERIES_DASHES.length]! };
}
