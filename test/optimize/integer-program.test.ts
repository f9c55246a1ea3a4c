import { describe, expect, it } from 'vitest';
import { lpText, solveIntegerProgram } from '../../src/optimize/integer-program';

describe('solveIntegerProgram()', () => {
  it('solves a small covering program to its integer optimum', async () => {
    // min 3a + 5b  s.t.  a + 2b >= 7, 0 <= a <= 2. b = 2 needs a >= 3 (not allowed); b = 3 needs a >= 1
    // (cost 18); b = 4 with a = 0 costs 20. The optimum is a = 1, b = 3, cost 18.
    const solution = await solveIntegerProgram({
      columns: [
        { cost: 3, lower: 0, upper: 2 },
        { cost: 5, lower: 0, upper: Infinity },
      ],
      rows: [{ terms: [[0, 1], [1, 2]], lower: 7 }],
    });
    expect(solution).toEqual({ status: 'optimal', values: [1, 3], objective: 18 });
  });

  it('reports an infeasible program', async () => {
    const solution = await solveIntegerProgram({ columns: [{ cost: 1, lower: 0, upper: 3 }], rows: [{ terms: [[0, 1]], lower: 4 }] });
    expect(solution.status).toBe('infeasible');
  });

  it('throws, naming the status HiGHS ended with, on an unbounded program (neither optimal nor infeasible)', async () => {
    // min −x over the integers x ≥ 0: no optimum
    await expect(solveIntegerProgram({ columns: [{ cost: -1, lower: 0, upper: Infinity }], rows: [] })).rejects.toThrow(/^integer program: HiGHS ended with status '.*[Uu]nbounded/);
  });

  it('writes coefficients without exponent notation', () => {
    const text = lpText({ columns: [{ cost: 1e-7, lower: 0, upper: 1 }], rows: [{ terms: [[0, 1.5e-5]], lower: 2.5e-7 }] });
    expect(text).not.toMatch(/e-/);
  });
});

describe('lpText()', () => {
  it('writes the program in CPLEX LP format, term by term', () => {
    const text = lpText({
      columns: [
        { cost: 3, lower: 0, upper: 2 },
        { cost: -1.5, lower: 1, upper: Infinity, continuous: true },
      ],
      rows: [
        { terms: [[0, 1], [1, 2]], lower: 7 },
        { terms: [[0, 0], [1, -0.25]], upper: 4 },
        { terms: [[0, 1], [1, 1]], lower: 1, upper: 1 / 3 },
        { terms: [[0, 1e-12]], lower: 1 },
        { terms: [], upper: -1 },
        { terms: [], lower: 0, upper: 0 },
      ],
    });
    expect(text.split('\n')).toEqual([
      'Minimize',
      ' obj: + 3 x0 - 1.5 x1',
      'Subject To',
      ' r0l: + 1 x0 + 2 x1 >= 7',
      ' r1u: - 0.25 x1 <= 4',
      ' r2l: + 1 x0 + 1 x1 >= 1',
      ' r2u: + 1 x0 + 1 x1 <= 0.333333333',
      ' r3a: 0 x0 >= 1',
      ' r4a: 0 x0 >= 1',
      'Bounds',
      ' 0 <= x0 <= 2',
      ' 1 <= x1 <= +inf',
      'Generals',
      ' x0',
      'End',
    ]);
  });

  it('rounds coefficients to 9 decimals and writes an empty objective as 0', () => {
    expect(lpText({ columns: [], rows: [] }).split('\n').slice(0, 3)).toEqual(['Minimize', ' obj: 0 x0', 'Subject To']);
    expect(lpText({ columns: [{ cost: 2.5e-7, lower: 0, upper: 1 }], rows: [] }).split('\n')[1]).toBe(' obj: + 0.00000025 x0');
    expect(lpText({ columns: [{ cost: 1e-10, lower: 0, upper: 1 }], rows: [] }).split('\n')[1]).toBe(' obj: + 0 x0');
  });

  it('keeps a coefficient of exactly 1e−9, writes a zero cost with +, and drops empty rows that 0 satisfies, even at ±1e−9', () => {
    const text = lpText({
      columns: [{ cost: 0, lower: 0, upper: 1 }],
      rows: [
        { terms: [[0, 1e-9]], lower: 1 },
        { terms: [], upper: 5 }, // no lower bound: 0 ≤ 5 holds
        { terms: [], lower: 1e-9 }, // 0 ≥ 1e−9 within the tolerance
        { terms: [], upper: -1e-9 }, // 0 ≤ −1e−9 within the tolerance
      ],
    });
    expect(text.split('\n')).toEqual(['Minimize', ' obj: + 0 x0', 'Subject To', ' r0l: + 0.000000001 x0 >= 1', 'Bounds', ' 0 <= x0 <= 1', 'Generals', ' x0', 'End']);
  });
});

describe('solveIntegerProgram(): edges', () => {
  it('solves a program without variables at once', async () => {
    expect(await solveIntegerProgram({ columns: [], rows: [] })).toEqual({ status: 'optimal', values: [], objective: 0 });
  });

  it('keeps a continuous variable fractional and rounds an integer one', async () => {
    // min x0 + x1  s.t.  2 x0 >= 3 (x0 continuous: 1.5), 2 x1 >= 3 (x1 integer: 2).
    const solution = await solveIntegerProgram({
      columns: [
        { cost: 1, lower: 0, upper: Infinity, continuous: true },
        { cost: 1, lower: 0, upper: Infinity },
      ],
      rows: [
        { terms: [[0, 2]], lower: 3 },
        { terms: [[1, 2]], lower: 3 },
      ],
    });
    expect(solution).toEqual({ status: 'optimal', values: [1.5, 2], objective: 3.5 });
  });
});
