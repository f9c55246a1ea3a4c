import { describe, expect, it } from 'vitest';
import { compareVariants, policyVariants, type ComparisonResult } from '../../src/experiment/compare';
import { helpDesk } from '../experiment/scenarios';
import { cli, tempDir, writeScenario } from './cli-harness';
import { parseCsv } from './csv-parse';

const dir = tempDir();
const base = writeScenario(dir, 'base.json', helpDesk(2));
const common = ['--replications', '3', '--threads', '1', '--seed', '9', '--format', 'json'];

async function comparison(args: readonly string[]): Promise<ComparisonResult> {
  const { code, stdout, stderr } = await cli(['compare', ...args, ...common]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as ComparisonResult;
}

describe('routelab compare over policies', () => {
  it('accepts --policy a --policy b, --policy a b, and a file after the policies', async () => {
    const repeated = await comparison([base, '--policy', 'longest-idle-agent', '--policy', 'best-skill']);
    const listed = await comparison([base, '--policy', 'longest-idle-agent', 'best-skill']);
    const fileLast = await comparison(['--policy', 'longest-idle-agent', 'best-skill', base]);
    expect(listed).toEqual(repeated);
    expect(fileLast).toEqual(repeated);
    const direct = await compareVariants(policyVariants(helpDesk(2), ['longest-idle-agent', 'best-skill']), { replications: 3, threads: 1, seed: 9 });
    expect(repeated).toEqual(JSON.parse(JSON.stringify(direct)));
  });

  it('--baseline picks the design the others are compared with', async () => {
    const result = await comparison([base, '--policy', 'longest-idle-agent', 'best-skill', '--baseline', 'best-skill']);
    expect(result.baseline).toBe('best-skill');
    expect(result.differences.map((d) => d.variant)).toEqual(['longest-idle-agent']);
  });
});

describe('routelab compare over scenario files', () => {
  it('names designs by scenario name and gives them common random numbers', async () => {
    const twin = writeScenario(dir, 'twin.json', { ...helpDesk(2), name: 'twin' });
    const result = await comparison([base, twin]);
    expect(result.variants.map((v) => v.name)).toEqual(['help-desk', 'twin']);
    expect(result.mode).toBe('common');
    // Same model, same seed, same replications: every paired difference is exactly 0.
    const diffs = Object.values(result.differences[0]!.summary);
    expect(diffs.length).toBeGreaterThan(10);
    for (const d of diffs) if (d !== undefined && d.n > 0) expect([d.mean, d.sd]).toEqual([0, 0]);
  });

  it('finds a real difference between staffing levels', async () => {
    const more = helpDesk(2);
    const variant = writeScenario(dir, 'more-agents.json', {
      ...more,
      name: 'more agents',
      agentGroups: more.agentGroups.map((g) => ({ ...g, agents: (g.agents as number) + 3 })),
    });
    const result = await comparison([base, variant]);
    const sl = result.differences[0]!.summary['overall.serviceLevel']!;
    expect(sl.mean).toBeGreaterThan(0);
    expect(sl.significant).toBe(true);
  });

  it('falls back to file names when scenario names repeat', async () => {
    const other = writeScenario(dir, 'other.json', { ...helpDesk(2), routing: { policy: 'best-skill' } });
    const result = await comparison([base, other]);
    expect(result.variants.map((v) => v.name)).toEqual(['base', 'other']);
  });

  it('one --policy applies to every file', async () => {
    const twin = writeScenario(dir, 'twin2.json', { ...helpDesk(2), name: 'twin2' });
    const result = await comparison([base, twin, '--policy', 'random-agent']);
    expect(result.variants.map((v) => v.experiment.policy)).toEqual(['random-agent', 'random-agent']);
  });

  it('--format csv: summary and difference lines', async () => {
    const { code, stdout } = await cli(['compare', base, '--policy', 'longest-idle-agent', 'best-skill', '--replications', '2', '--threads', '1', '--format', 'csv']);
    expect(code).toBe(0);
    const rows = parseCsv(stdout);
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set(['summary', 'difference']));
  });

  it('--format html: a report of every design', async () => {
    const twin = writeScenario(dir, 'twin3.json', { ...helpDesk(2), name: 'staffing-b' });
    const { code, stdout } = await cli(['compare', base, twin, '--replications', '2', '--threads', '1', '--format', 'html']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!DOCTYPE html>/);
    expect(stdout).toContain('staffing-b');
  });

  it('prints a table by default', async () => {
    const { code, stdout } = await cli(['compare', base, '--policy', 'longest-idle-agent', 'best-skill', '--replications', '2', '--threads', '1']);
    expect(code).toBe(0);
    expect(stdout).toContain('best-skill − longest-idle-agent');
    expect(stdout).toContain('common random numbers');
  });
});
