import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../src/scenario/schema';
import { cli, tempDir, writeScenario } from './cli-harness';

const base: ScenarioInput = {
  name: 'tiny',
  horizon: '1h',
  interval: '30m',
  skills: ['s'],
  contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'exponential', mean: '2m' }, arrivals: { perInterval: [60, 90] } }],
  agentGroups: [{ name: 'agents', skills: { s: 1 }, agents: 3 }],
};
const quick = ['--replications', '3', '--validation-replications', '3', '--threads', '1', '--format', 'json'];
const withBlock: ScenarioInput = { ...base, optimize: { targets: ['abandonment * 50% day'], bounds: { agents: { min: [7, 8] } }, costPerAgentHour: { agents: 2 } } };

describe('routelab optimize with an optimize block in the scenario', () => {
  it('takes targets, bounds and costs from the block when the command line gives none', async () => {
    const dir = tempDir();
    const file = writeScenario(dir, 'tiny.yaml', withBlock);
    const report = join(dir, 'plan.html');
    const run = await cli(['optimize', file, ...quick, '--report', report]);
    expect(run.code).toBe(0);
    const html = readFileSync(report, 'utf8');
    expect(html).toContain('<section id="targets"><h2>Targets</h2>');
    expect(html).toMatch(/<th scope="row">abandonment all<\/th><td>≤ 50\.0%<\/td><td>day<\/td>/);
    expect(html).toContain('<section id="workforce"><h2>Agent-hours of the plan</h2>');
    expect(html).toMatch(/<dt>Date<\/dt><dd>\d{4}-\d{2}-\d{2}<\/dd>/);
    expect(html).not.toMatch(/NaN|undefined/);
    const result = JSON.parse(run.stdout);
    expect(result.targets.map((t: { metric: string; scope: string }) => `${t.metric} ${t.scope}`)).toEqual(['abandonment day']);
    // the minimum bounds hold, and the cost is 2 per agent-hour of half-hour intervals
    expect(result.staffing.agents[0]).toBeGreaterThanOrEqual(7);
    expect(result.staffing.agents[1]).toBeGreaterThanOrEqual(8);
    expect(result.cost).toBeCloseTo(2 * 0.5 * (result.staffing.agents[0] + result.staffing.agents[1]), 9);
  }, 60_000);

  it('lets --target flags replace the targets and --settings keys replace the block’s keys', async () => {
    const dir = tempDir();
    const file = writeScenario(dir, 'tiny.yaml', withBlock);
    const settings = join(dir, 'settings.yaml');
    writeFileSync(settings, 'bounds:\n  agents: { min: 1, max: 6 }\n');
    const run = await cli(['optimize', file, '--settings', settings, '--target', 'service-level calls 50% 1m day', ...quick]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.targets.map((t: { metric: string }) => t.metric)).toEqual(['service-level']);
    expect(Math.max(...result.staffing.agents)).toBeLessThanOrEqual(6);
    expect(result.cost).toBeCloseTo(result.agentHours.agents * 2, 9); // the block's cost still applies
  }, 60_000);

  it('reports contradictory bounds and unknown names in the block as located scenario errors (exit 2)', async () => {
    const file = writeScenario(tempDir(), 'tiny.yaml', {
      ...base,
      optimize: { targets: ['service-level cals 80% 20s'], bounds: { agents: { min: 5, max: [4, 6] }, agnts: { max: 3 } }, costPerAgentHour: { agents: -1 } },
    });
    const run = await cli(['optimize', file, ...quick]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("optimize.targets[0]: unknown contact type 'cals'; did you mean 'calls'?");
    expect(run.stderr).toContain('optimize.bounds.agents.min: 5 agents is above max 4 (interval 0): the bounds contradict each other');
    expect(run.stderr).toContain("optimize.bounds.agnts: unknown agent group 'agnts'; did you mean 'agents'?");
    expect(run.stderr).toContain('optimize.costPerAgentHour.agents: must be a cost ≥ 0, got -1');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const validate = await cli(['validate', file]);
    expect(validate.code).toBe(2);
  }, 60_000);
});
