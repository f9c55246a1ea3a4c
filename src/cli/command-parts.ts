import { positiveInteger } from './cli-error';
import { emit, type CliIo } from './cli-io';
import type { OutputFormat } from './output-format';

/**
 * Small pieces shared by the commands.
 *
 * @module
 */

/** `{ threads }` from a `--threads` value, or `{}` when not given. */
export function threadsOption(text: string | undefined): { threads?: number } {
  return text === undefined ? {} : { threads: positiveInteger('--threads', text) };
}

/**
 * Writes a command's result (see {@link emit}); an HTML page sent to a terminal gets a hint on
 * stderr to use `--out`.
 */
export function emitResult(io: CliIo, format: OutputFormat, text: string, out: string | undefined): void {
  if (format === 'html' && out === undefined && io.stdout.isTTY === true) {
    io.stderr.write('hint: this is an HTML page; write it to a file with --out report.html and open that in a browser\n');
  }
  emit(io, text, out);
}
