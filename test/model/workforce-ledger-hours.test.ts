import { describe, expect, it } from 'vitest';
import { LedgerLevel, WorkforceLedger } from '../../src/model/workforce-ledger';

const H = 3600;

describe('WorkforceLedger', () => {
  it('integrates each level over [warmup, horizon) and per interval, in hours', () => {
    // One group, horizon 3 h, warm-up 0.5 h, hourly intervals.
    const ledger = new WorkforceLedger(1, 3 * H, 0.5 * H, H);
    ledger.set(0, LedgerLevel.scheduled, 0, 2);
    ledger.set(0, LedgerLevel.present, 0, 1);
    ledger.set(0, LedgerLevel.shrunk, 900, 1);
    ledger.set(0, LedgerLevel.shrunk, 2700, 0);
    ledger.set(0, LedgerLevel.onBreak, 3000, 1);
    ledger.set(0, LedgerLevel.busy, 100, 1);
    ledger.set(0, LedgerLevel.busy, 200, 1); // no change: the level keeps running from 100
    ledger.set(0, LedgerLevel.busy, 1900, 0);
    ledger.set(0, LedgerLevel.onBreak, 4200, 0);
    ledger.set(0, LedgerLevel.scheduled, 5400, 1);
    // After the horizon: counts nowhere.
    ledger.set(0, LedgerLevel.busy, 11_000, 3);
    expect(ledger.get(0, LedgerLevel.busy)).toBe(3);
    expect(ledger.get(0, LedgerLevel.scheduled)).toBe(1);
    ledger.close(12_000);
    const [g] = ledger.result(['desk']);
    expect(g!.name).toBe('desk');
    // Scheduled: 2 agents over [1800, 5400) + 1 over [5400, 10800) = 7200 + 5400 s = 3.5 h.
    expect(g!.scheduledHours).toBe(3.5);
    // Present: 1 agent over [1800, 10800) = 2.5 h; absent 3.5 − 2.5.
    expect(g!.paidHours).toBe(2.5);
    expect(g!.absentHours).toBe(1);
    // On break [3000, 4200): 1200 s; shrunk [1800, 2700) after the warm-up: 900 s; busy [1800, 1900): 100 s.
    expect(g!.breakHours).toBeCloseTo(1200 / H, 12);
    expect(g!.shrinkageHours).toBe(0.25);
    expect(g!.availableHours).toBeCloseTo(2.5 - 1200 / H - 0.25, 12);
    expect(g!.productiveHours).toBeCloseTo(100 / H, 12);
    // Per interval, from 0 (the warm-up is not cut there).
    expect(g!.intervals.map((i) => i.start)).toEqual([0, H, 2 * H]);
    expect(g!.intervals.map((i) => i.scheduledHours)).toEqual([2, 1.5, 1]);
    expect(g!.intervals.map((i) => i.paidHours)).toEqual([1, 1, 1]);
    expect(g!.intervals.map((i) => i.breakHours * H)).toEqual([600, 600, 0]);
    expect(g!.intervals.map((i) => i.shrinkageHours)).toEqual([0.5, 0, 0]);
    expect(g!.intervals.map((i) => i.productiveHours * H)).toEqual([1800, 0, 0]);
  });

  it('keeps the groups apart', () => {
    const ledger = new WorkforceLedger(2, H, 0, H);
    ledger.set(1, LedgerLevel.scheduled, 0, 3);
    ledger.set(0, LedgerLevel.scheduled, 1800, 1);
    ledger.close(H);
    const groups = ledger.result(['a', 'b']);
    expect(groups.map((g) => g.name)).toEqual(['a', 'b']);
    const [a, b] = groups;
    expect([a!.scheduledHours, b!.scheduledHours]).toEqual([0.5, 3]);
    expect([a!.intervals[0]!.scheduledHours, b!.intervals[0]!.scheduledHours]).toEqual([0.5, 3]);
  });

  it('has one interval per started interval of the horizon (at least one)', () => {
    const count = (horizon: number, length: number): number => new WorkforceLedger(1, horizon, 0, length).result(['g'])[0]!.intervals.length;
    expect(count(2 * H, H)).toBe(2);
    expect(count(2 * H + 1, H)).toBe(3);
    expect(count(0.5 * H, H)).toBe(1);
    expect(count(0, H)).toBe(1);
  });

  it('splits a level across the intervals it spans, the last one cut at the horizon', () => {
    // Horizon 2.5 h: intervals [0, 1 h), [1 h, 2 h), [2 h, 2.5 h).
    const ledger = new WorkforceLedger(1, 2.5 * H, 0, H);
    ledger.set(0, LedgerLevel.present, 0.5 * H, 4);
    ledger.close(10 * H);
    const [g] = ledger.result(['g']);
    expect(g!.intervals.map((i) => i.paidHours)).toEqual([2, 4, 2]);
    expect(g!.paidHours).toBe(8);
  });

  it('counts the changes before the warm-up in their intervals only', () => {
    // Horizon 2 h, warm-up 1 h: 2 agents over [0, 0.25 h), 3 over [0.25 h, 0.5 h), then 1.
    const ledger = new WorkforceLedger(1, 2 * H, H, H);
    ledger.set(0, LedgerLevel.present, 0, 2);
    ledger.set(0, LedgerLevel.present, 0.25 * H, 3);
    ledger.set(0, LedgerLevel.present, 0.5 * H, 1);
    ledger.close(2 * H);
    const [g] = ledger.result(['g']);
    // First interval: 2 × 0.25 + 3 × 0.25 + 1 × 0.5 = 1.75 h; the total is the second hour only.
    expect(g!.intervals.map((i) => i.paidHours)).toEqual([1.75, 1]);
    expect(g!.paidHours).toBe(1);
  });

  it('adds nothing for changes after the horizon, in the totals or the last interval', () => {
    // Horizon 2.5 h: the last interval [2 h, 2.5 h) is half long.
    const ledger = new WorkforceLedger(1, 2.5 * H, 0, H);
    ledger.set(0, LedgerLevel.present, 0, 1);
    ledger.set(0, LedgerLevel.present, 2.7 * H, 2);
    ledger.set(0, LedgerLevel.present, 2.9 * H, 3);
    ledger.close(3 * H);
    const [g] = ledger.result(['g']);
    expect(g!.intervals.map((i) => i.paidHours)).toEqual([1, 1, 0.5]);
    expect(g!.paidHours).toBe(2.5);
  });

  it('counts the sliver of a horizon a rounding error past whole intervals in the totals only', () => {
    // 2 h + 1 µs: two intervals (not a third of 1 µs); the sliver falls in no interval and
    // spills into no other level's.
    const horizon = 2 * H + 1e-6;
    const ledger = new WorkforceLedger(1, horizon, 0, H);
    ledger.set(0, LedgerLevel.scheduled, 0, 1);
    ledger.close(3 * H);
    const [g] = ledger.result(['g']);
    expect(g!.intervals.map((i) => i.scheduledHours)).toEqual([1, 1]);
    expect(g!.intervals.map((i) => i.paidHours)).toEqual([0, 0]);
    expect(g!.scheduledHours).toBe(horizon / H);
    expect(g!.paidHours).toBe(0);
  });
});
