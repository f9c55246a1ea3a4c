import { describe, expect, it } from 'vitest';
import type { ModelDefinition, StaffingDefinition } from '../../src/model/definition';
import { agentHours, planningGrid, scenarioWithStaffing, scheduledAgents, staffingKey } from '../../src/optimize/staffing-plan';
import type { ScenarioInput } from '../../src/scenario/schema';

/** A model holding only what the plan's helpers read. */
const modelOf = (staffing: StaffingDefinition, horizon = 3600, intervalLength = 1800) => ({ horizon, intervalLength, agentGroups: [{ staffing }] }) as unknown as ModelDefinition;

describe('planningGrid()', () => {
  it('covers the horizon with whole intervals, at least one', () => {
    expect(planningGrid(modelOf({ kind: 'constant', agents: 1 }, 5400, 1800))).toEqual({ intervals: 3, intervalLength: 1800 });
    expect(planningGrid(modelOf({ kind: 'constant', agents: 1 }, 5401, 1800))).toEqual({ intervals: 4, intervalLength: 1800 });
    expect(planningGrid(modelOf({ kind: 'constant', agents: 1 }, 100, 1800))).toEqual({ intervals: 1, intervalLength: 1800 });
    expect(planningGrid(modelOf({ kind: 'constant', agents: 1 }, 0, 1800))).toEqual({ intervals: 1, intervalLength: 1800 });
  });
});

describe('scheduledAgents()', () => {
  it('a constant staffing in every interval', () => {
    expect(scheduledAgents(modelOf({ kind: 'constant', agents: 3 }), 0, { intervals: 3, intervalLength: 1800 })).toEqual([3, 3, 3]);
  });

  it('a list per interval: the entry at the middle of each planning interval, repeated every period, 0 past its end', () => {
    // 15-minute entries over a period of an hour, on a 30-minute grid: middles at 15, 45 and 75 (= 15) minutes.
    const quarters: StaffingDefinition = { kind: 'intervals', intervalLength: 900, agents: [1, 2, 3, 4], period: 3600 };
    expect(scheduledAgents(modelOf(quarters), 0, { intervals: 3, intervalLength: 1800 })).toEqual([2, 4, 2]);
    const short: StaffingDefinition = { kind: 'intervals', intervalLength: 1800, agents: [5], period: 7200 };
    expect(scheduledAgents(modelOf(short), 0, { intervals: 3, intervalLength: 1800 })).toEqual([5, 0, 0]);
  });

  it('shifts: the mean agents over each interval, a shift crossing the end of the period wrapping to its start', () => {
    // Period 2 h: 2 agents 0:15–0:45, 1 agent 1:45–2:15 (so 0:00–0:15 too). Hourly grid over 3 h.
    const shifts: StaffingDefinition = { kind: 'shifts', period: 7200, shifts: [{ start: 900, end: 2700, agents: 2 }, { start: 6300, end: 8100, agents: 1 }] } as StaffingDefinition;
    // Hour 0: 2 × 30 min + 1 × 15 min = 1.25 agents; hour 1: 1 × 15 min = 0.25; hour 2 repeats hour 0.
    expect(scheduledAgents(modelOf(shifts), 0, { intervals: 3, intervalLength: 3600 })).toEqual([1.25, 0.25, 1.25]);
  });
});

describe('scenarioWithStaffing()', () => {
  const base = {
    name: 'b',
    horizon: '1h',
    interval: '30m',
    skills: ['s'],
    contactTypes: [],
    agentGroups: [
      { name: 'planned', skills: { s: 1 }, agents: 4 },
      { name: 'kept', skills: { s: 1 }, agents: 2 },
    ],
  } as unknown as ScenarioInput;

  it('gives the planned groups their rows, per planning interval; the others keep their staffing', () => {
    const row = [3, 5];
    const out = scenarioWithStaffing(base, [row, [9, 9]], [true, false], { intervals: 2, intervalLength: 1800 });
    expect(out.agentGroups).toEqual([
      { name: 'planned', skills: { s: 1 }, agents: { perInterval: [3, 5], interval: 1800 } },
      { name: 'kept', skills: { s: 1 }, agents: 2 },
    ]);
    expect((out.agentGroups[0]!.agents as { perInterval: number[] }).perInterval).not.toBe(row);
    expect(out.name).toBe('b');
    // The base is not changed.
    expect(base.agentGroups[0]!.agents).toBe(4);
  });

  it('sets the period to the planning span when it passes one day, not when it is one day', () => {
    const twoDays = scenarioWithStaffing(base, [[1, 2], [0, 0]], [true, false], { intervals: 2, intervalLength: 86_400 });
    expect(twoDays.agentGroups[0]!.agents).toEqual({ perInterval: [1, 2], interval: 86_400, period: 172_800 });
    const oneDay = scenarioWithStaffing(base, [[1, 2], [0, 0]], [true, false], { intervals: 2, intervalLength: 43_200 });
    expect(oneDay.agentGroups[0]!.agents).toEqual({ perInterval: [1, 2], interval: 43_200 });
  });
});

describe('agentHours() and staffingKey()', () => {
  it('sums agents × interval length per group, in hours', () => {
    expect(agentHours([[1, 2], [3, 0]], { intervals: 2, intervalLength: 1800 })).toEqual([1.5, 1.5]);
  });

  it('keys a plan by its rows', () => {
    expect(staffingKey([[1, 2], [3, 0]])).toBe('1,2;3,0');
    expect(staffingKey([[12], [3]])).not.toBe(staffingKey([[1], [23]]));
  });
});
