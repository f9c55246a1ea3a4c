import { describe, expect, it } from 'vitest';
import { agentsForServiceLevel } from '../../src/analytic/staffing';
import { erlangAgents, erlangStart } from '../../src/optimize/erlang-start';
import { solveIntegerProgram, type LinearRow } from '../../src/optimize/integer-program';
import { pooledStart } from '../../src/optimize/pooled-start';
import { planningGrid, scheduledAgents } from '../../src/optimize/staffing-plan';
import { parseTargetSpec, resolveTargets } from '../../src/optimize/targets';
import { resolveScenario } from '../../src/scenario/resolve';
import type { ScenarioInput } from '../../src/scenario/schema';

// Two types of 3-minute calls, 60 and 90 an hour, in one interval.
function center(groups: ScenarioInput['agentGroups']): ScenarioInput {
  return {
    name: 'pooled',
    horizon: '1h',
    interval: '1h',
    skills: ['a', 'b'],
    contactTypes: [
      { name: 'A', skills: { a: 1 }, handleTime: { kind: 'exponential', mean: '3m' }, arrivals: { perInterval: [60] } },
      { name: 'B', skills: { b: 1 }, handleTime: { kind: 'exponential', mean: '3m' }, arrivals: { perInterval: [90] } },
    ],
    agentGroups: groups,
  };
}

/** The start program (per-type rows and the pooled rows) solved at cost 1 per agent. */
async function startStaffing(scenario: ScenarioInput): Promise<number[]> {
  const model = resolveScenario(scenario);
  const grid = planningGrid(model);
  const targets = resolveTargets(model, ['service-level A 80% 20s', 'service-level B 80% 20s'].map(parseTargetSpec));
  const start = erlangStart(model, targets, grid);
  const groups = model.agentGroups.map((_, g) => g);
  const own = groups.map((g) => scheduledAgents(model, g, grid));
  const upper = groups.map(() => [100]);
  const pooled = pooledStart({ model, targets, grid, start, groups, own, upper, shrinkage: 0 });
  const perType: LinearRow[] = start.required.map((need, t) => ({ terms: start.eligible[t]!.map((g) => [g, 1] as const), lower: need[0]! }));
  const columns = [...groups.map(() => ({ cost: 1, lower: 0, upper: 100 })), ...pooled.columns];
  const solution = await solveIntegerProgram({ columns, rows: [...perType, ...pooled.rows] });
  if (solution.status !== 'optimal') throw new Error('infeasible start');
  return solution.values.slice(0, groups.length) as number[];
}

const erlangC = (callsPerHour: number) => agentsForServiceLevel({ arrivalRate: callsPerHour / 3600, meanServiceTime: 180, targetTime: 20, target: 0.8 });

describe('pooledStart()', () => {
  it('counts a blended agent once: one group serving both types needs the Erlang C staffing of the pooled calls', async () => {
    // Per-type rows alone would be met by max(Erlang(60), Erlang(90)) agents, counting each agent twice.
    expect(erlangC(150)).toBeGreaterThan(Math.max(erlangC(60), erlangC(90)));
    expect(await startStaffing(center([{ name: 'blended', skills: { a: 1, b: 1 }, agents: 1 }]))).toEqual([erlangC(150)]);
  });

  it('adds nothing to specialists: each group holds its own type\'s Erlang C staffing', async () => {
    const staffing = await startStaffing(center([
      { name: 'team-a', skills: { a: 1 }, agents: 1 },
      { name: 'team-b', skills: { b: 1 }, agents: 1 },
    ]));
    expect(staffing).toEqual([erlangC(60), erlangC(90)]);
  });

  it('holds the pooled count over specialists and a blended group together, with B\'s own count in the blended group', async () => {
    // B is served by the blended group alone (its per-type row); both groups together hold the
    // Erlang C staffing of all 150 calls (the pooled row), which is more than B's count plus nothing.
    const staffing = await startStaffing(center([
      { name: 'team-a', skills: { a: 1 }, agents: 1 },
      { name: 'blended', skills: { a: 1, b: 1 }, agents: 1 },
    ]));
    expect(staffing[0]! + staffing[1]!).toBe(erlangC(150));
    expect(staffing[1]!).toBeGreaterThanOrEqual(erlangC(90));
  });
});

