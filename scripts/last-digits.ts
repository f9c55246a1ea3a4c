/**
 * Comparing Node's output with a browser's: the browser checks (`browser-bundle-check.ts`,
 * `playground-check.ts`) want the same bytes, and get them when the browser's JavaScript engine
 * computes `Math.log`, `Math.exp` and the like as Node's does. Chromium 156.0.8078.129 (Debian,
 * December 2026) does not: its V8 differs from Node 20's in the last bit of those functions for
 * about 3–10 % of arguments, so an exponential draw can differ by one ulp and the figures that sum
 * many draws in their last digits. {@link compareOutputs} then accepts two texts that differ only in
 * numbers past their ninth significant digit, and says so; anything else (a count, a string, a
 * number's first nine digits, an event order that flipped) is still a difference.
 *
 * @module
 */

/** How two outputs compare: the same bytes, the same up to numbers' last digits, or different. */
export type OutputComparison = 'same bytes' | 'same to 9 significant digits' | 'different';

/** A decimal number literal; {@link roundLongNumbers} rounds those with more than nine significant digits (the only ones a last-bit difference reaches). */
const LONG_NUMBER = /-?\d+\.\d+(?:e[-+]?\d+)?/gi;

/** Rounds every long number literal of `text` to 9 significant digits. */
export function roundLongNumbers(text: string): string {
  return text.replace(LONG_NUMBER, (m) => (m.replace(/[-.]|e.*$/gi, '').replace(/^0+/, '').length > 9 ? String(Number(Number(m).toPrecision(9))) : m));
}

/** Compares Node's output with a browser's (see the module's comment). */
export function compareOutputs(node: string, browser: string): OutputComparison {
  if (node === browser) return 'same bytes';
  return roundLongNumbers(node) === roundLongNumbers(browser) ? 'same to 9 significant digits' : 'different';
}
