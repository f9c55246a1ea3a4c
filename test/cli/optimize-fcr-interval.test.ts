import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../src/scenario/schema';
import { cli, tempDir, writeScenario } from './cli-harness';

/** Half the served first contacts resolve; abandons (3-minute patience) count as unresolved. */
const scenario: ScenarioInput = {
  name: 'fcr desk',
  horizon: '1h',
  interval: '30m',
  journey: {},
  skills: ['s'],
  contactTypes: [
    {
      name: 'billing',
      skills: { s: 1 },
      handleTime: { kind: 'exponential', mean: '2m' },
      patience: { kind: 'exponential', mean: '3m' },
      arrivals: { perInterval: [60, 90] },
      resolution: { probability: 0.5 },
    },
  ],
  agentGroups: [{ name: 'agents', skills: { s: 1 }, agents: 3 }],
};

describe("routelab optimize --target 'fcr billing 40% interval'", () => {
  it('measures FCR in every interval of first contact and staffs to it', async () => {
    const file = writeScenario(tempDir(), 'fcr.yaml', scenario);
    const run = await cli(['optimize', file, '--target', 'fcr billing 40% interval', '--replications', '3', '--validation-replications', '3', '--threads', '1', '--format', 'json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    const places = result.targets.map((t: { metric: string; scope: string; interval: number }) => `${t.metric} ${t.scope} ${t.interval}`);
    expect(places).toEqual(['fcr interval 0', 'fcr interval 1']);
    for (const t of result.targets) {
      // at most the resolution probability, since abandons count as unresolved first contacts
      expect(t.estimate).toBeGreaterThan(0.3);
      expect(t.estimate).toBeLessThanOrEqual(0.62);
    }
  }, 60_000);
});
