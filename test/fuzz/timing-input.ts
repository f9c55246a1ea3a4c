import type { Draw } from './draw';

/**
 * Arrivals and staffing as a scenario file writes them, for the fuzzer: every arrival form (rate
 * in any unit, per interval with zeros and its own interval and period, a trace with ties and
 * late times) and every staffing form (a constant, per interval with zeros, shifts that cross
 * midnight or cover nothing), sized so a case stays small.
 *
 * @module
 */

/** The scenario-wide times a generated part must fit in (seconds). */
export interface Times {
  /** The scenario's horizon. */
  readonly horizon: number;
  /** The reporting interval, the default length of a per-interval list. */
  readonly interval: number;
}

/** A rate string worth `perSecond`, in a random unit. */
function rateText(draw: Draw, perSecond: number): string {
  const unit = draw.pick(['s', 'm', 'min', 'h', 'd'] as const);
  const seconds = { s: 1, m: 60, min: 60, h: 3600, d: 86_400 }[unit];
  const count = Math.max(0.0001, Math.round(perSecond * seconds * 10_000) / 10_000);
  return `${count}/${unit}`;
}

/** A period (seconds) for a per-interval list: mostly a day, sometimes shorter than the horizon (the list repeats). */
function period(draw: Draw, times: Times): number {
  return draw.chance(0.6) ? 86_400 : Math.max(times.interval, Math.round(times.horizon * draw.pick([0.25, 0.5, 1, 2])));
}

/**
 * The `arrivals` of a contact type bringing about `expected` contacts over the horizon.
 */
export function arrivalsInput(draw: Draw, times: Times, expected: number): Record<string, unknown> {
  const { horizon } = times;
  const form = draw.int(0, 9);
  if (form <= 4) return { rate: rateText(draw, Math.max(expected, 0.01) / horizon) };
  if (form <= 7) {
    const own = draw.chance(0.4);
    const length = own ? draw.pick([60, 300, 900, 1800, 3600]) : times.interval;
    const p = Math.max(length, period(draw, times));
    const fits = Math.floor(p / length);
    const count = draw.int(1, Math.min(fits, 48));
    const perInterval: number[] = Array.from({ length: count }, () => (draw.chance(0.3) ? 0 : draw.real(0, 1, 3)));
    if (!perInterval.some((c) => c !== 0)) perInterval[draw.int(0, count - 1)] = 1;
    // Scale so the horizon sees about `expected` contacts (each interval's count is its expected number).
    const perSecond = perInterval.reduce((a, c) => a + c, 0) / (count * length);
    const k = Math.max(expected, 0.5) / Math.max(1e-9, perSecond * Math.min(horizon, p)) / Math.max(1, horizon / p);
    return {
      perInterval: perInterval.map((c) => Math.round(c * k * 1000) / 1000).map((c, i, all) => (all.every((x) => x === 0) && i === 0 ? 1 : c)),
      ...(own ? { interval: draw.duration(length) } : {}),
      ...(p !== 86_400 || draw.chance(0.2) ? { period: draw.duration(p) } : {}),
    };
  }
  const n = Math.min(200, Math.round(expected));
  const tick = draw.pick([1, 10, 60]);
  const trace = Array.from({ length: n }, () => Math.floor(draw.real(0, horizon, 0) / tick) * tick);
  if (draw.chance(0.3) && n > 2) trace.push(trace[0] ?? 0, trace[1] ?? 0); // ties
  if (draw.chance(0.1)) trace.push(0);
  if (draw.chance(0.1)) trace.push(horizon, horizon + 100); // at or after the horizon: ignored
  if (draw.chance(0.5)) trace.sort((a, b) => a - b);
  return { trace: trace.map((t) => draw.duration(t)) };
}

/**
 * The `agents` of a group: a constant (sometimes 0 or many), a per-interval list with zeros, or
 * shifts (some crossing midnight, some with no agents).
 */
export function staffingInput(draw: Draw, times: Times): number | Record<string, unknown> {
  const form = draw.int(0, 5);
  if (form <= 2) return draw.chance(0.1) ? 0 : draw.chance(0.05) ? draw.int(50, 200) : draw.int(1, 6);
  if (form <= 3) {
    const own = draw.chance(0.4);
    const length = own ? draw.pick([60, 900, 1800, 3600]) : times.interval;
    const p = Math.max(length, period(draw, times));
    const count = draw.int(1, Math.min(Math.floor(p / length), 48));
    return {
      perInterval: Array.from({ length: count }, () => (draw.chance(0.3) ? 0 : draw.int(1, 5))),
      ...(own ? { interval: draw.duration(length) } : {}),
      ...(p !== 86_400 || draw.chance(0.2) ? { period: draw.duration(p) } : {}),
    };
  }
  const p = draw.chance(0.7) ? 86_400 : Math.max(600, Math.round(times.horizon * draw.pick([0.5, 1, 2])));
  const shifts = Array.from({ length: draw.int(1, 3) }, () => {
    const start = draw.chance(0.3) ? 0 : Math.floor((draw.uniform() * p) / 300) * 300;
    const length = Math.max(1, Math.min(p, draw.chance(0.1) ? p : Math.round(draw.real(0.05, 0.6) * p)));
    return { start: draw.duration(start), end: draw.duration(start + length), agents: draw.chance(0.1) ? 0 : draw.int(1, 5) };
  });
  return { shifts, ...(p !== 86_400 || draw.chance(0.2) ? { period: draw.duration(p) } : {}) };
}
