import { checkLevel } from '../experiment/study';
import { checkIntegerOption, checkOptionsObject, checkSeedOption } from '../run/option-checks';
import { PolicyRegistry } from '../routing/registry';
import { resolveScenario } from '../scenario/resolve';
import type { ScenarioInput } from '../scenario/schema';
import { agentHourCost, resolveBounds, type GroupBounds } from './bounds';
import { erlangStart } from './erlang-start';
import { pooledStart } from './pooled-start';
import { validateAndRepair } from './repair';
import { CandidateEvaluator, evaluationThreads } from './evaluation';
import type { LinearRow } from './integer-program';
import { STAFFING_FORMAT, targetReports, type StaffingResult } from './result';
import type { TargetCriterion } from './criterion';
import { searchStaffing, type OptimizeProgress } from './search';
import { scheduleShiftsFor, type ShiftTemplate } from './shifts';
import { agentHours, planningGrid, scheduledAgents, type StaffingMatrix } from './staffing-plan';
import { resolveTargets, type StaffingTarget } from './targets';

/** Options of {@link optimizeStaffing}. Only `targets` is required. */
export interface OptimizeOptions {
  /** The targets to meet (see {@link StaffingTarget}; {@link parseTargetSpec} reads the text form). */
  targets: readonly StaffingTarget[];
  /** Master seed of the search (the validation uses `${seed}/validation`). @default 1 */
  seed?: number | string;
  /** Replications per candidate in the search (common random numbers: the same for every candidate). @default 20 */
  replications?: number;
  /** Most replications of one candidate in the search: more blocks of `replications` are simulated while places straddle their targets (criterion `'confidence'`). @default 4 × replications */
  maxReplications?: number;
  /** Replications of the final validation on fresh seeds. @default 50 */
  validationReplications?: number;
  /** Most repair rounds after a validation that misses places (each adds agents there and validates again on new seeds). @default 3 */
  repairRounds?: number;
  /** Confidence level of the intervals and bounds. @default 0.95 */
  level?: number;
  /**
   * How a target counts as met: `'confidence'` — its one-sided confidence bound at `level` is on
   * the right side; `'mean'` — its estimate is (as Erlang formulas treat targets).
   * @default 'confidence'
   */
  criterion?: TargetCriterion;
  /** Bounds per agent group name (min/max per interval, or fixed). */
  bounds?: Readonly<Record<string, GroupBounds>>;
  /** Cost of one agent-hour per group name. @default 1 for every group (minimize agent-hours) */
  costPerAgentHour?: Readonly<Record<string, number>>;
  /** Share of scheduled time not available, used by the Erlang start only (the simulation applies the scenario's own). @default 0 */
  shrinkage?: number;
  /** Most cutting-plane iterations. @default 40 */
  maxIterations?: number;
  /** Most rounds of the removal phase. @default 30 */
  polishRounds?: number;
  /** Shift templates: when given, the per-interval staffing is turned into shifts and re-simulated. */
  shiftTemplates?: readonly ShiftTemplate[];
  /** Worker threads evaluating candidates (1: in this thread). Results do not depend on it. @default all cores */
  threads?: number;
  /** Called after each step of the search. */
  onProgress?: (progress: OptimizeProgress) => void;
  /**
   * A directory for evaluations on other machines: candidates are read from shards there, or
   * written out as task files, and the run stops with a `PendingEvaluations` error; run the tasks
   * (`routelab optimize-shard`) and call again (see docs/optimizer.md). Node only.
   */
  shardDir?: string;
}

/** The keys of {@link OptimizeOptions}. */
export const OPTIMIZE_OPTION_KEYS: readonly string[] = Object.freeze([
  'targets', 'seed', 'replications', 'maxReplications', 'validationReplications', 'repairRounds', 'level', 'criterion', 'bounds', 'costPerAgentHour',
  'shrinkage', 'maxIterations', 'polishRounds', 'shiftTemplates', 'threads', 'onProgress', 'shardDir',
]);

/**
 * Finds the least-cost scheduled agents per agent group and interval such that the targets hold,
 * for the routing policy the scenario runs: Erlang start, then cutting planes on simulated targets
 * with common random numbers (integer programs solved by HiGHS), a removal phase, and a validation
 * of the result on fresh seeds that reports, per target and interval, the estimate, its interval
 * and whether it is met. See docs/optimizer.md.
 *
 * @example
 * ```ts
 * const plan = await optimizeStaffing(scenario, { targets: [parseTargetSpec('service-level calls 80% 20s')], threads: 1 });
 * console.log(plan.staffing.agents, plan.cost);
 * ```
 * @throws ScenarioError on an invalid scenario, targets or bounds (every problem with its path);
 *   TypeError / RangeError on bad options
 */
