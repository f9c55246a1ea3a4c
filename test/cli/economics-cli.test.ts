import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../src/scenario/schema';
import { helpDesk } from '../experiment/scenarios';
import { cli, tempDir, writeScenario } from './cli-harness';

const dir = tempDir();

function priced(currency: string, perHour: number): ScenarioInput {
  return {
    ...helpDesk(1),
    costs: { currency, agentGroups: { 'billing-team': { perHour }, 'tech-team': { perHour: 40 } }, penalties: { perAbandoned: 3 } },
    customerImpact: { churn: { base: 0.01, weights: { abandons: 0.3 } } },
  };
}

describe('routelab with costs', () => {
  it('run prints the money table with the currency', async () => {
    const file = writeScenario(dir, 'priced.json', priced('EUR', 30));
    const one = await cli(['run', file, '--seed', '2']);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/operating cost \(EUR\).*value lost \(EUR\).*total cost \(EUR\)/);
    const many = await cli(['run', file, '--replications', '3', '--threads', '1']);
    expect(many.code).toBe(0);
    expect(many.stdout).toMatch(/money\s+operating cost \(EUR\)/);
    expect(many.stdout).toMatch(/overall\s+\d+ ± \d+/);
  });

  it('a scenario without costs prints no money table', async () => {
    const file = writeScenario(dir, 'plain.json', helpDesk(1));
    const out = await cli(['run', file]);
    expect(out.stdout).not.toContain('operating cost');
  });

  it('compare prints the money differences; CSV carries the economics metrics', async () => {
    const a = writeScenario(dir, 'a.json', { ...priced('EUR', 30), name: 'in-house' });
    const b = writeScenario(dir, 'b.json', { ...priced('EUR', 22), name: 'cheaper' });
    const table = await cli(['compare', a, b, '--replications', '3', '--threads', '1']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/operating cost \(EUR\)/);
    expect(table.stdout).toMatch(/cheaper − in-house\s+-\d+\.\d+ ± [\d.]+ \*/);
    const csv = await cli(['compare', a, b, '--replications', '2', '--threads', '1', '--format', 'csv']);
    expect(csv.stdout).toContain('economics.totalCost');
    expect(csv.stdout).toContain('economics.byAgentGroup.billing-team.agentCost');
  });

  it('a negative price exits 2 with the field path, nothing run', async () => {
    const bad = priced('EUR', 30) as Record<string, any>;
    bad.costs.agentGroups['billing-team'].perHour = -12;
    const file = writeScenario(dir, 'bad.json', bad as ScenarioInput);
    const out = await cli(['run', file]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('costs.agentGroups.billing-team.perHour: must be ≥ 0, got -12');
    expect(out.stdout).toBe('');
  });

  it('designs in different currencies exit 2', async () => {
    const a = writeScenario(dir, 'eur.json', { ...priced('EUR', 30), name: 'paris' });
    const b = writeScenario(dir, 'usd.json', { ...priced('USD', 30), name: 'boston' });
    const out = await cli(['compare', a, b, '--replications', '2', '--threads', '1']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("costs.currency: the designs compared must use one currency, got 'paris' in EUR, 'boston' in USD");
  });
});
