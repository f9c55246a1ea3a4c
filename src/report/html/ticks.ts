/**
 * Axis ticks given as values with their labels, and the Vega expression that prints those labels.
 *
 * @module
 */

/** A tick: where it goes on the axis, and its label. */
export interface Tick {
  readonly value: number;
  readonly label: string;
}

/** Ticks of a share axis, 0 % to 100 % every 20 %. */
export function shareTicks(): Tick[] {
  return [0, 0.2, 0.4, 0.6, 0.8, 1].map((value) => ({ value, label: `${Math.round(value * 100)}%` }));
}

const TIME_STEPS = [900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400, 172_800, 604_800];

/** Ticks of a time-of-day axis over `[from, to]` seconds: at most about 12, on round clock times. */
export function timeTicks(from: number, to: number, format: (t: number) => string): Tick[] {
  const span = Math.max(to - from, 1);
  const step = TIME_STEPS.find((s) => span / s <= 12) ?? Math.ceil(span / 12 / 86_400) * 86_400;
  const ticks: Tick[] = [];
  for (let t = Math.ceil(from / step) * step; t <= to + 1e-9; t += step) ticks.push({ value: t, label: format(t) });
  return ticks;
}

/**
 * Axis properties of a Vega-Lite axis showing exactly `ticks`, each with its own label: the values,
 * and a label expression that looks the value up (a value without a tick prints empty).
 */
export function tickAxis(ticks: readonly Tick[]): { values: number[]; labelExpr: string } {
  const lookup = ticks.reduceRight((rest, t) => `datum.value === ${JSON.stringify(t.value)} ? ${JSON.stringify(t.label)} : ${rest}`, "''");
  return { values: ticks.map((t) => t.value), labelExpr: lookup };
}

/** Ticks 0 … a round maximum at or above `max` in about five steps (1, 2, 2.5 or 5 × a power of ten). */
export function roundTicks(max: number, format: (v: number) => string = (v) => String(v)): { ticks: Tick[]; top: number } {
  const raw = max > 0 ? max / 5 : 1;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  const top = step * Math.max(1, Math.ceil(max / step));
  const ticks: Tick[] = [];
  for (let k = 0; k * step <= top + step / 2; k++) ticks.push({ value: k * step, label: format(k * step) });
  return { ticks, top };
}
