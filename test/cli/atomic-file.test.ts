import { spawn } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AtomicFile, writeFileAtomically } from '../../src/cli/atomic-file';
import { tempDir } from './cli-harness';

const root = fileURLToPath(new URL('../..', import.meta.url));
const child = fileURLToPath(new URL('./atomic-file-child.ts', import.meta.url));

describe('AtomicFile', () => {
  it('writes to a temporary file in the same folder and renames it over the file on commit', () => {
    const dir = tempDir();
    const file = join(dir, 'out.txt');
    writeFileSync(file, 'old\n');
    const out = new AtomicFile(file);
    out.write('new ');
    expect(out.temp.startsWith(join(dir, '.out.txt.'))).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('old\n'); // untouched until the commit
    out.write('content\n');
    out.commit();
    expect(readFileSync(file, 'utf8')).toBe('new content\n');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  it('abort() removes the temporary file and keeps the old content', () => {
    const dir = tempDir();
    const file = join(dir, 'out.txt');
    writeFileSync(file, 'old\n');
    const out = new AtomicFile(file);
    out.write('partial');
    out.abort();
    out.abort();
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  it('writes through a symbolic link: the link stays, its target gets the content', () => {
    const dir = tempDir();
    const target = join(dir, 'real.txt');
    const link = join(dir, 'link.txt');
    writeFileSync(target, 'old\n');
    symlinkSync(target, link);
    writeFileAtomically(link, 'new\n');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('new\n');
  });

  it('on SIGINT the temporary file is removed, the old file kept, and the process ends by the signal', async () => {
    const dir = tempDir();
    const file = join(dir, 'out.txt');
    writeFileSync(file, 'old\n');
    const outcome = await new Promise<{ signal: string | null; temp: string }>((resolve, reject) => {
      const proc = spawn(process.execPath, ['--import', 'tsx', child, file], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
      let temp = '';
      proc.stdout.on('data', (chunk: Buffer) => {
        temp += chunk.toString();
        if (temp.endsWith('\n')) {
          expect(existsSync(temp.trim())).toBe(true);
          proc.kill('SIGINT');
        }
      });
      proc.on('error', reject);
      proc.on('close', (_code, signal) => resolve({ signal, temp: temp.trim() }));
    });
    expect(outcome.signal).toBe('SIGINT');
    expect(existsSync(outcome.temp)).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  }, 20_000);
});
