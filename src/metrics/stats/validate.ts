/**
 * Small argument and JSON checks shared by the streaming statistics.
 *
 * Every check throws a `TypeError` (wrong type) or `RangeError` (bad value) whose message names
 * the caller, the parameter and the offending value, so bad input never turns into a silent NaN.
 *
 * @module
 */

/** Formats a value for an error message (`NaN`, `-0.5`, `"abc"`, `undefined`). */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  // (undefined falls through to typeof, which gives the same 'undefined')
  if (typeof value === 'number' || value === null) return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/** Throws unless `value` is a finite number. */
export function assertFinite(where: string, name: string, value: unknown): asserts value is number {
  if (typeof value !== 'number') {
    throw new TypeError(`${where}: ${name} must be a finite number, got ${describe(value)}`);
  }
  if (!Number.isFinite(value)) {
    throw new RangeError(`${where}: ${name} must be a finite number, got ${describe(value)}`);
  }
}

/** Throws unless `value` is a finite number ≥ 0. */
export function assertNonNegative(where: string, name: string, value: unknown): asserts value is number {
  assertFinite(where, name, value);
  if (value < 0) {
    throw new RangeError(`${where}: ${name} must be a non-negative finite number, got ${describe(value)}`);
  }
}

/** Throws unless `value` is a finite number > 0. */
export function assertPositive(where: string, name: string, value: unknown): asserts value is number {
  assertFinite(where, name, value);
  if (!(value > 0)) {
    throw new RangeError(`${where}: ${name} must be a positive finite number, got ${describe(value)}`);
  }
}

/** Throws unless `value` is an integer ≥ 0 (a count of items). */
export function assertCount(where: string, name: string, value: unknown): asserts value is number {
  assertFinite(where, name, value);
  if (value < 0 || !Number.isInteger(value)) {
    throw new RangeError(`${where}: ${name} must be a non-negative integer, got ${describe(value)}`);
  }
}

/** Throws unless `value` is a plain (non-array) object, and returns it as a record. */
export function asRecord(where: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${where}: expected a JSON object, got ${describe(value)}`);
  }
  return value as Record<string, unknown>;
}

/** Reads a required finite number field of a JSON object. */
export function readFinite(where: string, record: Record<string, unknown>, key: string): number {
  const value = record[key];
  assertFinite(where, key, value);
  return value;
}

/** Reads a field that is either a finite number or `null`. */
export function readFiniteOrNull(where: string, record: Record<string, unknown>, key: string): number | null {
  const value = record[key];
  if (value === null) return null;
  assertFinite(where, key, value);
  return value;
}

/** Reads a required array of finite numbers. */
export function readFiniteArray(where: string, record: Record<string, unknown>, key: string): number[] {
  const value = record[key];
  if (!Array.isArray(value)) {
    throw new TypeError(`${where}: ${key} must be an array of numbers, got ${describe(value)}`);
  }
  value.forEach((item: unknown, i) => assertFinite(where, `${key}[${i}]`, item));
  return value as number[];
}

/** Reads a required boolean field. */
export function readBoolean(where: string, record: Record<string, unknown>, key: string): boolean {
  const value = record[key];
  if (typeof value !== 'boolean') {
    throw new TypeError(`${where}: ${key} must be a boolean, got ${describe(value)}`);
  }
  return value;
}
