/**
 * Parameter checks shared by the distribution factories. Every message names the distribution
 * and the field: `gamma: shape must be a positive finite number, got 0`. Wrong types throw
 * TypeError, out-of-range numbers RangeError.
 *
 * @module
 */

/** The parameters a factory received, restricted to the fields of the form that was used. */
export interface ReadParams {
  /** Index of the parameter form used (into the `forms` argument of {@link readParams}). */
  readonly form: number;
  /** Copy of the given fields (undefined values dropped). */
  readonly given: Record<string, unknown>;
}

/**
 * Formats a value for an error message: numbers as `String(n)`, strings quoted, short JSON
 * otherwise.
 * @param value - anything
 */
export function formatValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return 'a function';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? text.slice(0, 77) + '...' : text;
}

/** Formats a computed number for a message without float noise (0.30000000000000004 → 0.3). */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}

function describeForms(forms: readonly (readonly string[])[], optional: readonly string[]): string {
  const text = forms.map((f) => `{ ${f.join(', ')} }`).join(' or ');
  return optional.length > 0 ? `${text} (optional: ${optional.join(', ')})` : text;
}

/**
 * Checks that `params` is an object using exactly one of the accepted parameter forms and no
 * unknown field, e.g. exponential accepts `[['mean'], ['rate']]`.
 *
 * @param kind - distribution name for messages
 * @param params - what the caller passed
 * @param forms - accepted sets of field names; fields of different forms must not be mixed
 * @param optional - fields allowed with any form
 */
export function readParams(
  kind: string,
  params: unknown,
  forms: readonly (readonly string[])[],
  optional: readonly string[] = [],
): ReadParams {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new TypeError(`${kind}: parameters must be an object ${describeForms(forms, optional)}, got ${formatValue(params)}`);
  }
  const given: Record<string, unknown> = {};
  const used = new Set<number>();
  for (const [field, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const form = forms.findIndex((f) => f.includes(field));
    if (form < 0 && !optional.includes(field)) {
      throw new RangeError(
        `${kind}: unknown parameter '${field}'; expected ${describeForms(forms, optional)}`,
      );
    }
    if (form >= 0) used.add(form);
    given[field] = value;
  }
  if (used.size > 1) {
    throw new RangeError(
      `${kind}: give exactly one of ${describeForms(forms, optional)}, got ${Object.keys(given).join(', ')}`,
    );
  }
  if (used.size === 0 && forms.length > 1) {
    throw new RangeError(`${kind}: missing parameters; expected ${describeForms(forms, optional)}`);
  }
  const form = used.size === 1 ? [...used][0] as number : 0;
  return { form, given };
}

function fail(kind: string, field: string, what: string, value: unknown): never {
  const message = `${kind}: ${field} must be ${what}, got ${formatValue(value)}`;
  throw typeof value === 'number' ? new RangeError(message) : new TypeError(message);
}

/** Returns `value` if it is a finite number > 0, else throws naming `kind` and `field`. */
export function positive(kind: string, field: string, value: unknown): number {
  if (typeof value !== 'number' || !(value > 0 && value < Number.POSITIVE_INFINITY)) {
    fail(kind, field, 'a positive finite number', value);
  }
  return value;
}

/** Returns `value` if it is a finite number ≥ 0, else throws naming `kind` and `field`. */
export function nonNegative(kind: string, field: string, value: unknown): number {
  if (typeof value !== 'number' || !(value >= 0 && value < Number.POSITIVE_INFINITY)) {
    fail(kind, field, 'a non-negative finite number', value);
  }
  return value;
}

/** Returns `value` if it is a finite number, else throws naming `kind` and `field`. */
export function finite(kind: string, field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(kind, field, 'a finite number', value);
  return value;
}

/** Returns `value` if it is an integer ≥ 1, else throws naming `kind` and `field`. */
export function positiveInteger(kind: string, field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    fail(kind, field, 'a positive integer', value);
  }
  return value;
}

/** Returns `value` if it is a boolean, else throws naming `kind` and `field`. */
export function boolean(kind: string, field: string, value: unknown): boolean {
  if (typeof value !== 'boolean') fail(kind, field, 'true or false', value);
  return value;
}

/**
 * Returns a copy of `value` if it is a non-empty array of probabilities summing to 1 (within
 * 1e-9), else throws, e.g. `hyperexponential: probabilities must sum to 1, got 0.9`.
 */
export function probabilities(kind: string, field: string, value: unknown): number[] {
  if (!Array.isArray(value) || value.length === 0) {
    fail(kind, field, 'a non-empty array of probabilities', value);
  }
  let sum = 0;
  value.forEach((p: unknown, i) => {
    if (typeof p !== 'number' || !(p >= 0 && p <= 1)) {
      const message = `${kind}: ${field}[${i}] must be a probability in [0, 1], got ${formatValue(p)}`;
      throw typeof p === 'number' ? new RangeError(message) : new TypeError(message);
    }
    sum += p;
  });
  if (Math.abs(sum - 1) > 1e-9) {
    throw new RangeError(`${kind}: ${field} must sum to 1, got ${formatNumber(sum)}`);
  }
  return value.slice() as number[];
}

/**
 * Returns a copy of `value` if it is an array of exactly `length` (the length of `lengthField`)
 * positive finite numbers, else
 * throws naming the bad element, e.g. `hyperexponential: means[1] must be a positive finite number, got 0`.
 */
export function positiveArray(
  kind: string,
  field: string,
  value: unknown,
  lengthField: string,
  length: number,
): number[] {
  if (!Array.isArray(value)) fail(kind, field, `an array of ${length} positive finite numbers`, value);
  if (value.length !== length) {
    throw new RangeError(
      `${kind}: ${field} must have as many elements as ${lengthField} (${length}), got ${value.length}`,
    );
  }
  return value.map((v: unknown, i) => positive(kind, `${field}[${i}]`, v));
}

/**
 * Throws if a CDF argument is NaN (`kind: cdf argument must be a number, got NaN`).
 * Infinite arguments are fine.
 */
export function checkCdfArgument(kind: string, x: number): void {
  if (typeof x !== 'number' || x !== x) {
    throw new RangeError(`${kind}: cdf argument must be a number, got ${formatValue(x)}`);
  }
}
