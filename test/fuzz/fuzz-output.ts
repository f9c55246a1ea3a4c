import { closeSync, existsSync, linkSync, mkdirSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the fuzzer keeps failing cases: one folder, files written atomically (a temporary file
 * linked into place), never replacing a file that is already there.
 *
 * @module
 */

/**
 * Writes `text` to `dir/name` atomically, unless that file exists.
 *
 * @returns the path written, or undefined when the file was already there (it is left as it was)
 */
export function writeNewFile(dir: string, name: string, text: string): string | undefined {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, name);
  if (existsSync(target)) return undefined;
  const temporary = join(dir, `.${name}.${process.pid}.tmp`);
  const fd = openSync(temporary, 'wx');
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temporary, target);
    return target;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw error;
  } finally {
    unlinkSync(temporary);
  }
}
