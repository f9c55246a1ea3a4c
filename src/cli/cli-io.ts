import { writeOutputFile } from './output-file';

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
  if (out === undefined) io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  else writeOutputFile('--out', out, text);
}

/**
 * Makes a closed pipe end a command's output quietly. When the reader of `stream` goes away
 * (`routelab run ... | head -1`), Node reports `EPIPE` as an error event, which would otherwise
 * crash the process with a stack trace; it is ignored instead, the rest of the output is dropped,
 * and the command finishes as usual (the files it writes are still written). Any other error of
 * the stream goes to `onError`.
 */
export function quietOnBrokenPipe(stream: NodeJS.EventEmitter, onError: (error: Error) => void): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    onError(error);
  });
}
