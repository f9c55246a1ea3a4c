import { closeSync, openSync, writeSync } from 'node:fs';
import { CliError } from './cli-error';

/**
 * The `--trace` file: opened before the run (so that a bad path fails at once, not after the
 * simulation), written line by line through a buffer with synchronous writes, so that a write
 * error surfaces as a one-line CliError naming `--trace` instead of an unhandled stream error.
 */
export class TraceFile {
  private readonly fd: number;
  private buffer = '';
  private static readonly FLUSH_AT = 1 << 16;

  /**
   * Creates (or empties) `file`.
   *
   * @throws CliError `--trace: cannot write '<file>': <reason>`
   */
  constructor(readonly file: string) {
    this.fd = this.attempt(() => openSync(file, 'w'));
  }

  /** Appends one line (a newline is added). */
  writeLine(line: string): void {
    this.buffer += `${line}\n`;
    if (this.buffer.length >= TraceFile.FLUSH_AT) this.flush();
  }

  /** Writes what is buffered and closes the file (safe to call once the run failed). */
  close(): void {
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }

  private flush(): void {
    const text = this.buffer;
    this.buffer = '';
    if (text === '') return;
    const bytes = Buffer.from(text);
    this.attempt(() => {
      for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at);
    });
  }

  private attempt<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw new CliError(`--trace: cannot write '${this.file}': ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
