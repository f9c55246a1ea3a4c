import { fileProblem } from '../scenario/read-text';
import { AtomicFile } from './atomic-file';
import { CliError } from './cli-error';

/**
 * The `--trace` file: created before the run (so that a bad path fails at once, not after the
 * simulation), written line by line through a buffer with synchronous writes, so that a write
 * error surfaces as a one-line CliError naming `--trace` instead of an unhandled stream error.
 * The lines stream to a temporary file next to it, renamed over it by {@link TraceFile.close}:
 * a run that fails or is interrupted leaves an older trace as it was and no temporary file.
 */
export class TraceFile {
  private readonly out: AtomicFile;
  private buffer = '';
  private done = false;
  private static readonly FLUSH_AT = 1 << 16;

  /**
   * Creates the temporary file next to `file`.
   *
   * @throws CliError `--trace: cannot write '<file>': <reason>`
   */
  constructor(readonly file: string) {
    this.out = this.attempt(() => new AtomicFile(file));
  }

  /** Appends one line (a newline is added). */
  writeLine(line: string): void {
    this.buffer += `${line}\n`;
    if (this.buffer.length >= TraceFile.FLUSH_AT) this.flush();
  }

  /** Writes what is buffered and puts the complete trace in place of `file`. */
  close(): void {
    this.flush();
    this.attempt(() => this.out.commit());
    this.done = true;
  }

  /** Removes the temporary file unless {@link TraceFile.close} put it in place (safe to call always). */
  discard(): void {
    if (!this.done) this.out.abort();
    this.done = true;
  }

  private flush(): void {
    const text = this.buffer;
    this.buffer = '';
    if (text !== '') this.attempt(() => this.out.write(text));
  }

  private attempt<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw new CliError(`--trace: cannot write '${this.file}': ${fileProblem(error)}`);
    }
  }
}

/**
 * Streams a trace to `file` while `produce` runs: the lines it writes go to a temporary file,
 * put in place of `file` when `produce` returns, removed when it throws (an older trace stays as
 * it was).
 *
 * @returns what `produce` returns
 * @throws CliError naming `--trace` when the file cannot be written; what `produce` throws
 */
export function withTraceFile<T>(file: string, produce: (writeLine: (line: string) => void) => T): T {
  const trace = new TraceFile(file);
  try {
    const result = produce((line) => trace.writeLine(line));
    trace.close();
    return result;
  } finally {
    trace.discard();
  }
}
