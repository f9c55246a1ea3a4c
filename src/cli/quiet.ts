import { Writable } from 'node:stream';
import type { CliIo } from './cli-io';

/**
 * `--quiet`: the streams a command writes through when it should print no progress bar, warning,
 * hint or note on stderr. Errors still reach stderr: they are written by the program from the
 * error a command throws, not through these streams.
 *
 * @module
 */

/** Help text of `--quiet`. */
export const QUIET_HELP = 'no progress bar and no warnings on stderr (errors are still printed)';

/** `io` itself, or, when `quiet`, `io` whose stderr discards everything and is not a terminal. */
export function quietIo(io: CliIo, quiet: boolean | undefined): CliIo {
  if (quiet !== true) return io;
  const silent = new Writable({ write: (_chunk, _encoding, callback) => callback() });
  return { ...io, stderr: Object.assign(silent, { isTTY: false }) };
}
