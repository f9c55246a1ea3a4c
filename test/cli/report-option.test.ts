import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVariants, policyVariants } from '../../src/experiment/compare';
import { COMPARISON_HEADLINES } from '../../src/report/comparison-table';
import { formatDifference, formatSummary } from '../../src/report/summary-table';
import { helpDesk } from '../experiment/scenarios';
import { cli, tempDir, writeScenario } from './cli-harness';
import { metricAt } from '../../src/experiment/metric-keys';

const dir = tempDir();
const base = writeScenario(dir, 'base.json', helpDesk(2));
const quick = ['--replications', '3', '--threads', '1', '--seed', '4'];

describe('--report FILE', () => {
  it('compare prints the table on stdout and writes the HTML report to the file', async () => {
    const report = join(dir, 'compare.html');
    const { code, stdout, stderr } = await cli(['compare', base, '--policy', 'longest-idle-agent', 'best-skill', ...quick, '--report', report]);
    expect(code).toBe(0);
    expect(stdout).not.toContain('<html');
    expect(stderr).toContain(`report written to ${report}`);
    const html = readFileSync(report, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('best-skill');

    // The table shows each design's summaries and the paired differences, formatted from the same numbers.
    const result = await compareVariants(policyVariants(helpDesk(2), ['longest-idle-agent', 'best-skill']), { replications: 3, threads: 1, seed: 4 });
    for (const column of COMPARISON_HEADLINES) {
      expect(stdout).toContain(column.label);
      for (const v of result.variants) expect(stdout).toContain(formatSummary(metricAt(v.experiment.summary, column.path), column.unit));
      expect(stdout).toContain(formatDifference(metricAt(result.differences[0]!.summary, column.path), column.unit));
    }
  });

  it('run writes the report with json still alone on stdout', async () => {
    const report = join(dir, 'run.html');
    const { code, stdout } = await cli(['run', base, ...quick, '--format', 'json', '--report', report]);
    expect(code).toBe(0);
    expect(() => JSON.parse(stdout)).not.toThrow();
    expect(readFileSync(report, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('a report that cannot be written is a one-line error', async () => {
    const report = join(dir, 'no-such-dir', 'r.html');
    const { code, stderr } = await cli(['run', base, '--report', report]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/--report: cannot write/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(report)).toBe(false);
  });
});
