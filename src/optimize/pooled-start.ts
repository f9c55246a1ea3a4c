import type { ModelDefinition } from '../model/definition';
import { erlangAgents, type ErlangStart } from './erlang-start';
import type { IntegerColumn, LinearRow } from './integer-program';
import type { PlanningGrid } from './staffing-plan';
import type { ResolvedTarget } from './targets';

/**
 * The pooled part of the optimizer's starting point. The per-type Erlang rows let a blended agent
 * count once for every type it serves, so on a center with many blended groups the first
 * candidate holds a fraction of the agents needed and the cutting planes climb for dozens of
 * iterations. Two families of rows count each agent once:
 *
 * - **Load flow**: continuous variables `z[t][g][k]` (the share of group g's agents in interval k
 *   that carries type t) with `Σ_g z[t][g][k] ≥ offered load of t` and `Σ_t z[t][g][k] ≤ x[g][k]`:
 *   every erlang offered must be carried by some agent, and an agent carries one contact at a time
 *   (m chats for a chat agent).
 * - **Pooled Erlang**: per channel and interval, the agents of every group serving the channel's
 *   types hold at least the Erlang C/A staffing of all those types pooled into one queue (total
 *   rate, rate-weighted mean handle time and patience) that meets the strictest of their targets.
 *   A single fully flexible pool is the best case of the real center, so this is a lower bound in
 *   the Erlang model's world, like the per-type rows.
 *
 * Both are relaxations: they never cut off a staffing the Erlang model would accept, and with one
 * type and one group they add nothing to the per-type row.
 *
 * @module
 */

/** Extra columns and rows of the pooled start. */
export interface PooledStart {
  /** Continuous flow columns, appended after the staffing columns `p * intervals + k`. */
  readonly columns: readonly IntegerColumn[];
  /** Rows over the staffing columns and the flow columns. */
  readonly rows: readonly LinearRow[];
}

/** What the pooled start needs. */
export interface PooledStartInput {
  readonly model: ModelDefinition;
  readonly targets: readonly ResolvedTarget[];
  readonly grid: PlanningGrid;
  readonly start: ErlangStart;
  /** Planned groups (ids), in column order. */
  readonly groups: readonly number[];
  /** Agents of the groups the optimizer does not plan, `[group][interval]`. */
  readonly own: readonly (readonly number[])[];
  /** Most agents of each planned group, `[p][interval]`. */
  readonly upper: readonly (readonly number[])[];
  /** Share of scheduled time not available. */
  readonly shrinkage: number;
}

/** Erlang targets of a type (the metrics the Erlang formulas speak of; without any, no agents are asked for). */
function erlangTargets(targets: readonly ResolvedTarget[], type: number): ResolvedTarget[] {
  return targets.filter((x) => (x.type === type || x.type === -1) && x.metric !== 'fcr' && x.metric !== 'occupancy');
}

/** The flow columns and rows, and the pooled Erlang rows (see the module comment). */
export function pooledStart(input: PooledStartInput): PooledStart {
  const { model, grid, start, groups, own, upper, shrinkage } = input;
  const T = grid.intervals;
  const P = groups.length;
  const columns: IntegerColumn[] = [];
  const rows: LinearRow[] = [];
  const planned = (g: number) => groups.indexOf(g);
  const concurrency = (type: number) => Math.max(1, ...start.eligible[type]!.map((g) => model.agentGroups[g]!.concurrency[model.contactTypes[type]!.channel] ?? 1));
  const scale = (servers: number, type: number) => servers / concurrency(type) / (1 - shrinkage);
  // Stryker disable next-line EqualityOperator: at k = T every load and rate reads as 0 (the ?? 0 below), so nothing is added
  for (let k = 0; k < T; k++) {
    // Load flow: one column per (type, eligible group) with load in this interval.
    const carried = new Map<number, [number, number][]>();
    model.contactTypes.forEach((_, type) => {
      const load = scale(start.load[type]![k] ?? 0, type);
      if (!(load > 0) || start.eligible[type]!.length === 0) return;
      const terms: [number, number][] = [];
      let most = 0;
      for (const g of start.eligible[type]!) {
        const p = planned(g);
        const capacity = p >= 0 ? upper[p]![k]! : (own[g]![k] ?? 0);
        const column = P * T + columns.length;
        columns.push({ cost: 0, lower: 0, upper: capacity, continuous: true });
        terms.push([column, 1]);
        most += capacity;
        carried.set(g, [...(carried.get(g) ?? []), [column, 1]]);
      }
      rows.push({ terms, lower: Math.min(load, most) });
    });
    for (const [g, terms] of carried) {
      const p = planned(g);
      if (p >= 0) rows.push({ terms: [...terms, [p * T + k, -1]], upper: 0 });
      else rows.push({ terms, upper: own[g]![k] ?? 0 });
    }
    // Pooled Erlang per channel.
    for (const channel of new Set(model.contactTypes.map((t) => t.channel))) {
      const types = model.contactTypes.map((t, i) => (t.channel === channel && (start.rate[i]![k] ?? 0) > 0 ? i : -1)).filter((i) => i >= 0);
      if (types.length < 2) continue;
      const rate = types.reduce((s, i) => s + start.rate[i]![k]!, 0);
      const handle = types.reduce((s, i) => s + start.rate[i]![k]! * model.contactTypes[i]!.handleTime.mean, 0) / rate;
      const patiences = types.map((i) => model.contactTypes[i]!.patience);
      const patience = patiences.every((x) => x !== null && Number.isFinite(x.mean)) ? types.reduce((s, i) => s + start.rate[i]![k]! * model.contactTypes[i]!.patience!.mean, 0) / rate : null;
      const servers = erlangAgents(rate, handle, patience, types.flatMap((i) => erlangTargets(input.targets, i)));
      const groupsServing = [...new Set(types.flatMap((i) => start.eligible[i]!))];
      const fixedHelp = groupsServing.filter((g) => planned(g) < 0).reduce((s, g) => s + (own[g]![k] ?? 0), 0);
      const terms = groupsServing.filter((g) => planned(g) >= 0).map((g) => [planned(g) * T + k, 1] as [number, number]);
      const most = terms.reduce((s, [column]) => s + upper[Math.floor(column / T)]![k]!, 0);
      const need = Math.ceil(Math.min(...types.map((i) => scale(servers, i))) - 1e-9) - fixedHelp;
      if (need > 0 && terms.length > 0) rows.push({ terms, lower: Math.min(need, most) });
    }
  }
  return { columns, rows };
}
