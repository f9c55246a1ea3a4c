import { readFileSync } from 'node:fs';
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
  /**
   * Reads all of standard input as UTF-8 text (a scenario given as `-`).
   * @default reads the process's standard input (file descriptor 0) to its end
   */
  readonly stdin?: () => string;
}

/** Reads the process's standard input to its end. */
export function readProcessStdin(): string {
  return readFileSync(0, 'utf8');
}

/**
 * The standard input reader of `io`, reading at most once: a command that loads `-` several times
 * (`compare - --policy a b`) gets the same text each time.
 */
export function stdinOnce(io: CliIo): () => string {
  const read = io.stdin ?? readProcessStdin;
  let text: string | undefined;
  return () => (text ??= read());
}

/** The process's own streams. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: readProcessStdin };
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
