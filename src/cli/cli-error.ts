/** An error meant for the user: the CLI prints its message (no stack) and exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Parses a `--seed` value: an integer. */
export function parseSeed(text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isSafeInteger(n)) throw new CliError(`--seed: expected an integer, got '${text}'`);
  return n;
}

/** Parses a positive integer option. */
export function positiveInteger(flag: string, text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isSafeInteger(n) || n < 1) throw new CliError(`${flag}: expected a positive integer, got '${text}'`);
  return n;
}

/** Parses a non-negative integer option. */
export function nonNegativeInteger(flag: string, text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isSafeInteger(n) || n < 0) throw new CliError(`${flag}: expected a non-negative integer, got '${text}'`);
  return n;
}
