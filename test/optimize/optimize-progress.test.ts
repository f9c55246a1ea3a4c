import { describe, expect, it } from 'vitest';
import { agentsForServiceLevel } from '../../src/analytic/staffing';
import { optimizeStaffing } from '../../src/optimize/optimize-staffing';
import type { OptimizeProgress } from '../../src/optimize/search';
import { parseTargetSpec } from '../../src/optimize/targets';
import type { ScenarioInput } from '../../src/scenario/schema';

/**
 * Four half hours; four 10-minute calls arrive together at the start of each of the first three
 * and none in the last. Answering 80 % within 20 s needs all four answered at once (3 of 4 is 75 %),
 * so 4 agents. The bound allows only 2 in the third half hour: that target cannot be met, the run
 * ends infeasible, and the maximum allowed (which misses least) is validated.
 */
const scenario: ScenarioInput = {
  name: 'bursts',
  horizon: '2h',
  interval: '30m',
  skills: ['s'],
  contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: 600 }, arrivals: { trace: [0, 0, 0, 0, 1800, 1800, 1800, 1800, 3600, 3600, 3600, 3600] } }],
  agentGroups: [{ name: 'team', skills: { s: 1 }, agents: 1 }],
};
const PRICE = 30;

/** Optimizes `input` for the calls' target (the team bounded as above, at PRICE), keeping every progress report. */
async function optimizeWithProgress(input: ScenarioInput, bounds: Record<string, { fixed: true }>, costs: Record<string, number>) {
  const progress: OptimizeProgress[] = [];
  const result = await optimizeStaffing(input, {
    targets: [parseTargetSpec('service-level calls 80% 20s')],
    bounds: { team: { max: [5, 5, 2, 5] }, ...bounds },
    costPerAgentHour: { team: PRICE, ...costs },
    criterion: 'mean',
    replications: 2,
    validationReplications: 2,
    repairRounds: 0,
    threads: 1,
    onProgress: (p) => progress.push(p),
  });
  return { progress, result };
}

describe('optimizeStaffing(): progress reports', () => {
  it('count the places met and the places with a value, and cost candidates at the agent-hour price', async () => {
    const { progress, result } = await optimizeWithProgress(scenario, {}, {});
    expect(result.status).toBe('infeasible');
    expect(result.staffing.team).toEqual([5, 5, 2, 5]);
    expect(result.targets.map((t) => [t.estimate, t.met])).toEqual([
      [1, true],
      [1, true],
      [0.5, false],
      [null, true],
    ]);
    // The validation: two places met of the three with a value (the last half hour has no calls).
    const validate = progress.filter((p) => p.phase === 'validate');
    expect(validate).toHaveLength(1);
    expect(validate[0]).toMatchObject({ iteration: 1, met: 2, total: 3, cost: result.cost });
    expect(result.cost).toBe((5 + 5 + 2 + 5) * 0.5 * PRICE);
    // The first candidate is the Erlang start, capped by the bound: e agents in each half hour with
    // calls, at most 2 in the third, none in the last; each agent costs half an hour at the price.
    const e = agentsForServiceLevel({ arrivalRate: 4 / 1800, meanServiceTime: 600, targetTime: 20, target: 0.8 });
    expect(result.erlang.calls).toEqual([e, e, e, 0]);
    expect(progress[0]).toMatchObject({ phase: 'search', iteration: 1, cost: (e + e + Math.min(e, 2)) * 0.5 * PRICE });
  });
  it('cost every candidate as the result does, fixed groups included', async () => {
    // A fixed group of one agent on another skill, 10 an hour over the 2 hours: 20 in every report.
    const withFixed: ScenarioInput = { ...scenario, skills: ['s', 'mail'], agentGroups: [...scenario.agentGroups, { name: 'post room', skills: { mail: 1 }, agents: 1 }] };
    const { progress, result } = await optimizeWithProgress(withFixed, { 'post room': { fixed: true } }, { 'post room': 10 });
    expect(result.cost).toBe((5 + 5 + 2 + 5) * 0.5 * PRICE + 2 * 10);
    const e = agentsForServiceLevel({ arrivalRate: 4 / 1800, meanServiceTime: 600, targetTime: 20, target: 0.8 });
    expect(progress[0]).toMatchObject({ phase: 'search', iteration: 1, cost: (e + e + Math.min(e, 2)) * 0.5 * PRICE + 2 * 10 });
    expect(progress.find((p) => p.phase === 'validate')).toMatchObject({ cost: result.cost });
  });
});
