/**
 * Argument checks shared by the analytic formulas. Every check names the function and the
 * parameter, e.g. `erlangC: agents must be a positive integer, got 2.5`.
 *
 * Internal to `src/analytic/` (not re-exported from the package).
 */

/** Largest agent count the formulas accept; their loops are O(agents). */
export const MAX_AGENTS = 10_000_000;

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  return typeof value;
}

function requireNumber(where: string, name: string, value: unknown): number {
  if (typeof value !== 'number') {
    throw new TypeError(`${where}: ${name} must be a number, got ${show(value)}`);
  }
  return value;
}

/** Throws unless `value` is a plain object (the options bag of a formula). */
export function requireOptions(where: string, value: unknown): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${where}: expected an options object, got ${show(value)}`);
  }
}

/** A finite number `>= 0` (rates, loads, times). */
export function requireNonNegative(where: string, name: string, value: unknown): number {
  const x = requireNumber(where, name, value);
  if (!Number.isFinite(x) || x < 0) {
    throw new RangeError(`${where}: ${name} must be a non-negative finite number, got ${x}`);
  }
  return x;
}

/** A finite number `> 0` (mean service time, mean patience). */
export function requirePositive(where: string, name: string, value: unknown): number {
  const x = requireNumber(where, name, value);
  if (!Number.isFinite(x) || x <= 0) {
    throw new RangeError(`${where}: ${name} must be a positive finite number, got ${x}`);
  }
  return x;
}

/** An integer in `[1, MAX_AGENTS]`. */
export function requireAgents(where: string, name: string, value: unknown): number {
  const x = requireNumber(where, name, value);
  if (!Number.isInteger(x) || x < 1) {
    throw new RangeError(`${where}: ${name} must be a positive integer, got ${x}`);
  }
  if (x > MAX_AGENTS) {
    throw new RangeError(`${where}: ${name} must be at most ${MAX_AGENTS}, got ${x}`);
  }
  return x;
}

/** A non-negative integer. */
export function requireCount(where: string, name: string, value: unknown): number {
  const x = requireNumber(where, name, value);
  if (!Number.isInteger(x) || x < 0) {
    throw new RangeError(`${where}: ${name} must be a non-negative integer, got ${x}`);
  }
  return x;
}

/** A number in the interval described by `lowClosed`/`highClosed` between 0 and 1. */
export function requireFraction(
  where: string,
  name: string,
  value: unknown,
  lowClosed: boolean,
  highClosed: boolean,
): number {
  const x = requireNumber(where, name, value);
  const lowOk = lowClosed ? x >= 0 : x > 0;
  const highOk = highClosed ? x <= 1 : x < 1;
  if (!lowOk || !highOk || Number.isNaN(x)) {
    const interval = `${lowClosed ? '[' : '('}0, 1${highClosed ? ']' : ')'}`;
    throw new RangeError(`${where}: ${name} must be in ${interval}, got ${x}`);
  }
  return x;
}
