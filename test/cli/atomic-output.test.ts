import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTraceFile } from '../../src/cli/trace-file';
import { helpDesk } from '../experiment/scenarios';
import { cli, tempDir, writeScenario } from './cli-harness';

describe('outputs are written atomically', () => {
  it('a run that fails while its trace streams leaves the previous trace as it was, and no temporary file', () => {
    const dir = tempDir();
    const trace = join(dir, 't.csv');
    writeFileSync(trace, 'the previous trace\n');
    expect(() =>
      withTraceFile(trace, (writeLine) => {
        for (let i = 0; i < 100_000; i++) writeLine(`contact ${i},a line long enough to be flushed to the disk several times`);
        throw new Error('engine failure');
      }),
    ).toThrow('engine failure');
    expect(readFileSync(trace, 'utf8')).toBe('the previous trace\n');
    expect(readdirSync(dir)).toEqual(['t.csv']);
  });

  it('a trace that completes replaces the previous one', () => {
    const dir = tempDir();
    const trace = join(dir, 't.csv');
    writeFileSync(trace, 'the previous trace\n');
    expect(withTraceFile(trace, (writeLine) => (writeLine('a'), writeLine('b'), 42))).toBe(42);
    expect(readFileSync(trace, 'utf8')).toBe('a\nb\n');
    expect(readdirSync(dir)).toEqual(['t.csv']);
  });

  it('a command that fails after the checks leaves the previous --out as it was', async () => {
    const dir = tempDir();
    const file = writeScenario(dir, 'help-desk.json', helpDesk(1));
    const out = join(dir, 'o.json');
    expect((await cli(['run', file, '--format', 'json', '--out', out])).code).toBe(0);
    const before = readFileSync(out, 'utf8');
    // compare with a baseline that is no design: fails after the output checks, before writing
    const failed = await cli(['compare', file, '--policy', 'best-skill', 'random-agent', '--replications', '2', '--threads', '1', '--baseline', 'nope', '--out', out]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/nope/);
    expect(readFileSync(out, 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['help-desk.json', 'o.json']);
  });

  it('a new output replaces the old one whole, keeping its permissions', async () => {
    const dir = tempDir();
    const file = writeScenario(dir, 'help-desk.json', helpDesk(1));
    const out = join(dir, 'o.csv');
    writeFileSync(out, 'old content that is longer than nothing\n'.repeat(10_000), { mode: 0o640 });
    expect((await cli(['run', file, '--format', 'csv', '--out', out])).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toContain('old content');
    expect(text.startsWith('metric,')).toBe(true);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).sort()).toEqual(['help-desk.json', 'o.csv']);
  });
});
