import { PolicyRegistry } from '../routing/registry';
import { simulateModel } from '../run/simulate';
import { resolveScenario } from '../scenario/resolve';
import type { ScenarioInput } from '../scenario/schema';
import type { StaffingResult } from './result';
import { planningGrid, scenarioWithStaffing, scheduledAgents } from './staffing-plan';
import { TargetCollector } from './target-collector';

/**
 * The agent-hours of an optimized plan, as a workforce planner books them: scheduled, paid,
 * available and productive per agent group, over the day and per interval, from simulations of
 * the plan on the validation seeds. With shrinkage, absenteeism or breaks in the scenario they
 * come from the simulation's `workforce` result (docs/workforce.md); without them scheduled, paid
 * and available hours are the plan's own and productive hours the time agents held a contact.
 *
 * @module
 */

/** Agent-hours of one group in one interval, or over the day (means over the replications). */
export interface PlanHours {
  /** Agent-hours rostered by the plan. */
  readonly scheduledHours: number;
  /** Scheduled minus absent. */
  readonly paidHours: number;
  /** Paid minus breaks and shrinkage. */
  readonly availableHours: number;
  /** Time the group's agents held at least one contact. */
  readonly productiveHours: number;
}

/** A group's hours: over the day and per planning interval (`start` in seconds). */
export type PlanGroupHours = { readonly name: string } & PlanHours & { readonly intervals: readonly ({ readonly start: number } & PlanHours)[] };

/** The result of {@link planWorkforceHours}. */
export interface PlanWorkforce {
  /** Replications simulated (seeds `<seed>/validation`, replications 0 … n − 1). */
  readonly replications: number;
  /** Whether the scenario uses shrinkage, absenteeism or breaks (else scheduled = paid = available). */
  readonly workforceFeatures: boolean;
  /** Per agent group, in scenario order. */
  readonly groups: readonly PlanGroupHours[];
}

/** Options of {@link planWorkforceHours}. */
export interface PlanWorkforceOptions {
  /** Replications to simulate. @default the result's validation replications, at most 20 */
  readonly replications?: number;
  /** Groups the optimizer did not plan (`bounds: { fixed: true }`): they keep the scenario's staffing. @default none */
  readonly fixedGroups?: readonly string[];
}

const FIELDS = ['scheduledHours', 'paidHours', 'availableHours', 'productiveHours'] as const;

/**
 * Simulates the plan of `result` on the validation seeds and returns its agent-hours per group and
 * interval (means over the replications). Single-threaded; the result depends only on the inputs.
 *
 * @throws ScenarioError when the scenario is invalid
 */
export function planWorkforceHours(scenario: ScenarioInput, result: StaffingResult, options: PlanWorkforceOptions = {}): PlanWorkforce {
  const registry = PolicyRegistry.withBuiltIns();
  // Stryker disable next-line ObjectLiteral: the registry holds the built-in policies, which resolveScenario checks against by default
  const base = resolveScenario(scenario, { policies: registry });
  const grid = planningGrid(base);
  const names = base.agentGroups.map((g) => g.name);
  // Stryker disable next-line ArrayDeclaration: no group is named like Stryker's stray element
  const planned = names.map((n) => !(options.fixedGroups ?? []).includes(n));
  // a fixed group keeps the scenario's staffing (its mean agents per interval)
  const matrix = names.map((n, g) => (planned[g] ? (result.staffing[n] ?? new Array<number>(grid.intervals).fill(0)) : scheduledAgents(base, g, grid)));
  // Stryker disable next-line ObjectLiteral: the registry holds the built-in policies, which resolveScenario checks against by default
  const model = resolveScenario(scenarioWithStaffing(scenario, matrix, planned, grid), { policies: registry });
  const n = Math.max(1, options.replications ?? Math.min(result.validationReplications, 20));
  const T = grid.intervals;
  const L = grid.intervalLength;
  // sums[g][k][field] (the day is added up from the intervals below)
  const sums = names.map(() => Array.from({ length: T }, () => [0, 0, 0, 0]));
  // Stryker disable next-line BooleanLiteral: every replication (at least one) sets it before it is read
  let features = false;
  for (let r = 0; r < n; r++) {
    // Stryker disable next-line ArrayDeclaration: the thresholds only count waits for service levels; only the busy time is read here
    const collector = new TargetCollector(T, L, []);
    const run = simulateModel(model, { seed: `${String(result.seed)}/validation`, replication: r, policies: registry, observers: [collector] });
    const tallies = collector.result();
    features = run.workforce !== undefined;
    names.forEach((name, g) => {
      const wf = run.workforce?.find((w) => w.name === name);
      for (let k = 0; k < T; k++) {
        const cell = sums[g]![k]!;
        if (wf !== undefined) {
          const hours = wf.intervals[k];
          // Stryker disable next-line OptionalChaining: the workforce report cuts the horizon into the planning grid's intervals (⌈horizon / interval⌉, at least 1), so every interval has its hours
          FIELDS.forEach((f, j) => (cell[j]! += hours?.[f] ?? 0));
        } else {
          const start = Math.max(k * L, base.warmup);
          const scheduled = (matrix[g]![k]! * Math.max(0, (k + 1) * L - start)) / 3600;
          cell[0]! += scheduled;
          cell[1]! += scheduled;
          cell[2]! += scheduled;
          cell[3]! += tallies.busy[g * T + k]! / 3600;
        }
      }
    });
  }
  const groups = names.map((name, g): PlanGroupHours => {
    const mean = (k: number): PlanHours => {
      const cell = sums[g]![k]!;
      return { scheduledHours: cell[0]! / n, paidHours: cell[1]! / n, availableHours: cell[2]! / n, productiveHours: cell[3]! / n };
    };
    const intervals = Array.from({ length: T }, (_, k) => ({ start: k * L, ...mean(k) }));
    const day = Object.fromEntries(FIELDS.map((f) => [f, intervals.reduce((s, x) => s + x[f], 0)])) as unknown as PlanHours;
    return { name, ...day, intervals };
  });
  return { replications: n, workforceFeatures: features, groups };
}
