import { describe, expect, it } from 'vitest';
import { agentsForServiceLevel, erlangC, erlangCStaffing } from '../../src/analytic/index';
import { naiveErlangC } from './reference-formulas';

const example = { arrivalRate: 100 / 1800, meanServiceTime: 180 } as const;

/** Service level from the factorial formula, independent of the implementation. */
function naiveServiceLevel(a: number, c: number, t: number, s: number): number {
  if (a >= c) return 0;
  return 1 - naiveErlangC(a, c) * Math.exp((-(c - a) * t) / s);
}

describe('agentsForServiceLevel()', () => {
  it('needs 14 agents for 80/20 in the 100-calls-per-half-hour example', () => {
    expect(agentsForServiceLevel({ ...example, targetTime: 20, target: 0.8 })).toBe(14);
    // 13 agents fall just short (≈ 79.6%); 14 give ≈ 88.8%.
    expect(naiveServiceLevel(10, 13, 20, 180)).toBeLessThan(0.8);
    expect(naiveServiceLevel(10, 14, 20, 180)).toBeGreaterThan(0.8);
  });

  it('returns the smallest agent count meeting the target (c − 1 fails)', () => {
    for (const arrivalRate of [0.01, 0.05, 0.2]) {
      for (const meanServiceTime of [30, 120, 300]) {
        for (const [targetTime, target] of [
          [20, 0.8],
          [0, 0.5],
          [60, 0.95],
        ] as const) {
          const c = agentsForServiceLevel({ arrivalRate, meanServiceTime, targetTime, target });
          const a = arrivalRate * meanServiceTime;
          expect(c).toBeGreaterThan(a);
          expect(erlangC({ arrivalRate, meanServiceTime, agents: c }).serviceLevel(targetTime)).toBeGreaterThanOrEqual(
            target,
          );
          if (c - 1 > a) {
            const below = erlangC({ arrivalRate, meanServiceTime, agents: c - 1 });
            expect(below.serviceLevel(targetTime)).toBeLessThan(target);
          }
          if (c <= 20) expect(naiveServiceLevel(a, c, targetTime, meanServiceTime)).toBeGreaterThanOrEqual(target - 1e-12);
        }
      }
    }
  });

  it('staffs thousands of agents and the answer is tight', () => {
    const opts = { arrivalRate: 4950 / 180, meanServiceTime: 180, targetTime: 20, target: 0.8 };
    const c = agentsForServiceLevel(opts);
    expect(c).toBeGreaterThan(4950);
    expect(c).toBeLessThan(5100);
    expect(erlangC({ ...opts, agents: c }).serviceLevel(20)).toBeGreaterThanOrEqual(0.8);
    expect(erlangC({ ...opts, agents: c - 1 }).serviceLevel(20)).toBeLessThan(0.8);
  });

  it('with target 0 returns the smallest stable staffing', () => {
    expect(agentsForServiceLevel({ ...example, targetTime: 20, target: 0 })).toBe(11);
  });
});

describe('erlangCStaffing()', () => {
  it('returns the required row and its neighbours with consistent metrics', () => {
    const table = erlangCStaffing({ ...example, targetTime: 20, target: 0.8 });
    expect(table.offeredLoad).toBeCloseTo(10, 12);
    expect(table.agents).toBe(14);
    expect(table.rows.map((r) => r.agents)).toEqual([12, 13, 14, 15, 16]);
    expect(table.required.agents).toBe(14);
    expect(table.rows.map((r) => r.meetsTarget)).toEqual([false, false, true, true, true]);
    for (const row of table.rows) {
      const r = erlangC({ ...example, agents: row.agents });
      expect(row.averageSpeedOfAnswer).toBeCloseTo(r.averageSpeedOfAnswer, 10);
      expect(row.serviceLevel).toBeCloseTo(naiveServiceLevel(10, row.agents, 20, 180), 12);
      expect(row.occupancy).toBeCloseTo(10 / row.agents, 12);
    }
  });

  it('adds agents to respect a maximum occupancy', () => {
    const table = erlangCStaffing({ ...example, targetTime: 20, target: 0.8, maxOccupancy: 0.65 });
    expect(table.agents).toBe(16); // 10/15 ≈ 0.667 > 0.65, 10/16 = 0.625
    expect(table.required.meetsTarget).toBe(true);
    expect(table.rows.find((r) => r.agents === 15)?.meetsTarget).toBe(false);
  });

  it('marks unstable rows instead of failing', () => {
    const table = erlangCStaffing({ ...example, targetTime: 20, target: 0, rowsBefore: 3, rowsAfter: 0 });
    expect(table.rows.map((r) => r.agents)).toEqual([8, 9, 10, 11]);
    expect(table.rows.slice(0, 3).every((r) => !r.stable && r.averageSpeedOfAnswer === Infinity)).toBe(true);
  });
});
