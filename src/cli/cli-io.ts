import { writeFileSync } from 'node:fs';

/**
 * Where the command line writes: stdout for results, stderr for messages, hints and the progress
 * bar. Injected so that tests can run the program in-process and capture both.
 *
 * @module
 */

/** A writable text stream; `isTTY` is true on a terminal. */
export type CliStream = NodeJS.WritableStream & { readonly isTTY?: boolean };

/** The two output streams of the command line. */
export interface CliIo {
  /** Results only (machine-readable in json and csv modes). */
  readonly stdout: CliStream;
  /** Warnings, errors, hints and the progress bar. */
  readonly stderr: CliStream;
}

/** The process's own streams. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr };
}

/**
 * Writes a command's output to the file `out`, or to stdout when `out` is undefined. The text gets
 * a final newline if it has none.
 */
export function emit(io: CliIo, text: string, out: string | undefined): void {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  if (out === undefined) io.stdout.write(body);
  else writeFileSync(out, body);
}
