import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { optimizeStaffing } from '../../src/optimize/optimize-staffing';
import { parseTargetSpec } from '../../src/optimize/targets';
import { PendingEvaluations } from '../../src/optimize/shard-store';
import { ScenarioError } from '../../src/scenario/errors';
import type { ScenarioInput } from '../../src/scenario/schema';

const scenario: ScenarioInput = {
  name: 'small',
  horizon: '1h',
  interval: '30m',
  skills: ['s'],
  contactTypes: [
    { name: 'calls', skills: { s: 1 }, handleTime: { kind: 'exponential', mean: '2m' }, patience: { kind: 'exponential', mean: '1m' }, arrivals: { perInterval: [100, 100] } },
  ],
  agentGroups: [
    { name: 'agents', skills: { s: 1 }, agents: 1 },
    { name: 'outsourcer', skills: { s: 1 }, agents: 2 },
  ],
};
const targets = [parseTargetSpec('service-level calls 80% 20s')];

async function scenarioError(run: () => Promise<unknown>): Promise<ScenarioError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ScenarioError) return error;
    throw error;
  }
  throw new Error('expected a ScenarioError');
}

describe('optimizeStaffing() on bad input', () => {
  it('locates contradictory and unknown bounds', async () => {
    const error = await scenarioError(() =>
      optimizeStaffing(scenario, {
        targets,
        threads: 1,
        bounds: { agents: { min: [2, 6], max: 5 }, outsorcer: { max: 3 }, outsourcer: { fixed: true, max: 2 } },
      }),
    );
    expect(error.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'bounds.agents.min[1]: 6 agents is above max 5 (interval 1): the bounds contradict each other',
      "bounds.outsorcer: no agent group is named 'outsorcer'; did you mean 'outsourcer'?",
      'bounds.outsourcer.fixed: a fixed group keeps its staffing: give no min or max with it',
    ]);
  });

  it('names a misspelled routing policy before simulating anything', async () => {
    const error = await scenarioError(() => optimizeStaffing({ ...scenario, routing: { policy: 'longest-idle' } }, { targets, threads: 1 }));
    expect(error.issues.map((i) => i.path)).toEqual(['routing.policy']);
    expect(error.issues[0]!.message).toMatch(/did you mean 'longest-idle-agent'/);
  });

  it('with a shard directory writes the first candidates out as tasks and stops, simulating nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'routelab-optimize-shards-'));
    try {
      const run = optimizeStaffing(scenario, { targets, threads: 1, replications: 2, shardDir: dir });
      await expect(run).rejects.toThrow(PendingEvaluations);
      const error = (await run.catch((e: unknown) => e)) as PendingEvaluations;
      expect(error.tasks.length).toBeGreaterThan(0);
      for (const task of error.tasks) {
        expect(task.startsWith(`${dir}/pending/`)).toBe(true);
        expect(existsSync(task)).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ends on targets the maximum staffing cannot reach, naming them and returning the best found', async () => {
    // 100 calls per half hour of 2 minutes each is a load of 6.7 erlangs: 5 agents (3, the bound, plus
    // the outsourcer's 2) cannot even serve them all, let alone 80 % within 20 s.
    const result = await optimizeStaffing(scenario, {
      targets,
      threads: 1,
      replications: 4,
      validationReplications: 4,
      bounds: { agents: { max: 3 }, outsourcer: { fixed: true } },
    });
    expect(result.status).toBe('infeasible');
    expect(result.unreachable).toEqual(['service-level calls ≥ 80% within 20s (per interval)']);
    expect(result.staffing).toEqual({ agents: [3, 3], outsourcer: [2, 2] });
    expect(result.targets.every((t) => !t.met)).toBe(true);
  });
});
