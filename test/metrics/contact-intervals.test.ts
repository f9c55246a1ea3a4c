import { describe, expect, it } from 'vitest';
import { ContactIntervals } from '../../src/metrics/contact-intervals';
import { IntervalCounter, IntervalGrid } from '../../src/metrics/stats/index';
import { makeRng } from './stats/helpers';

describe('ContactIntervals', () => {
  it('counts exactly as five IntervalCounters, inside and outside the grid', () => {
    const rng = makeRng('contact-intervals');
    for (let trial = 0; trial < 50; trial++) {
      const grid = new IntervalGrid({ intervalLength: 1 + rng() * 1800, binCount: 1 + Math.floor(rng() * 30), start: trial % 2 === 0 ? 0 : rng() * 100 });
      const intervals = new ContactIntervals(grid);
      const offered = new IntervalCounter(grid);
      const answered = new IntervalCounter(grid);
      const abandoned = new IntervalCounter(grid);
      const within = new IntervalCounter(grid);
      const waitSum = new IntervalCounter(grid);
      let t = grid.start - grid.intervalLength;
      for (let i = 0; i < 500; i++) {
        // arrivals mostly in order, sometimes back in time (answered later than a newer arrival), sometimes on a boundary
        const r = rng();
        const arrival = r < 0.1 ? grid.boundary(Math.floor(rng() * (grid.binCount + 1))) : r < 0.2 ? t - rng() * grid.intervalLength : (t += rng() * grid.intervalLength * 0.3);
        const what = rng();
        if (what < 0.4) {
          intervals.offer(arrival);
          offered.add(arrival);
        } else if (what < 0.8) {
          const wait = rng() * 60;
          const inTarget = wait <= 20;
          intervals.answer(arrival, wait, inTarget);
          answered.add(arrival);
          waitSum.add(arrival, wait);
          if (inTarget) within.add(arrival);
        } else {
          intervals.abandon(arrival);
          abandoned.add(arrival);
        }
      }
      expect(Array.from(intervals.offered)).toEqual(offered.toArray());
      expect(Array.from(intervals.answered)).toEqual(answered.toArray());
      expect(Array.from(intervals.abandoned)).toEqual(abandoned.toArray());
      expect(Array.from(intervals.within)).toEqual(within.toArray());
      expect(Array.from(intervals.waitSum)).toEqual(waitSum.toArray());
      expect([intervals.offeredAfterEnd, intervals.answeredAfterEnd, intervals.abandonedAfterEnd]).toEqual([
        offered.afterEnd,
        answered.afterEnd,
        abandoned.afterEnd,
      ]);
    }
  });
});