/** Two voice types of 3-minute calls, two single-call groups: the small case's model. */
const TWO_VOICE_TWO_GROUPS = {
  contactTypes: [
    { channel: 'voice', handleTime: { mean: 180 }, patience: null },
    { channel: 'voice', handleTime: { mean: 180 }, patience: null },
  ],
  agentGroups: [{ concurrency: { voice: 1 } }, { concurrency: { voice: 1 } }],
} as never;

describe('pooledStart(): the rows of a small case, by hand', () => {
  // Two voice types of 3-minute calls, 60 and 40 an hour (loads 3 and 2 erlangs); the planned
  // group 0 serves both, the fixed group 1 (2 agents) serves A only; shrinkage 20 %.
  const model = TWO_VOICE_TWO_GROUPS;
  const targets = resolveTargets(resolveScenario(center([{ name: 'g', skills: { a: 1, b: 1 }, agents: 1 }])), [parseTargetSpec('service-level * 80% 20s')]);
  const start = { required: [[0], [0]], load: [[3], [2]], rate: [[60 / 3600], [40 / 3600]], eligible: [[0, 1], [0]] };

  it('load-flow columns per type and eligible group, capped by the planned maximum or the fixed staffing, and one pooled Erlang row', () => {
    const out = pooledStart({ model, targets, grid: { intervals: 1, intervalLength: 3600 }, start, groups: [0], own: [[0], [2]], upper: [[10]], shrinkage: 0.2 });
    expect(out.columns).toEqual([
      { cost: 0, lower: 0, upper: 10, continuous: true },
      { cost: 0, lower: 0, upper: 2, continuous: true },
      { cost: 0, lower: 0, upper: 10, continuous: true },
    ]);
    // 100 calls an hour pooled (5 erlangs) need Erlang C's agents for 80 % in 20 s; scheduled with
    // 20 % shrinkage that is ⌈agents / 0.8⌉, less the fixed group's 2.
    const pooled = Math.ceil(agentsForServiceLevel({ arrivalRate: 100 / 3600, meanServiceTime: 180, targetTime: 20, target: 0.8 }) / 0.8 - 1e-9) - 2;
    expect(out.rows).toEqual([
      // A's 3 erlangs / 0.8 carried by groups 0 and 1 (columns 1 and 2 after the one staffing column).
      { terms: [[1, 1], [2, 1]], lower: 3.75 },
      { terms: [[3, 1]], lower: 2.5 },
      // Group 0 carries at most its agents; the fixed group at most its 2.
      { terms: [[1, 1], [3, 1], [0, -1]], upper: 0 },
      { terms: [[2, 1]], upper: 2 },
      { terms: [[0, 1]], lower: pooled },
    ]);
  });

  it('a load above what the groups can carry asks for all they can; no pooled row for a single type or without planned groups', () => {
    const out = pooledStart({ model, targets, grid: { intervals: 1, intervalLength: 3600 }, start: { ...start, rate: [[60 / 3600], [0]], load: [[30], [0]] }, groups: [0], own: [[0], [2]], upper: [[10]], shrinkage: 0 });
    expect(out.rows).toEqual([
      { terms: [[1, 1], [2, 1]], lower: 12 },
      { terms: [[1, 1], [0, -1]], upper: 0 },
      { terms: [[2, 1]], upper: 2 },
    ]);
    const fixedOnly = pooledStart({ model, targets, grid: { intervals: 1, intervalLength: 3600 }, start, groups: [], own: [[3], [2]], upper: [], shrinkage: 0 });
    // Only fixed groups: flow columns from 0, capped by their staffing (3 and 2); no pooled row.
    expect(fixedOnly.rows).toEqual([
      { terms: [[0, 1], [1, 1]], lower: 3 },
      { terms: [[2, 1]], lower: 2 },
      { terms: [[0, 1], [2, 1]], upper: 3 },
      { terms: [[1, 1]], upper: 2 },
    ]);
  });
});

