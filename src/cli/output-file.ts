import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileProblem } from '../scenario/read-text';
import { writeFileAtomically } from './atomic-file';
import { CliError } from './cli-error';
import { sameFile } from './file-identity';

/**
 * The files a command writes (`--out`, `--report`, `--trace`): checked before the work starts,
 * never the same as an input of the command or as another output, and written atomically with
 * errors that name the option.
 *
 * Every command gets the checks from the program's `preAction` hook ({@link guardOutputs}); a
 * command that reads more files than its arguments name (the bases a scenario `extends`, a data
 * file named inside a scenario) passes each to {@link OutputFiles.refuseInput} before it runs:
 *
 * ```ts
 * .action((file: string, opts: MyOptions, command: Command) => {
 *   const outputs = outputFilesOf(command);            // checked by the hook
 *   const scenario = loadScenario(file, { outputs });  // refuses an output naming any file of the extends chain
 *   outputs.refuseInput(opts.calls, 'the call-record file');
 *   writeOutputFile('--out', opts.out, text);          // atomic
 * });
 * ```
 *
 * @module
 */

/** Long flags that name a file a command writes, whatever the command. */
export const OUTPUT_FLAGS: readonly string[] = ['--out', '--report', '--trace'];

/**
 * Checks that `file`, the value of `flag`, can be written, without creating it: it is not a
 * folder, it is writable if it exists, and its folder exists and is writable (outputs are written
 * to a temporary file there first; a device such as `/dev/null` needs no folder). Call it before a
 * long run, so that a typo in a path does not cost the run.
 *
 * @throws CliError (exit code 1) like `--trace: cannot write '/nonexistent/t.csv': no such folder '/nonexistent'`
 */
export function checkWritable(flag: string, file: string): void {
  const fail = (why: string): never => {
    throw new CliError(`${flag}: cannot write '${file}': ${why}`);
  };
  let regular = true;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) fail('it is a folder');
    regular = stat.isFile();
    accessSync(file, constants.W_OK);
  } catch (error) {
    if (error instanceof CliError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') fail(fileProblem(error));
  }
  if (!regular) return;
  const folder = dirname(realTarget(file));
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    fail(`no such folder '${folder}'`);
  }
  if (!isFolder) fail(`'${folder}' is not a folder`);
  try {
    accessSync(folder, constants.W_OK);
  } catch (error) {
    fail(`its folder '${folder}' is not writable (${fileProblem(error)}; an output is written to a temporary file there first)`);
  }
}

/** The file a path leads to (symbolic links followed), or the path itself when it does not exist. */
function realTarget(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** `, the same file by another name` when `b` is spelled otherwise than `a`. */
function alias(a: string, b: string): string {
  return a === b ? '' : ', the same file by another name';
}

/**
 * The output files of one command, checked: each can be written and no two are the same file.
 * Inputs are refused with {@link OutputFiles.refuseInput}.
 */
export class OutputFiles {
  private readonly outputs: readonly (readonly [flag: string, file: string])[];

  /**
   * @param files - the outputs by flag, e.g. `{ '--out': opts.out }` (undefined: not given)
   * @throws CliError (exit code 1) when one cannot be written (see {@link checkWritable}) or two
   *   name the same file: `--report: 'same.txt' is also the --out file; give each output its own file`
   */
  constructor(files: Readonly<Record<string, string | undefined>>) {
    const outputs = Object.entries(files).filter((entry): entry is [string, string] => entry[1] !== undefined);
    for (const [flag, file] of outputs) checkWritable(flag, file);
    outputs.forEach(([flag, file], k) => {
      const earlier = outputs.slice(0, k).find(([, other]) => sameFile(file, other));
      if (earlier !== undefined) {
        const other = earlier[1] === file ? '' : ` ('${earlier[1]}'${alias(file, earlier[1])})`;
        throw new CliError(`${flag}: '${file}' is also the ${earlier[0]} file${other}; give each output its own file`);
      }
    });
    this.outputs = outputs;
  }

  /** The files given, by flag. */
  get files(): Readonly<Record<string, string>> {
    return Object.fromEntries(this.outputs);
  }

  /**
   * Refuses an input of the command that an output names (compared as files: symbolic links,
   * `./a` and `a`, hard links).
   *
   * @param file - the input file, as named
   * @param what - what it is, for the message: `the scenario file`, `a shard file`, `the base file that 'child.yaml' extends`
   * @throws CliError (exit code 1): `--out: 's.yaml' is an input of this command (the scenario file: 's.yaml'); an output never replaces an input: give --out another file`
   */
  refuseInput(file: string, what: string): void {
    for (const [flag, out] of this.outputs) {
      if (!sameFile(out, file)) continue;
      throw new CliError(`${flag}: '${out}' is an input of this command (${what}: '${file}'${alias(out, file)}); an output never replaces an input: give ${flag} another file`);
    }
  }
}

/**
 * Checks the output files of a command (see {@link OutputFiles}) and returns them, to refuse
 * inputs with.
 */
export function checkOutputFiles(files: Readonly<Record<string, string | undefined>>): OutputFiles {
  return new OutputFiles(files);
}

/**
 * Writes `text` to `file` with a final newline, atomically: to a temporary file in the same
 * folder, renamed over `file` once complete (see {@link AtomicFile}).
 *
 * @throws CliError naming `flag`: `--out: cannot write 'x/y.txt': permission denied`
 */
export function writeOutputFile(flag: string, file: string, text: string): void {
  try {
    writeFileAtomically(file, text.endsWith('\n') ? text : `${text}\n`);
  } catch (error) {
    throw new CliError(`${flag}: cannot write '${file}': ${fileProblem(error)}`);
  }
}
