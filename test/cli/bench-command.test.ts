import { describe, expect, it } from 'vitest';
import { BENCH_FORMAT, type BenchResult } from '../../src/cli/bench';
import { helpDesk } from '../experiment/scenarios';
import { cli, tempDir, writeScenario } from './cli-harness';

describe('routelab bench', () => {
  it('times the built-in M/M/100+M center and reports sane fields as JSON', async () => {
    const { code, stdout, stderr } = await cli(['bench', '--arrivals', '2000', '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as BenchResult;
    expect(r).toMatchObject({ format: BENCH_FORMAT, version: 1, arrivals: 2000, seed: 1, node: process.version });
    // Poisson arrivals: 2000 expected, sd √2000 ≈ 45; 5 sd either side.
    expect(Math.abs(r.contacts - 2000)).toBeLessThan(5 * Math.sqrt(2000));
    // at least an arrival and an end of service or abandonment per contact
    expect(r.events).toBeGreaterThanOrEqual(2 * r.contacts);
    expect(r.wallSeconds).toBeGreaterThan(0);
    expect(r.contactsPerSecond).toBeCloseTo(r.contacts / r.wallSeconds, 6);
    expect(r.eventsPerSecond).toBeCloseTo(r.events / r.wallSeconds, 6);
    expect(r.cpu.length).toBeGreaterThan(0);
    expect(r.cpus).toBeGreaterThan(0);
  });

  it('reports the median of several runs of the same work', async () => {
    const { stdout } = await cli(['bench', '--arrivals', '500', '--runs', '3', '--format', 'json']);
    const r = JSON.parse(stdout) as BenchResult;
    expect(r.wallSecondsPerRun).toHaveLength(3);
    expect(r.wallSeconds).toBe([...r.wallSecondsPerRun].sort((a, b) => a - b)[1]);
  });

  it('prints a table, and times a scenario file', async () => {
    const table = await cli(['bench', '--arrivals', '500']);
    expect(table.stdout).toMatch(/^contacts\/s\s+[\d,]+$/m);
    expect(table.stdout).toContain(`node                ${process.version}`);
    const file = writeScenario(tempDir(), 'desk.json', helpDesk(1));
    const { code, stdout } = await cli(['bench', file, '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ scenario: 'help-desk', arrivals: null });
  });

  it('refuses --arrivals with a scenario file', async () => {
    const file = writeScenario(tempDir(), 'desk.json', helpDesk(1));
    const { code, stderr } = await cli(['bench', file, '--arrivals', '10']);
    expect(code).toBe(1);
    expect(stderr).toBe('routelab: --arrivals: only for the built-in center (the scenario file sets its own length)\n');
  });
});
