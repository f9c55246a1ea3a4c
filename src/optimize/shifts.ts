import type { ModelDefinition } from '../model/definition';
import { IssueList, ScenarioError } from '../scenario/errors';
import type { CandidateEvaluator } from './evaluation';
import { solveIntegerProgram, type IntegerColumn, type LinearRow } from './integer-program';
import { targetReports, type GroupShiftPlan, type ShiftResult } from './result';
import type { TargetCriterion } from './criterion';
import type { PlanningGrid, StaffingMatrix } from './staffing-plan';
import type { ResolvedTarget } from './targets';

/**
 * Shift scheduling, the second step: per agent group, the cheapest set of shifts (from templates:
 * allowed starts, a length, an optional break inside a window) covering the per-interval
 * requirement — a set-covering integer program solved by HiGHS — and the plan re-simulated, since
 * shifts never match requirements exactly. Times are seconds from the start of the day and must
 * fall on interval boundaries.
 *
 * @module
 */

/** A shift template. */
export interface ShiftTemplate {
  /** Name shown in the plan. */
  readonly name: string;
  /** Allowed start times (seconds). */
  readonly starts: readonly number[];
  /** Shift length (seconds), break included (breaks are paid). */
  readonly length: number;
  /** An optional break: `length` seconds starting between `earliest` and `latest` seconds after the shift start. */
  readonly break?: { readonly length: number; readonly earliest: number; readonly latest: number };
}

/** One way to work a template: start, break start (or null), and the intervals covered. */
interface ShiftPattern {
  readonly template: number;
  readonly start: number;
  readonly breakStart: number | null;
  readonly covers: readonly number[];
}

/** Checks templates against the grid (every problem located under `shiftTemplates`). */
export function checkShiftTemplates(templates: readonly ShiftTemplate[], grid: PlanningGrid): void {
  const issues = new IssueList();
  const L = grid.intervalLength;
  const onGrid = (x: unknown): boolean => {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: what is not a finite number fails the grid test below anyway (NaN compares false); this line narrows the type
    if (typeof x !== 'number' || !Number.isFinite(x)) return false;
    if (x < 0) return false;
    // Stryker disable next-line EqualityOperator: a time exactly 1e-9 intervals off the grid does not occur
    return Math.abs(x / L - Math.round(x / L)) < 1e-9;
  };
  if (!Array.isArray(templates) || templates.length === 0) issues.add('shiftTemplates', 'give at least one shift template');
  (Array.isArray(templates) ? templates : []).forEach((t, i) => {
    const at = (...p: (string | number)[]) => ['shiftTemplates', i, ...p];
    if (typeof t?.name !== 'string' || t.name === '') issues.add(at('name'), 'must be a non-empty string');
    if (!onGrid(t?.length) || t.length === 0) issues.add(at('length'), `must be a positive multiple of the interval (${L} s), got ${String(t?.length)}`);
    if (!Array.isArray(t?.starts) || t.starts.length === 0) issues.add(at('starts'), 'must list at least one start time');
    else t.starts.forEach((s: number, j: number) => {
      if (!onGrid(s)) issues.add(at('starts', j), `must be a time >= 0 on an interval boundary (a multiple of ${L} s), got ${String(s)}`);
      else {
        // Stryker disable next-line EqualityOperator: start and length are on the grid here, so the end is a multiple of the interval, never the day's end plus 1e-9
        if (s + t.length > grid.intervals * L + 1e-9) issues.add(at('starts', j), `a shift starting at ${s} s ends after the planning day (${grid.intervals * L} s)`);
      }
    });
    const b = t?.break;
    if (b !== undefined && (typeof b !== 'object' || b === null)) issues.add(at('break'), `must be a break { length, earliest, latest }, got ${JSON.stringify(b)}`);
    else if (b !== undefined) {
      if (!onGrid(b.length) || b.length === 0) issues.add(at('break', 'length'), `must be a positive multiple of the interval (${L} s)`);
      if (!onGrid(b.earliest)) issues.add(at('break', 'earliest'), `must be on an interval boundary (a multiple of ${L} s)`);
      if (!onGrid(b.latest)) issues.add(at('break', 'latest'), `must be on an interval boundary (a multiple of ${L} s)`);
      if (b.latest < b.earliest) issues.add(at('break', 'latest'), `${b.latest} s is before earliest ${b.earliest} s`);
      else if (b.latest + b.length > t.length) issues.add(at('break', 'latest'), `a break starting ${b.latest} s in ends after the shift (${t.length} s)`);
    }
  });
  if (issues.length > 0) throw new ScenarioError(issues.items);
}

