import { readFileSync, statSync } from 'node:fs';

/**
 * Reading a text file the user names (a scenario file, a base it extends, a shard), with every
 * problem said in words: a missing file, a folder, a file too large to read, a binary file.
 *
 * @module
 */

/** Largest file read as text, in bytes (V8 cannot hold a string much longer than 512 MiB). */
export const MAX_TEXT_FILE_BYTES = 500 * 1024 * 1024;

/** A file that cannot be read as text; `problem` says why in words, without the file's name. */
export class UnreadableFileError extends Error {
  /** The file, as named. */
  readonly file: string;
  /** Why, in words: `no such file`, `it is a folder, not a file`, `it is a binary file (...)`. */
  readonly problem: string;

  /**
   * @param file - the file, as named
   * @param problem - why it cannot be read, in words
   */
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'UnreadableFileError';
    this.file = file;
    this.problem = problem;
  }
}

const ERRNO_WORDS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of its path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links (a link points to itself?)',
  ENAMETOOLONG: 'the file name is too long',
  EMFILE: 'too many open files',
  ENOSPC: 'no space left on the device',
  EROFS: 'the file system is read-only',
};

/** A file-system error in words: `no such file`, `permission denied`, ... (else the error's message). */
export function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && ERRNO_WORDS[code] !== undefined) return ERRNO_WORDS[code];
  return error instanceof Error ? error.message : String(error);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a byte buffer, or the problem that makes it no text file. */
function decode(bytes: Buffer): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new Error(`it is a binary file, not text (a NUL byte at byte ${nul})`);
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new Error('it is not UTF-8 text (a binary file, or text in another encoding)');
  }
}

/**
 * Reads a UTF-8 text file.
 *
 * @param path - the file
 * @param maxBytes - largest size accepted
 * @throws UnreadableFileError when the file does not exist, is a folder or not a regular file,
 *   cannot be read, is larger than `maxBytes`, contains a NUL byte or is not valid UTF-8
 */
export function readTextFile(path: string, maxBytes = MAX_TEXT_FILE_BYTES): string {
  const fail = (problem: string): never => {
    throw new UnreadableFileError(path, problem);
  };
  let size = 0;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) fail(ERRNO_WORDS['EISDIR']!);
    if (!stat.isFile()) fail('it is not a regular file (a device, pipe or socket)');
    size = stat.size;
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    fail(fileProblem(error));
  }
  if (size > maxBytes) fail(`it is too large to read (${megabytes(size)}; the limit is ${megabytes(maxBytes)})`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return fail(fileProblem(error));
  }
  try {
    return decode(bytes);
  } catch (error) {
    return fail((error as Error).message);
  }
}
