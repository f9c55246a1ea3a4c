import { describe, expect, it } from 'vitest';
import { JourneySetTimes } from '../../src/metrics/journey-set-times';
import { JourneyTally } from '../../src/metrics/journey-tally';

describe('JourneySetTimes', () => {
  it('keeps each tally’s customer-time mean equal, bit for bit, to JourneyTally.addCustomerTime fed the same times', () => {
    const [a, b, c] = [new JourneyTally(), new JourneyTally(), new JourneyTally()];
    const times = new JourneySetTimes([a, b, a, c]);
    times.addSet(0, [a, b]);
    times.addSet(1, [a, c]);
    const reference = [new JourneyTally(), new JourneyTally(), new JourneyTally()];
    // times whose running mean rounds differently from the plain mean
    const closes: [number, number][] = [[0, 0.1], [1, 0.2], [0, 0.3], [1, 1e9], [0, 7], [1, 1 / 3]];
    for (const [set, time] of closes) {
      times.add(set, time);
      reference[0]!.addCustomerTime(time);
      reference[set === 0 ? 1 : 2]!.addCustomerTime(time);
    }
    times.fold();
    expect([a, b, c].map((t) => [t.customerTimeCount, t.customerTimeMean])).toEqual(reference.map((t) => [t.customerTimeCount, t.customerTimeMean]));
    expect(a.customerTimeCount).toBe(6);
    expect(b.customerTimeMean).toBeCloseTo(7.4 / 3, 12);
  });

  it('refuses a set of eight tallies or one naming a tally it does not know', () => {
    const many = Array.from({ length: 8 }, () => new JourneyTally());
    const times = new JourneySetTimes(many);
    expect(() => times.addSet(0, many)).toThrow(/at most 7/);
    expect(() => times.addSet(0, [new JourneyTally()])).toThrow(/not created with/);
  });

  it('grows its set rows past the first sixteen sets', () => {
    const t = new JourneyTally();
    const times = new JourneySetTimes([t]);
    for (let s = 0; s < 40; s++) times.addSet(s, [t]);
    times.add(39, 5);
    times.add(0, 7);
    times.fold();
    expect([t.customerTimeCount, t.customerTimeMean]).toEqual([2, 6]);
  });

  it('records a set far past its rows at once, keeping the sets it had', () => {
    // Set 40 needs 41 rows: more than twice the 16 it starts with.
    const [early, far] = [new JourneyTally(), new JourneyTally()];
    const times = new JourneySetTimes([early, far]);
    times.addSet(0, [early]);
    times.addSet(40, [far]);
    times.add(40, 5);
    times.add(0, 3);
    times.fold();
    expect([early, far].map((t) => [t.customerTimeCount, t.customerTimeMean])).toEqual([[1, 3], [1, 5]]);
  });
});
