import { describe, expect, it } from 'vitest';
import { agentsForServiceLevel } from '../../src/analytic/staffing';
import { optimizeStaffing, type OptimizeOptions } from '../../src/optimize/optimize-staffing';
import { parseTargetSpec } from '../../src/optimize/targets';
import type { ScenarioInput } from '../../src/scenario/schema';

/**
 * The optimizer's first candidate is its Erlang start. Calls arrive every 60 s and take 100 s
 * (deterministic): a load of 5/3 erlangs that two agents carry without anyone waiting (each call
 * finds the agent of the call before last free), while Erlang C, which assumes random arrivals and
 * handle times, asks for more agents to answer 80 % within 20 s. So the start meets every target
 * at once, and without a removal phase (`polishRounds: 0`) the result is the start itself:
 * what Erlang C asks for, less the agents of fixed groups that serve the same calls.
 */
const EVERY_MINUTE = Array.from({ length: 60 }, (_, i) => i * 60);
const erlang = agentsForServiceLevel({ arrivalRate: 1 / 60, meanServiceTime: 100, targetTime: 20, target: 0.8 });
const options: OptimizeOptions = {
  targets: [parseTargetSpec('service-level calls 80% 20s')],
  criterion: 'mean',
  polishRounds: 0,
  repairRounds: 0,
  replications: 2,
  validationReplications: 2,
  threads: 1,
};
const calls = { name: 'calls', skills: { c: 1 }, handleTime: { kind: 'deterministic', value: 100 }, arrivals: { trace: EVERY_MINUTE } };

describe('optimizeStaffing(): the Erlang start', () => {
  it('asks the planned group for the Erlang agents less those of a fixed group serving the same calls', async () => {
    const scenario = {
      name: 'start',
      horizon: '1h',
      interval: '30m',
      skills: ['c'],
      contactTypes: [calls],
      agentGroups: [
        { name: 'team', skills: { c: 1 }, agents: 1 },
        { name: 'other', skills: { c: 1 }, agents: 2 },
      ],
    } as ScenarioInput;
    const result = await optimizeStaffing(scenario, { ...options, bounds: { other: { fixed: true } } });
    expect(erlang).toBeGreaterThan(3);
    expect(result.erlang.calls).toEqual([erlang, erlang]);
    expect(result).toMatchObject({ status: 'met', iterations: 1, staffing: { team: [erlang - 2, erlang - 2], other: [2, 2] } });
  });

  it('asks nothing of planned groups for a type only fixed groups serve', async () => {
    // Faxes (listed first) are the fixed group's alone: Erlang C asks more agents than it has, but
    // the start has no planned group to ask, and its two agents carry the faxes without a wait.
    const scenario = {
      name: 'start',
      horizon: '1h',
      interval: '30m',
      skills: ['c', 'f'],
      contactTypes: [{ ...calls, name: 'faxes', skills: { f: 1 } }, calls],
      agentGroups: [
        { name: 'team', skills: { c: 1 }, agents: 1 },
        { name: 'faxers', skills: { f: 1 }, agents: 2 },
      ],
    } as ScenarioInput;
    const result = await optimizeStaffing(scenario, { ...options, targets: [parseTargetSpec('service-level * 80% 20s')], bounds: { faxers: { fixed: true } } });
    expect(result.erlang).toEqual({ faxes: [erlang, erlang], calls: [erlang, erlang] });
    expect(result).toMatchObject({ status: 'met', iterations: 1, staffing: { team: [erlang, erlang], faxers: [2, 2] } });
    expect(result.targets.every((t) => t.met)).toBe(true);
  });

  it('is followed by a cut that adds the agent the start lacks', async () => {
    // Four 10-minute calls arrive together: 80 % within 20 s needs all four answered at once (3 of
    // 4 is 75 %), one more than Erlang C, which spreads the calls over the half hour, asks for.
    const scenario = {
      name: 'burst',
      horizon: '30m',
      interval: '30m',
      skills: ['c'],
      contactTypes: [{ ...calls, handleTime: { kind: 'deterministic', value: 600 }, arrivals: { trace: [0, 0, 0, 0] } }],
      agentGroups: [{ name: 'team', skills: { c: 1 }, agents: 1 }],
    } as ScenarioInput;
    // The target is written for all contacts: its cut may use every planned group.
    const result = await optimizeStaffing(scenario, { ...options, targets: [parseTargetSpec('service-level * 80% 20s')] });
    expect(result.erlang.calls).toEqual([3]);
    expect(result).toMatchObject({ status: 'met', iterations: 2, staffing: { team: [4] } });
  });

  it.each(['team', '*'])('is followed by cuts for an occupancy target of %s', async (group) => {
    // The every-minute calls carry 5/3 erlangs; at most 30 % occupancy needs 5/3 / c ≤ 0.3, so
    // c ≥ 5.6: 6 agents, more than the service level's Erlang start. The team is the only group, so
    // the target for all agents ('*') asks the same.
    const scenario = {
      name: 'occupancy',
      horizon: '1h',
      interval: '30m',
      skills: ['c'],
      contactTypes: [calls],
      agentGroups: [{ name: 'team', skills: { c: 1 }, agents: 1 }],
    } as ScenarioInput;
    const result = await optimizeStaffing(scenario, { ...options, targets: [...options.targets, parseTargetSpec(`occupancy ${group} 30%`)] });
    expect(erlang).toBeLessThan(6);
    expect(result).toMatchObject({ status: 'met', staffing: { team: [6, 6] } });
  });
});