describe('pooledStart(): two intervals and two planned groups, by hand', () => {
  // Voice types A (60 calls an hour in interval 1 only; patience 300 s) and B (40 an hour in both
  // intervals; patience 600 s), 3-minute calls; chat type C (20 an hour, any group) and voice type
  // D with load but no group. Group 0 (concurrency 2) serves A and B, group 1 (concurrency 3)
  // serves A; both planned. Targets: 80 % in 20 s and at most 0.01 % abandoned for A, and 99 % in 5 s
  // for C (not pooled with voice).
  const target = (type: number, value: number, within: number) => ({ metric: 'service-level', type, group: -1, value, within, scope: 'interval', sense: 1, label: 't', index: 0 }) as const;
  const targets = [target(0, 0.8, 20), target(2, 0.99, 5), { metric: 'abandonment', type: 0, group: -1, value: 0.0001, within: 0, scope: 'interval', sense: -1, label: 'a', index: 2 } as const];
  const voice = (patience: number | null) => ({ channel: 'voice', handleTime: { mean: 180 }, patience: patience === null ? null : { mean: patience } });
  const model = (patienceB: number | null) =>
    ({
      contactTypes: [voice(300), voice(patienceB), { channel: 'chat', handleTime: { mean: 180 }, patience: null }, voice(null)],
      agentGroups: [{ concurrency: { voice: 2, chat: 1 } }, { concurrency: { voice: 3, chat: 1 } }],
    }) as never;
  // Loads in erlangs [type][interval]; rates per second.
  const start = {
    required: [[0, 0], [0, 0], [0, 0], [0, 0]],
    load: [[0, 3], [2, 2], [1, 1], [4, 4]],
    rate: [[0, 60 / 3600], [40 / 3600, 40 / 3600], [20 / 3600, 20 / 3600], [0, 0]],
    eligible: [[0, 1], [0], [0, 1], []],
  };
  const grid = { intervals: 2, intervalLength: 3600 };
  const input = (patienceB: number | null) => ({ model: model(patienceB), targets, grid, start, groups: [0, 1], own: [[0, 0], [0, 0]], upper: [[10, 8], [4, 5]], shrinkage: 0 });

  it('numbers staffing columns p·T + k and flow columns after them; the pooled row holds only the voice types, at the most demanding concurrency', () => {
    const out = pooledStart(input(600));
    // Staffing columns: 0 (group 0, interval 0), 1 (group 0, interval 1), 2 and 3 (group 1).
    // Interval 0: B on group 0 (column 4, B's concurrency 2: 2 / 2 = 1 agent), C on groups 0 and 1
    // (columns 5 and 6, concurrency 1). Interval 1: A on groups 0 and 1 (columns 7 and 8; concurrency
    // max(2, 3) = 3: load 3 / 3 = 1), B on group 0 (column 9), C on both (10 and 11). D has no group: no row.
    expect(out.columns.map((c) => c.upper)).toEqual([10, 10, 4, 8, 5, 8, 8, 5]);
    // Pooled voice in interval 1: 100 calls an hour of 180 s, patience (60·300 + 40·600) / 100 = 420 s,
    // A's target; agents at concurrency min over the types (A: 3 agents' worth per agent, B: 2) → ⌈N / 3⌉.
    const n = erlangAgents(100 / 3600, 180, 420, [targets[0]!, targets[2]!]);
    expect(out.rows).toEqual([
      { terms: [[4, 1]], lower: 1 },
      { terms: [[5, 1], [6, 1]], lower: 1 },
      { terms: [[4, 1], [5, 1], [0, -1]], upper: 0 },
      { terms: [[6, 1], [2, -1]], upper: 0 },
      { terms: [[7, 1], [8, 1]], lower: 1 },
      { terms: [[9, 1]], lower: 1 },
      { terms: [[10, 1], [11, 1]], lower: 1 },
      { terms: [[7, 1], [9, 1], [10, 1], [1, -1]], upper: 0 },
      { terms: [[8, 1], [11, 1], [3, -1]], upper: 0 },
      { terms: [[1, 1], [3, 1]], lower: Math.min(Math.ceil(n / 3 - 1e-9), 8 + 5) },
    ]);
  });

  it('pools patience only when every pooled type has one', () => {
    const out = pooledStart(input(null));
    const n = erlangAgents(100 / 3600, 180, null, [targets[0]!, targets[2]!]);
    expect(out.rows.at(-1)).toEqual({ terms: [[1, 1], [3, 1]], lower: Math.ceil(n / 3 - 1e-9) });
  });
});

