import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextFile, UnreadableFileError } from '../../src/scenario/read-text';
import { tempDir } from '../cli/cli-harness';

const dir = tempDir();

/** The problem readTextFile reports for `path`. */
function problemOf(path: string, maxBytes?: number): string {
  try {
    readTextFile(path, maxBytes);
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableFileError);
    expect((error as UnreadableFileError).message).toBe(`${path}: ${(error as UnreadableFileError).problem}`);
    return (error as UnreadableFileError).problem;
  }
  throw new Error(`${path} was read`);
}

describe('readTextFile()', () => {
  it('reads UTF-8 text', () => {
    const file = join(dir, 'ok.yaml');
    writeFileSync(file, 'name: café ☎\n');
    expect(readTextFile(file)).toBe('name: café ☎\n');
  });

  it('says in words what is wrong: missing, folder, device, too large', () => {
    expect(problemOf(join(dir, 'none.yaml'))).toBe('no such file');
    const folder = join(dir, 'adir');
    mkdirSync(folder);
    expect(problemOf(folder)).toBe('it is a folder, not a file');
    expect(problemOf('/dev/null')).toBe('it is not a regular file (a device, pipe or socket)');
    const big = join(dir, 'big.yaml');
    writeFileSync(big, 'x'.repeat(3 * 1024 * 1024));
    expect(problemOf(big, 1024 * 1024)).toBe('it is too large to read (3.0 MB; the limit is 1.0 MB)');
  });

  it('detects binary files: a NUL byte, or bytes that are not UTF-8', () => {
    const nul = join(dir, 'nul.yaml');
    writeFileSync(nul, Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x00, 0x01]));
    expect(problemOf(nul)).toBe('it is a binary file, not text (a NUL byte at byte 4)');
    const latin1 = join(dir, 'latin1.yaml');
    writeFileSync(latin1, Buffer.from('name: caf\xe9\n', 'latin1'));
    expect(problemOf(latin1)).toBe('it is not UTF-8 text (a binary file, or text in another encoding)');
  });
});
