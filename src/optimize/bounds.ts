import type { ModelDefinition } from '../model/definition';
import { IssueList, ScenarioError } from '../scenario/errors';
import type { ScenarioInput } from '../scenario/schema';
import { closestName } from '../util/closest-name';
import type { PlanningGrid } from './staffing-plan';

/**
 * Bounds on the agents of each group (min/max per interval, or fixed: the group keeps the
 * scenario's staffing, e.g. an outsourcer's contract) and the cost of an agent-hour per group.
 * Contradictory bounds are located errors (`bounds.tier1.min[3]: ...`).
 *
 * @module
 */

/** Bounds of one agent group: a number for every interval or one per interval. */
export interface GroupBounds {
  /** Fewest agents scheduled (per interval). @default 0 */
  readonly min?: number | readonly number[];
  /** Most agents scheduled (per interval). @default three times the Erlang need of the types it serves, plus 10 */
  readonly max?: number | readonly number[];
  /** Keep the scenario's staffing of this group; the optimizer does not change it. @default false */
  readonly fixed?: boolean;
}

/** Resolved bounds: `[group][interval]`, and whether each group is planned. */
export interface ResolvedBounds {
  /** Fewest agents `[group][interval]` (given). */
  readonly lower: readonly (readonly number[])[];
  /** Most agents `[group][interval]` as given; undefined where none was given. */
  readonly upper: readonly (readonly (number | undefined)[])[];
  /** Whether the optimizer plans the group (not fixed). */
  readonly planned: readonly boolean[];
}

/**
 * Checks and expands the bounds; every problem is reported at once as a ScenarioError with its
 * path under `bounds`.
 */
export function resolveBounds(model: ModelDefinition, bounds: Readonly<Record<string, GroupBounds>> | undefined, grid: PlanningGrid): ResolvedBounds {
  const issues = new IssueList();
  const names = model.agentGroups.map((g) => g.name);
  const T = grid.intervals;
  const lower = names.map(() => new Array<number>(T).fill(0));
  const upper = names.map(() => new Array<number | undefined>(T).fill(undefined));
  const planned = names.map(() => true);
  if (bounds !== undefined && (typeof bounds !== 'object' || bounds === null || Array.isArray(bounds))) {
    issues.add('bounds', 'must map agent group names to { min, max, fixed }');
    throw new ScenarioError(issues.items);
  }
  for (const [name, b] of Object.entries(bounds ?? {})) {
    const g = names.indexOf(name);
    if (g < 0) {
      const near = closestName(name, names);
      issues.add(['bounds', name], `no agent group is named '${name}'${near === undefined ? '' : `; did you mean '${near}'?`}`);
      continue;
    }
    if (typeof b !== 'object' || b === null) {
      issues.add(['bounds', name], 'must be an object with min, max or fixed');
      continue;
    }
    for (const key of Object.keys(b)) if (!['min', 'max', 'fixed'].includes(key)) issues.add(['bounds', name, key], 'unknown field; use min, max or fixed');
    if (b.fixed !== undefined && typeof b.fixed !== 'boolean') issues.add(['bounds', name, 'fixed'], 'must be true or false');
    if (b.fixed === true) {
      planned[g] = false;
      if (b.min !== undefined || b.max !== undefined) issues.add(['bounds', name, 'fixed'], 'a fixed group keeps its staffing: give no min or max with it');
      continue;
    }
    const min = expand(issues, ['bounds', name, 'min'], b.min, T);
    const max = expand(issues, ['bounds', name, 'max'], b.max, T);
    for (let k = 0; k < T; k++) {
      if (min !== undefined) lower[g]![k] = min[k]!;
      if (max !== undefined) upper[g]![k] = max[k]!;
      if (min !== undefined && max !== undefined && min[k]! > max[k]!) {
        const path = Array.isArray(b.min) ? ['bounds', name, 'min', k] : ['bounds', name, 'min'];
        issues.add(path, `${min[k]} agents is above max ${max[k]} (interval ${k}): the bounds contradict each other`);
        break;
      }
    }
  }
  if (issues.length > 0) throw new ScenarioError(issues.items);
  return { lower, upper, planned };
}

function expand(issues: IssueList, path: (string | number)[], value: number | readonly number[] | undefined, T: number): number[] | undefined {
  if (value === undefined) return undefined;
  // Stryker disable next-line ConditionalExpression: Number.isInteger is false for every value that is not a number
  const ok = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (typeof value === 'number') {
    if (!ok(value)) {
      issues.add(path, `must be a whole number of agents >= 0, got ${String(value)}`);
      return undefined;
    }
    return new Array<number>(T).fill(value);
  }
  if (!Array.isArray(value) || value.length !== T) {
    issues.add(path, `must be a number or a list of ${T} numbers (one per interval), got ${Array.isArray(value) ? `a list of ${value.length}` : JSON.stringify(value)}`);
    return undefined;
  }
  const bad = value.findIndex((n) => !ok(n));
  if (bad >= 0) {
    issues.add([...path, bad], `must be a whole number of agents >= 0, got ${String(value[bad])}`);
    return undefined;
  }
  return [...value];
}

/**
 * The cost of one agent-hour of each group: `costPerAgentHour[group]` when given; else the
 * scenario's `costs.agentGroups.<group>.perHour`, else its `costs.sites.<site>.perHour` (see
 * docs/economics.md); else 1, so that without prices the optimizer minimizes agent-hours. The one
 * place costs are read. A group paid only per handled contact or minute (an outsourcer) has no
 * hourly price and counts 1 per agent-hour here: bound it with the settings' `fixed` or `max`.
 *
 * @throws ScenarioError naming an unknown group or a cost that is not a finite number >= 0
 */
export function agentHourCost(scenario: ScenarioInput, options: { readonly costPerAgentHour?: Readonly<Record<string, number>> }): Record<string, number> {
  const names = scenario.agentGroups.map((g) => g.name);
  const given = options.costPerAgentHour ?? {};
  const issues = new IssueList();
  for (const [name, cost] of Object.entries(given)) {
    if (!names.includes(name)) issues.add(['costPerAgentHour', name], `no agent group is named '${name}'`);
    else if (!Number.isFinite(cost) || cost < 0) issues.add(['costPerAgentHour', name], `must be a finite number >= 0, got ${String(cost)}`);
  }
  if (issues.length > 0) throw new ScenarioError(issues.items);
  const costs = scenario.costs;
  const scenarioRate = (group: ScenarioInput['agentGroups'][number]): number | undefined =>
    costs?.agentGroups?.[group.name]?.perHour ?? (group.site === undefined ? undefined : costs?.sites?.[group.site]?.perHour);
  return Object.fromEntries(scenario.agentGroups.map((g) => [g.name, given[g.name] ?? scenarioRate(g) ?? 1]));
}
