import type { ModelDefinition } from '../model/definition';
import type { AgentRates } from '../model/economics';
import type { IntervalEconomics } from './economics-result';
import { scheduledAgentSeconds } from './paid-hours';
import type { IntervalGrid } from './stats/interval-grid';

/** Money charged per interval slot at event times (the last slot: after the grid's end). */
export interface IntervalCharges {
  /** Outsourcer fees. */
  readonly fees: Float64Array;
  /** Channel prices. */
  readonly contact: Float64Array;
  /** Penalties. */
  readonly penalty: Float64Array;
}

/**
 * Operating cost per reporting interval of `grid`, then (the last entry) after the grid's end up
 * to `to`: the hourly pay of the hours scheduled in `[max(from, start), end)` plus the charges.
 */
export function intervalEconomics(
  model: ModelDefinition,
  rates: readonly AgentRates[],
  grid: IntervalGrid,
  charges: IntervalCharges,
  from: number,
  to: number,
): IntervalEconomics[] {
  const out: IntervalEconomics[] = [];
  for (let k = 0; k <= grid.binCount; k++) {
    const start = Math.max(from, grid.boundary(k));
    const end = k === grid.binCount ? to : Math.min(to, grid.boundary(k + 1));
    let agentCost = charges.fees[k]!;
    for (const group of model.agentGroups) agentCost += (scheduledAgentSeconds(group, model.horizon, start, end) / 3600) * rates[group.id]!.perHour;
    const contactCost = charges.contact[k]!;
    const penaltyCost = charges.penalty[k]!;
    out.push({ start: grid.boundary(k), agentCost, contactCost, penaltyCost, operatingCost: agentCost + contactCost + penaltyCost });
  }
  return out;
}
