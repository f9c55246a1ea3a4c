/**
 * Input checks shared by the fitting functions: every message names the function, the
 * parameter and the offending value.
 *
 * @module
 */

/** Describes a value for an error message. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return value === null ? 'null' : typeof value === 'object' ? 'an object' : String(value);
}

/** Checks that `samples` is an array (or typed array) of numbers and returns its length. */
export function checkSampleArray(owner: string, name: string, samples: unknown): number {
  const ok = Array.isArray(samples) || (ArrayBuffer.isView(samples) && !(samples instanceof DataView));
  if (!ok) {
    throw new TypeError(`${owner}: ${name} must be an array of numbers, got ${describeValue(samples)}`);
  }
  return (samples as ArrayLike<unknown>).length;
}

/** Reads `samples[i]` and checks that it passes `accept`, explaining `expected` otherwise. */
export function sampleAt(
  owner: string,
  name: string,
  samples: ArrayLike<unknown>,
  i: number,
  accept: (x: number) => boolean,
  expected: string,
): number {
  const x = samples[i];
  if (typeof x !== 'number') throw new TypeError(`${owner}: ${name}[${i}] must be a number, got ${describeValue(x)}`);
  if (!accept(x)) throw new RangeError(`${owner}: ${name}[${i}] must be ${expected}, got ${x}`);
  return x;
}
