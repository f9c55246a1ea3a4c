import { describe, expect, it } from 'vitest';
import { JourneyCount, JourneyCounters } from '../../src/metrics/journey-counters';
import { JourneyTally } from '../../src/metrics/journey-tally';
import { RunningStats } from '../../src/metrics/stats/running-stats';

describe('JourneyCounters', () => {
  it('adds each set row into every tally of that set, gives tallies of no set zeros, and can fold again', () => {
    const [a, b, c, idle] = [new JourneyTally(), new JourneyTally(), new JourneyTally(), new JourneyTally()];
    idle.issues = 99;
    const sets = [[a], [a, b], [a, b, c]];
    const counters = new JourneyCounters();
    for (let s = 0; s < 40; s++) counters.ensure(s); // grows past its first rows
    const row = (s: number, field: number): number => s * counters.stride + field;
    counters.counts[row(0, JourneyCount.issues)] = 3;
    counters.counts[row(1, JourneyCount.issues)] = 2;
    counters.counts[row(2, JourneyCount.resolved)] = 5;
    counters.counts[row(1, JourneyCount.repeatWithin + 2)] = 7;
    const fold = (): void =>
      counters.fold([a, b, c, idle], sets, (add) => {
        add(c, JourneyCount.issues, 10);
        add(b, JourneyCount.repeatWithin + 1, 1);
      });
    fold();
    fold();
    expect([a.issues, b.issues, c.issues, idle.issues]).toEqual([5, 2, 10, 0]);
    expect([a.resolved, b.resolved, c.resolved]).toEqual([5, 5, 5]);
    expect(Array.from(a.repeatWithin)).toEqual([0, 0, 7]);
    expect(Array.from(b.repeatWithin)).toEqual([0, 1, 7]);
    expect(Array.from(c.repeatWithin)).toEqual([0, 0, 0]);
  });

  it('makes room at once for a row far past its first 16, keeping the rows it had', () => {
    // Rows 64 and 65 need 66 rows: more than twice the 16 it starts with, so the growth doubles more than once.
    for (const set of [64, 65]) {
      const counters = new JourneyCounters();
      counters.counts[3 * counters.stride + JourneyCount.gaveUp] = 4;
      counters.ensure(set);
      counters.counts[set * counters.stride + JourneyCount.contacts] = 6;
      const [kept, far] = [new JourneyTally(), new JourneyTally()];
      const sets: JourneyTally[][] = Array.from({ length: set + 1 }, () => []);
      sets[3] = [kept];
      sets[set] = [far];
      counters.fold([kept, far], sets, () => {});
      expect([kept.gaveUp, far.contacts]).toEqual([4, 6]);
    }
  });
});

describe('JourneyTally.addCustomerTime()', () => {
  it('keeps the mean of a RunningStats fed the same values, bit for bit', () => {
    const tally = new JourneyTally();
    const stats = new RunningStats();
    let x = 0.123;
    for (let k = 0; k < 2000; k++) {
      x = (x * 7919.77 + 13.1) % 3601.3;
      tally.addCustomerTime(x);
      stats.add(x);
      expect(tally.customerTimeMean).toBe(stats.mean);
    }
    expect(tally.summary().meanCustomerTimePerIssue).toBe(stats.mean);
    expect(new JourneyTally().summary().meanCustomerTimePerIssue).toBeNull();
  });
});
