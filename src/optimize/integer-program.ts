import type { Highs } from 'highs';

/**
 * The solver adapter: integer programs `min c·x  s.t.  lower ≤ A·x ≤ upper, bounds, x integer`,
 * solved by HiGHS compiled to WebAssembly (the `highs` package, loaded once from its own files:
 * nothing is fetched at run time). The package is imported on the first solve, not when routelab
 * is loaded: its ES module build starts with a top-level `await`, which would make
 * `require('routelab')` fail for every CommonJS user, optimizer or not. Everything else in the optimizer sees only this interface, so
 * the solver can be swapped.
 *
 * @module
 */

/** One integer variable. */
export interface IntegerColumn {
  /** Cost per unit. */
  readonly cost: number;
  /** Lower bound (integer). */
  readonly lower: number;
  /** Upper bound (integer, or Infinity). */
  readonly upper: number;
  /** A continuous variable (an auxiliary flow, never read as staffing). @default false */
  readonly continuous?: boolean;
}

/** One linear constraint `Σ coefficient·x[column] ≥ lower` (and/or `≤ upper`). */
export interface LinearRow {
  /** `[column, coefficient]` pairs. */
  readonly terms: readonly (readonly [number, number])[];
  /** Lower bound of the sum, if any. */
  readonly lower?: number;
  /** Upper bound of the sum, if any. */
  readonly upper?: number;
}

/** An integer program. */
export interface IntegerProgram {
  /** The variables. */
  readonly columns: readonly IntegerColumn[];
  /** The constraints. */
  readonly rows: readonly LinearRow[];
}

/** The outcome of {@link solveIntegerProgram}. */
export type IntegerSolution =
  | { readonly status: 'optimal'; readonly values: readonly number[]; readonly objective: number }
  | { readonly status: 'infeasible' };

let highs: Promise<Highs> | undefined;

/** Formats a coefficient for the LP text (no exponent notation, 9 decimals at most). */
function num(x: number): string {
  const r = Math.round(x * 1e9) / 1e9;
  return Number.isInteger(r) ? String(r) : r.toFixed(9).replace(/0+$/, '');
}

/** The program in CPLEX LP format. */
export function lpText(program: IntegerProgram): string {
  const term = (c: number, col: number) => `${c < 0 ? '-' : '+'} ${num(Math.abs(c))} x${col}`;
  const lines = ['Minimize', ` obj: ${program.columns.map((c, i) => term(c.cost, i)).join(' ') || '0 x0'}`, 'Subject To'];
  program.rows.forEach((row, r) => {
    const terms = row.terms.filter(([, c]) => Math.abs(c) >= 1e-9);
    if (terms.length === 0) {
      // An empty row: 0 ≥ lower must hold; keep it as a constraint on nothing by a fixed check.
      if ((row.lower ?? -Infinity) > 1e-9 || (row.upper ?? Infinity) < -1e-9) lines.push(` r${r}a: 0 x0 >= 1`);
      return;
    }
    const lhs = terms.map(([col, c]) => term(c, col)).join(' ');
    if (row.lower !== undefined) lines.push(` r${r}l: ${lhs} >= ${num(row.lower)}`);
    if (row.upper !== undefined) lines.push(` r${r}u: ${lhs} <= ${num(row.upper)}`);
  });
  lines.push('Bounds');
  program.columns.forEach((c, i) => lines.push(` ${num(c.lower)} <= x${i} <= ${Number.isFinite(c.upper) ? num(c.upper) : '+inf'}`));
  const integers = program.columns.map((c, i) => (c.continuous === true ? '' : `x${i}`)).filter((name) => name !== '');
  lines.push('Generals', ` ${integers.join(' ')}`, 'End');
  return lines.join('\n');
}

/**
 * Solves an integer program to optimality (HiGHS branch and cut, relative gap 1e-6).
 *
 * @throws Error when HiGHS stops for another reason than optimality or infeasibility
 */
export async function solveIntegerProgram(program: IntegerProgram): Promise<IntegerSolution> {
  if (program.columns.length === 0) return { status: 'optimal', values: [], objective: 0 };
  highs ??= import('highs').then((module) => module.default());
  const solver = await highs;
  const solution = solver.solve(lpText(program), { output_flag: false, mip_rel_gap: 1e-6, time_limit: 120 });
  if (solution.Status === 'Infeasible') return { status: 'infeasible' };
  if (solution.Status !== 'Optimal') throw new Error(`integer program: HiGHS ended with status '${solution.Status}'`);
  const columns = solution.Columns as Record<string, { Primal: number }>;
  const values = program.columns.map((c, i) => {
    const v = columns[`x${i}`]?.Primal ?? 0;
    return c.continuous === true ? v : Math.round(v);
  });
  return { status: 'optimal', values, objective: solution.ObjectiveValue };
}
