import { accessSync, constants, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CliError } from './cli-error';

/**
 * The files a command writes (`--out`, `--report`, `--trace`): checked before the work starts,
 * and written with errors that name the option.
 *
 * @module
 */

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Checks that `file`, the value of `flag`, can be written, without creating it: it is not a
 * folder, and its folder exists and is writable. Call it before a long run, so that a typo in a
 * path does not cost the run.
 *
 * @throws CliError (exit code 1) like `--trace: cannot write '/nonexistent/t.csv': no such folder '/nonexistent'`
 */
export function checkWritable(flag: string, file: string): void {
  const fail = (why: string): never => {
    throw new CliError(`${flag}: cannot write '${file}': ${why}`);
  };
  let target: string = file;
  try {
    if (statSync(file).isDirectory()) fail('it is a folder');
  } catch (error) {
    if (error instanceof CliError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') fail(reason(error));
    const folder = dirname(file);
    let isFolder = false;
    try {
      isFolder = statSync(folder).isDirectory();
    } catch {
      fail(`no such folder '${folder}'`);
    }
    if (!isFolder) fail(`'${folder}' is not a folder`);
    target = folder;
  }
  try {
    accessSync(target, constants.W_OK);
  } catch (error) {
    fail(reason(error));
  }
}

/** Checks each file that is given (see {@link checkWritable}), e.g. `{ '--out': opts.out }`. */
export function checkOutputFiles(files: Readonly<Record<string, string | undefined>>): void {
  for (const [flag, file] of Object.entries(files)) if (file !== undefined) checkWritable(flag, file);
}

/**
 * Writes `text` to `file` with a final newline.
 *
 * @throws CliError naming `flag`: `--out: cannot write 'x/y.txt': ENOENT: no such file or directory, ...`
 */
export function writeOutputFile(flag: string, file: string, text: string): void {
  try {
    writeFileSync(file, text.endsWith('\n') ? text : `${text}\n`);
  } catch (error) {
    throw new CliError(`${flag}: cannot write '${file}': ${reason(error)}`);
  }
}
