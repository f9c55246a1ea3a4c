import { describe, expect, it } from 'vitest';
import { resolveBounds, type GroupBounds } from '../../src/optimize/bounds';
import { ScenarioError } from '../../src/scenario/errors';
import { resolveScenario } from '../../src/scenario/resolve';

const model = resolveScenario({
  name: 'two groups',
  skills: ['s'],
  contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'exponential', mean: '3m' }, arrivals: { rate: '60/h' } }],
  agentGroups: [
    { name: 'tier1', skills: { s: 1 }, agents: 3 },
    { name: 'tier2', skills: { s: 1 }, agents: 2 },
  ],
});
const grid = { intervals: 3, intervalLength: 1800 };

/** The `path: message` lines of the ScenarioError that resolving `bounds` throws. */
function problems(bounds: unknown): string[] {
  try {
    resolveBounds(model, bounds as Record<string, GroupBounds>, grid);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as ScenarioError).issues.map((i) => `${i.path}: ${i.message}`);
  }
  throw new Error('expected a ScenarioError');
}

describe('resolveBounds()', () => {
  it('without bounds: every group planned from 0 agents with no maximum', () => {
    expect(resolveBounds(model, undefined, grid)).toEqual({
      lower: [[0, 0, 0], [0, 0, 0]],
      upper: [[undefined, undefined, undefined], [undefined, undefined, undefined]],
      planned: [true, true],
    });
  });

  it('expands a number to every interval and keeps a list per interval; a fixed group is not planned', () => {
    expect(resolveBounds(model, { tier1: { min: 2, max: [4, 5, 6] }, tier2: { fixed: true } }, grid)).toEqual({
      lower: [[2, 2, 2], [0, 0, 0]],
      upper: [[4, 5, 6], [undefined, undefined, undefined]],
      planned: [true, false],
    });
    expect(resolveBounds(model, { tier2: { max: 0, fixed: false } }, grid).upper[1]).toEqual([0, 0, 0]);
    expect(resolveBounds(model, { tier1: { min: [1, 2, 3], max: 3 } }, grid).lower[0]).toEqual([1, 2, 3]);
    expect(resolveBounds(model, { tier1: { min: 2 } }, grid)).toEqual({
      lower: [[2, 2, 2], [0, 0, 0]],
      upper: [[undefined, undefined, undefined], [undefined, undefined, undefined]],
      planned: [true, true],
    });
  });

  it('refuses bounds that are not a map of groups', () => {
    for (const bad of [null, [], 5]) expect(problems(bad)).toEqual(['bounds: must map agent group names to { min, max, fixed }']);
  });

  it('locates every problem of every group', () => {
    expect(
      problems({
        tier3: { max: 2 },
        zzz: { max: 2 },
        tier1: { min: 1.5, max: [1, 2], mni: 3 },
        tier2: 4,
      }),
    ).toEqual([
      "bounds.tier3: no agent group is named 'tier3'; did you mean 'tier1'?",
      "bounds.zzz: no agent group is named 'zzz'",
      'bounds.tier1.mni: unknown field; use min, max or fixed',
      'bounds.tier1.min: must be a whole number of agents >= 0, got 1.5',
      'bounds.tier1.max: must be a number or a list of 3 numbers (one per interval), got a list of 2',
      'bounds.tier2: must be an object with min, max or fixed',
    ]);
    expect(problems({ tier1: { min: -1, max: '5' }, tier2: { fixed: 'yes' } })).toEqual([
      'bounds.tier1.min: must be a whole number of agents >= 0, got -1',
      'bounds.tier1.max: must be a number or a list of 3 numbers (one per interval), got "5"',
      'bounds.tier2.fixed: must be true or false',
    ]);
    expect(problems({ tier1: { min: [-1, 2, 3] }, tier2: null })).toEqual([
      'bounds.tier1.min[0]: must be a whole number of agents >= 0, got -1',
      'bounds.tier2: must be an object with min, max or fixed',
    ]);
    expect(problems({ tier1: { max: [1, -2, 0.5] }, tier2: { fixed: true, min: 1 } })).toEqual([
      'bounds.tier1.max[1]: must be a whole number of agents >= 0, got -2',
      'bounds.tier2.fixed: a fixed group keeps its staffing: give no min or max with it',
    ]);
  });

  it('names the first interval where min is above max, by index when min is a list', () => {
    expect(problems({ tier1: { min: [1, 5, 7], max: 4 } })).toEqual(['bounds.tier1.min[1]: 5 agents is above max 4 (interval 1): the bounds contradict each other']);
    expect(problems({ tier1: { min: 3, max: [3, 2, 1] } })).toEqual(['bounds.tier1.min: 3 agents is above max 2 (interval 1): the bounds contradict each other']);
  });
});
