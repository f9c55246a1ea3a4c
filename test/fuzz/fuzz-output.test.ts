import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeNewFile } from './fuzz-output';

describe('writeNewFile()', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('writes a new file and never replaces one that is there, leaving no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'routelab-fuzz-'));
    dirs.push(dir);
    expect(writeNewFile(join(dir, 'out'), 'case.json', 'first')).toBe(join(dir, 'out', 'case.json'));
    expect(writeNewFile(join(dir, 'out'), 'case.json', 'second')).toBeUndefined();
    expect(readFileSync(join(dir, 'out', 'case.json'), 'utf8')).toBe('first');
    expect(readdirSync(join(dir, 'out'))).toEqual(['case.json']);
  });
});