export async function optimizeStaffing(scenario: ScenarioInput, options: OptimizeOptions): Promise<StaffingResult> {
  if (options === undefined) throw new TypeError('optimizeStaffing: options must be an object with targets');
  options = checkOptionsObject('optimizeStaffing', options, OPTIMIZE_OPTION_KEYS);
  const seed = options.seed ?? 1;
  checkSeedOption(seed);
  const replications = options.replications ?? 20;
  checkIntegerOption('replications', replications, 2, 'an integer >= 2');
  const maxReplications = options.maxReplications ?? 4 * replications;
  checkIntegerOption('maxReplications', maxReplications, replications, `an integer >= replications (${replications})`);
  const repairRounds = options.repairRounds ?? 3;
  checkIntegerOption('repairRounds', repairRounds, 0, 'an integer >= 0');
  const validationReplications = options.validationReplications ?? 50;
  checkIntegerOption('validationReplications', validationReplications, 2, 'an integer >= 2');
  const level = options.level ?? 0.95;
  checkLevel(level);
  const criterion = options.criterion ?? 'confidence';
  if (criterion !== 'mean' && criterion !== 'confidence') throw new RangeError(`criterion must be 'mean' or 'confidence', got ${JSON.stringify(criterion)}`);
  const maxIterations = options.maxIterations ?? 40;
  checkIntegerOption('maxIterations', maxIterations, 1, 'an integer >= 1');
  const polishRounds = options.polishRounds ?? 30;
  checkIntegerOption('polishRounds', polishRounds, 0, 'an integer >= 0');
  const shrinkage = options.shrinkage ?? 0;
  if (typeof shrinkage !== 'number' || !(shrinkage >= 0 && shrinkage < 1)) throw new RangeError(`shrinkage must be a fraction in [0, 1), got ${String(shrinkage)}`);
  const threads = evaluationThreads(options.threads);

  const model = resolveScenario(scenario, { policies: PolicyRegistry.withBuiltIns() });
  const grid = planningGrid(model);
  const targets = resolveTargets(model, options.targets);
  const bounds = resolveBounds(model, options.bounds, grid);
  const costs = agentHourCost(scenario, options);
  const T = grid.intervals;
  const G = model.agentGroups.length;
  const groupNames = model.agentGroups.map((g) => g.name);
  const start = erlangStart(model, targets, grid, shrinkage);
  const own = model.agentGroups.map((_, g) => scheduledAgents(model, g, grid));
  const groups = groupNames.map((_, g) => g).filter((g) => bounds.planned[g]);
  const serves = (g: number) => start.eligible.map((gs, k) => (gs.includes(g) ? k : -1)).filter((k) => k >= 0);
  const active = groups.map((g) => Array.from({ length: T }, (_, k) => serves(g).some((type) => (start.rate[type]![k] ?? 0) > 0 || (k > 0 && (start.rate[type]![k - 1] ?? 0) > 0))));
  const lower = groups.map((g) => [...bounds.lower[g]!]);
  const upper = groups.map((g, p) =>
    Array.from({ length: T }, (_, k) => {
      const given = bounds.upper[g]![k];
      if (given !== undefined) return given;
      const need = serves(g).reduce((s, type) => s + start.required[type]![k]!, 0);
      return active[p]![k] === true ? Math.max(lower[p]![k]!, 3 * need + 10) : lower[p]![k]!;
    }),
  );
  const startRows: LinearRow[] = [];
  model.contactTypes.forEach((_, type) => {
    for (let k = 0; k < T; k++) {
      const fixedHelp = start.eligible[type]!.filter((g) => !bounds.planned[g]).reduce((s, g) => s + own[g]![k]!, 0);
      const need = start.required[type]![k]! - fixedHelp;
      const terms = groups.map((g, p) => (start.eligible[type]!.includes(g) ? ([p * T + k, 1] as const) : null)).filter((t) => t !== null);
      // Capped at what the bounds allow: whether the targets can then be met is the simulation's to say.
      const most = terms.reduce((sum, [column]) => sum + upper[Math.floor(column / T)]![k]!, 0);
      // Stryker disable next-line LogicalOperator: a row with need <= 0 or no terms asks for at most 0 agents (its lower side is min(need, most), most = 0 without terms), which every staffing meets; the guard only keeps such rows out of the program
      if (need > 0 && terms.length > 0) startRows.push({ terms, lower: Math.min(need, most) });
    }
  });
  const pooled = pooledStart({ model, targets, grid, start, groups, own, upper, shrinkage });
  startRows.push(...pooled.rows);
  const fullStaffing = (planned: number[][]): StaffingMatrix => groupNames.map((_, g) => (bounds.planned[g] ? planned[groups.indexOf(g)]! : own[g]!.map((n) => Math.round(n))));
  const targetGroups = targets.map((t) => {
    if (t.metric === 'occupancy') return t.group >= 0 && bounds.planned[t.group] ? [groups.indexOf(t.group)] : groups.map((_, p) => p);
    const eligible = t.type >= 0 ? start.eligible[t.type]! : groupNames.map((_, g) => g);
    return groups.map((g, p) => (eligible.includes(g) ? p : -1)).filter((p) => p >= 0);
  });
  const evaluator = new CandidateEvaluator({ base: scenario, planned: bounds.planned, grid, targets, level, threads, ...(options.shardDir === undefined ? {} : { shardDir: options.shardDir }) });
  try {
    const intervalCost = groups.map((g) => (costs[groupNames[g]!]! * grid.intervalLength) / 3600);
    const costOf = (staffing: StaffingMatrix) => agentHours(staffing, grid).reduce((s, h, g) => s + h * costs[groupNames[g]!]!, 0);
    const outcome = await searchStaffing({
      evaluator, targets, groups, intervals: T, cost: intervalCost, staffingCost: costOf,
      lower, upper, startRows, startColumns: pooled.columns, targetGroups, active, criterion, seed, replications, maxReplications, maxIterations, polishRounds, fullStaffing,
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    });
    const names = { types: model.contactTypes.map((t) => t.name), groups: groupNames };
    const checked = await validateAndRepair(
      {
        evaluator, targets, criterion, level, seed, replications: validationReplications, gainReplications: replications, repairRounds, groups, groupNames, targetGroups, active, upper, cost: intervalCost, rate: start.rate, fullStaffing,
        onRound: (round, staffing, evaluation) => {
          const reports = targetReports(targets, evaluator.places, evaluation, names, grid.intervalLength, criterion);
          options.onProgress?.({ phase: 'validate', iteration: round, cost: costOf(staffing), met: reports.filter((r) => r.met && r.estimate !== null).length, total: reports.filter((r) => r.estimate !== null).length, simulations: evaluator.simulations });
        },
      },
      outcome.planned,
    );
    const staffing = checked.staffing;
    const final = checked.rounds[checked.rounds.length - 1]!;
    const reports = targetReports(targets, evaluator.places, checked.evaluation, names, grid.intervalLength, criterion);
    const hours = agentHours(staffing, grid);
    const cost = costOf(staffing);
    const shifts =
      options.shiftTemplates === undefined
        ? undefined
        : await scheduleShiftsFor({ model, grid, staffing, planned: bounds.planned, costs, templates: options.shiftTemplates, evaluator, validationSeed: final.seed, validationReplications, targets, names, criterion });
    const unreachable = outcome.unreachable === null ? [] : [...new Set(outcome.unreachable.map((j) => targets[evaluator.places[j]!.target]!.label))];
    return {
      format: STAFFING_FORMAT,
      version: 1,
      scenario: model.name,
      status: outcome.status,
      staffing: Object.fromEntries(groupNames.map((name, g) => [name, [...staffing[g]!]])),
      intervalLength: grid.intervalLength,
      cost,
      agentHours: Object.fromEntries(groupNames.map((name, g) => [name, hours[g]!])),
      erlang: Object.fromEntries(names.types.map((name, k) => [name, [...start.required[k]!]])),
      targets: reports,
      unreachable,
      evaluations: evaluator.simulations,
      iterations: outcome.iterations,
      seed,
      replications,
      validationReplications,
      level,
      criterion,
      ...(shifts === undefined ? {} : { shifts }),
      validation: { seed: final.seed, level: final.level, rounds: checked.rounds },
      maxReplications,
    };
  } finally {
    await evaluator.close();
  }
}