function patterns(templates: readonly ShiftTemplate[], grid: PlanningGrid): ShiftPattern[] {
  const L = grid.intervalLength;
  const out: ShiftPattern[] = [];
  templates.forEach((t, i) => {
    for (const start of t.starts) {
      const first = Math.round(start / L);
      const count = Math.round(t.length / L);
      const breaks: (number | null)[] = [];
      if (t.break === undefined) breaks.push(null);
      else {
        // Stryker disable next-line EqualityOperator: b steps over multiples of L up to latest (one too), so it never equals latest + 1e-9
        for (let b = t.break.earliest; b <= t.break.latest + 1e-9; b += L) breaks.push(b);
      }
      for (const b of breaks) {
        const off = b === null ? new Set<number>() : new Set(Array.from({ length: Math.round(t.break!.length / L) }, (_, j) => first + Math.round(b / L) + j));
        const covers = Array.from({ length: count }, (_, j) => first + j).filter((k) => !off.has(k) && k < grid.intervals);
        out.push({ template: i, start, breakStart: b === null ? null : start + b, covers });
      }
    }
  });
  return out;
}

/**
 * The cheapest shifts covering `required[k]` agents in every interval k (set covering).
 *
 * @throws RangeError when the templates cannot cover an interval that needs agents
 */
export async function scheduleShifts(required: readonly number[], templates: readonly ShiftTemplate[], grid: PlanningGrid, costPerHour = 1): Promise<Omit<GroupShiftPlan, 'group'>> {
  const all = patterns(templates, grid);
  // Stryker disable next-line ArithmeticOperator: every column's cost scaled by one positive factor (the price, 3600²) has the same cheapest cover
  const columns: IntegerColumn[] = all.map((p) => ({ cost: (templates[p.template]!.length / 3600) * costPerHour, lower: 0, upper: Infinity }));
  const rows: LinearRow[] = [];
  required.forEach((need, k) => {
    if (need <= 0) return;
    const terms = all.map((p, j) => (p.covers.includes(k) ? ([j, 1] as const) : null)).filter((t) => t !== null);
    if (terms.length === 0) throw new RangeError(`shiftTemplates: no shift covers interval ${k} (starting at ${k * grid.intervalLength} s), which needs ${need} agents`);
    rows.push({ terms, lower: need });
  });
  const solution = await solveIntegerProgram({ columns, rows });
  // Stryker disable next-line ConditionalExpression,StringLiteral: every interval that needs agents has a pattern covering it (checked above) and patterns have no maximum, so the cover is always feasible
  if (solution.status !== 'optimal') throw new RangeError('shiftTemplates: the shifts cannot cover the requirement');
  const coverage = new Array<number>(grid.intervals).fill(0);
  const shifts: GroupShiftPlan['shifts'][number][] = [];
  let paidHours = 0;
  solution.values.forEach((n, j) => {
    if (n <= 0) return;
    const p = all[j]!;
    const t = templates[p.template]!;
    shifts.push({ template: t.name, start: p.start, end: p.start + t.length, breakStart: p.breakStart, agents: n });
    paidHours += (n * t.length) / 3600;
    for (const k of p.covers) coverage[k]! += n;
  });
  return { shifts, paidHours, coverage };
}

/** What {@link scheduleShiftsFor} needs from the optimizer. */
export interface ShiftStep {
  readonly model: ModelDefinition;
  readonly grid: PlanningGrid;
  readonly staffing: StaffingMatrix;
  readonly planned: readonly boolean[];
  readonly costs: Readonly<Record<string, number>>;
  readonly templates: readonly ShiftTemplate[];
  readonly evaluator: CandidateEvaluator;
  readonly validationSeed: string;
  readonly validationReplications: number;
  readonly targets: readonly ResolvedTarget[];
  readonly names: { readonly types: readonly string[]; readonly groups: readonly string[] };
  readonly criterion: TargetCriterion;
}

/** Shifts for every planned group, then the coverage re-simulated on the validation seeds. */
export async function scheduleShiftsFor(step: ShiftStep): Promise<ShiftResult> {
  checkShiftTemplates(step.templates, step.grid);
  const groups: GroupShiftPlan[] = [];
  const coverage = step.staffing.map((row) => [...row]);
  let cost = 0;
  // Stryker disable next-line EqualityOperator: step.planned has no entry past the last group, so g = length is skipped
  for (let g = 0; g < step.staffing.length; g++) {
    if (!step.planned[g]) continue;
    const name = step.names.groups[g]!;
    // Stryker disable next-line LogicalOperator: the price scales every column of the group's cover alike, so it does not change the cheapest cover (the cost below uses it)
    const plan = await scheduleShifts(step.staffing[g]!, step.templates, step.grid, step.costs[name] ?? 1);
    groups.push({ group: name, ...plan });
    coverage[g] = [...plan.coverage];
    cost += plan.paidHours * (step.costs[name] ?? 1);
  }
  const [ev] = await step.evaluator.evaluate([coverage], step.validationSeed, 0, step.validationReplications);
  const targets = targetReports(step.targets, step.evaluator.places, ev!, step.names, step.grid.intervalLength, step.criterion);
  return { groups, cost, targets };
}