describe('pooledStart(): targets the Erlang formulas do not speak of', () => {
  it('adds no pooled row when the pooled types have only FCR and occupancy targets', () => {
    const model = {
      contactTypes: [
        { channel: 'voice', handleTime: { mean: 180 }, patience: null },
        { channel: 'voice', handleTime: { mean: 180 }, patience: null },
      ],
      agentGroups: [{ concurrency: { voice: 1 } }],
    } as never;
    const targets = [
      { metric: 'fcr', type: -1, group: -1, value: 0.7, within: 0, scope: 'day', sense: 1, label: 'f', index: 0 },
      { metric: 'occupancy', type: -1, group: -1, value: 0.9, within: 0, scope: 'interval', sense: -1, label: 'o', index: 1 },
    ] as const;
    const start = { required: [[0], [0]], load: [[3], [2]], rate: [[60 / 3600], [40 / 3600]], eligible: [[0], [0]] };
    const out = pooledStart({ model, targets, grid: { intervals: 1, intervalLength: 3600 }, start, groups: [0], own: [[0]], upper: [[10]], shrinkage: 0 });
    // The two load rows and group 0's carrying row; no pooled Erlang row.
    expect(out.rows).toEqual([
      { terms: [[1, 1]], lower: 3 },
      { terms: [[2, 1]], lower: 2 },
      { terms: [[1, 1], [2, 1], [0, -1]], upper: 0 },
    ]);
  });
});

describe('pooledStart(): fixed agents enough for the pool', () => {
  it('adds no pooled row when the fixed group already holds the pooled staffing', () => {
    // The small case above with 20 % shrinkage and the fixed group holding exactly the scheduled
    // agents the 100 pooled calls an hour need: the pooled row would ask for 0 more.
    const model = TWO_VOICE_TWO_GROUPS;
    const targets = [{ metric: 'service-level', type: -1, group: -1, value: 0.8, within: 20, scope: 'interval', sense: 1, label: 't', index: 0 }] as const;
    const held = Math.ceil(agentsForServiceLevel({ arrivalRate: 100 / 3600, meanServiceTime: 180, targetTime: 20, target: 0.8 }) / 0.8 - 1e-9);
    const start = { required: [[0], [0]], load: [[3], [2]], rate: [[60 / 3600], [40 / 3600]], eligible: [[0, 1], [0]] };
    const out = pooledStart({ model, targets, grid: { intervals: 1, intervalLength: 3600 }, start, groups: [0], own: [[0], [held]], upper: [[10]], shrinkage: 0.2 });
    expect(out.rows).toEqual([
      { terms: [[1, 1], [2, 1]], lower: 3.75 },
      { terms: [[3, 1]], lower: 2.5 },
      { terms: [[1, 1], [3, 1], [0, -1]], upper: 0 },
      { terms: [[2, 1]], upper: held },
    ]);
  });
});
