import { closeSync, fchmodSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writing an output file atomically: the bytes go to a temporary file in the same folder
 * (`.<name>.<pid>.<n>.tmp`), which is renamed over the file once complete, so that a failed or
 * interrupted command never leaves a half-written file in place of the old one. A temporary file
 * is removed when the writing fails, and on SIGINT, SIGTERM or SIGHUP while it is open.
 *
 * @module
 */

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const pending = new Set<AtomicFile>();
let counter = 0;
let watching = false;

function removePending(): void {
  for (const file of [...pending]) file.abort();
}

/** Removes the temporary files, then lets the signal end the process as it would have. */
function onSignal(signal: NodeJS.Signals): void {
  removePending();
  stopWatchingSignals();
  process.kill(process.pid, signal);
}

/**
 * Watches the signals from the first temporary file on, and keeps watching: Node delivers a
 * signal only when the event loop is free, so a Ctrl-C during a synchronous run (a `--trace`
 * simulation) arrives after it; the process then still ends by the signal.
 */
function watchSignals(): void {
  if (watching) return;
  watching = true;
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

function stopWatchingSignals(): void {
  watching = false;
  for (const signal of SIGNALS) process.off(signal, onSignal);
}

/** The file a path names, symbolic links followed (the link stays a link to the new file). */
function targetOf(file: string): { path: string; mode?: number; regular: boolean } {
  let path = file;
  try {
    if (lstatSync(file).isSymbolicLink()) path = realpathSync(file);
    const stat = statSync(path);
    return { path, mode: stat.mode & 0o7777, regular: stat.isFile() };
  } catch {
    return { path, regular: true }; // a new file (or a dangling link, replaced)
  }
}

/**
 * An output file being written: {@link AtomicFile.write} appends to a temporary file next to it,
 * {@link AtomicFile.commit} renames that over the file, {@link AtomicFile.abort} removes it. A path
 * that names a device or a pipe (`/dev/stdout`) is written directly.
 */
export class AtomicFile {
  /** The file written in the end (symbolic links followed). */
  readonly target: string;
  /** Where the bytes go until {@link AtomicFile.commit}: the temporary file, or the target for a device. */
  readonly temp: string;
  private fd: number | undefined;

  /**
   * Creates the temporary file.
   *
   * @param file - the output file
   * @throws the file system's error when the temporary file cannot be created
   */
  constructor(file: string) {
    const target = targetOf(file);
    this.target = target.path;
    if (!target.regular) {
      this.temp = target.path;
      this.fd = openSync(target.path, 'w');
      return;
    }
    for (;;) {
      const temp = join(dirname(target.path), `.${basename(target.path)}.${process.pid}.${++counter}.tmp`);
      try {
        this.fd = openSync(temp, 'wx');
        this.temp = temp;
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    watchSignals();
    pending.add(this);
    if (target.mode !== undefined) fchmodSync(this.fd, target.mode);
  }

  /** Appends `data`. */
  write(data: string | Uint8Array): void {
    if (this.fd === undefined) throw new Error(`${this.target}: already closed`);
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at);
  }

  /** Flushes the temporary file to disk and renames it over the target. */
  commit(): void {
    if (this.fd === undefined) throw new Error(`${this.target}: already closed`);
    const fd = this.fd;
    try {
      if (this.temp !== this.target) fsyncSync(fd);
    } finally {
      this.fd = undefined;
      closeSync(fd);
    }
    if (this.temp !== this.target) renameSync(this.temp, this.target);
    this.forget();
  }

  /** Closes and removes the temporary file (the target keeps its old content); safe to call twice. */
  abort(): void {
    if (this.fd !== undefined) {
      try {
        closeSync(this.fd);
      } catch {
        // already closed or gone: removing it is what matters
      }
      this.fd = undefined;
    }
    if (this.temp !== this.target) {
      try {
        unlinkSync(this.temp);
      } catch {
        // already removed
      }
    }
    this.forget();
  }

  private forget(): void {
    pending.delete(this);
  }
}

/** Writes `data` to `file` atomically (see {@link AtomicFile}); on error nothing is left behind. */
export function writeFileAtomically(file: string, data: string | Uint8Array): void {
  const out = new AtomicFile(file);
  try {
    out.write(data);
    out.commit();
  } catch (error) {
    out.abort();
    throw error;
  }
}
