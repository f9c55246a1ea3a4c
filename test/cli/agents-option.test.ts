import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExperiment } from '../../src/experiment/replications';
import { simulate } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';
import { cli, tempDir, writeScenario } from './cli-harness';
import { csvNumber, parseCsv } from './csv-parse';

/** Three agents of one group: ann and bob listed, the third drawn; arrivals over a short day. */
const scenario: ScenarioInput = {
  name: 'team',
  horizon: '2h',
  skills: ['s'],
  contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'exponential', mean: '4m' }, arrivals: { rate: '30/h' }, resolution: { probability: 0.7 } }],
  agentGroups: [
    {
      name: 'team',
      agents: 3,
      skills: { s: 2 },
      individuals: { agents: [{ name: 'ann', handleTimeFactor: 0.7 }, { name: 'bob', resolutionFactor: 1.3 }], draw: { handleTimeFactor: { kind: 'uniform', min: 0.8, max: 1.2 } } },
    },
  ],
};

const dir = tempDir();
const file = writeScenario(dir, 'team.json', scenario);

describe('routelab run --agents, --agents-csv', () => {
  it('--agents prints one row per agent after the run tables', async () => {
    const { code, stdout } = await cli(['run', file, '--seed', '3', '--agents']);
    expect(code).toBe(0);
    const byAgent = simulate(scenario, { seed: 3 }).byAgent!;
    expect(stdout).toMatch(/^agent +group +staffed h +answered +served +occupancy +AHT +resolution$/m);
    for (const a of byAgent) expect(stdout).toMatch(new RegExp(`^${a.name.replace('#', '\\#')} +team +2\\.0 +${a.answered} +${a.served} `, 'm'));
  });

  it('--agents-csv writes one line per agent with the values of the run', async () => {
    const out = join(dir, 'agents.csv');
    const { code, stderr } = await cli(['run', file, '--seed', '3', '--agents-csv', out]);
    expect(code).toBe(0);
    expect(stderr).toContain(`per-agent table written to ${out}`);
    const rows = parseCsv(readFileSync(out, 'utf8'));
    expect(rows[0]).toEqual(['agent', 'group', 'staffed_hours', 'answered', 'served', 'occupancy', 'mean_handle_time', 'resolution_rate', 'utilization', 'resolved']);
    const byAgent = simulate(scenario, { seed: 3 }).byAgent!;
    expect(rows.slice(1).map((r) => r[0])).toEqual(['ann', 'bob', 'team#2']);
    rows.slice(1).forEach((r, k) => {
      expect(csvNumber(r[3])).toBe(byAgent[k]!.answered);
      expect(csvNumber(r[6])).toBe(byAgent[k]!.meanHandleTime);
      expect(csvNumber(r[9])).toBe(byAgent[k]!.resolved);
    });
  });

  it('with replications: mean ± half-width per agent, and the CSV of the summary', async () => {
    const out = join(dir, 'agents-experiment.csv');
    const { code, stdout } = await cli(['run', file, '--seed', '3', '--replications', '3', '--threads', '1', '--agents', '--agents-csv', out]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ann +\S+ ±/m);
    const experiment = await runExperiment(scenario, { seed: 3, replications: 3, threads: 1 });
    const rows = parseCsv(readFileSync(out, 'utf8'));
    expect(rows[0]!.slice(0, 3)).toEqual(['agent', 'staffed_hours_mean', 'staffed_hours_half_width']);
    const bob = rows.find((r) => r[0] === 'bob')!;
    expect(csvNumber(bob[3])).toBe(experiment.summary['byAgent.bob.answered']!.mean);
  });

  it('--agents-csv is an output: it may not name the scenario, and a shard refuses it', async () => {
    const same = await cli(['run', file, '--agents-csv', file]);
    expect(same.code).toBe(1);
    const shard = await cli(['run', file, '--from', '0', '--to', '2', '--agents']);
    expect(shard.code).toBe(1);
    expect(shard.stderr).toContain('--agents, --agents-csv: not with --from/--to');
  });
});
