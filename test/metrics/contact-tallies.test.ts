import { describe, expect, it } from 'vitest';
import { ContactTallies, TallyField } from '../../src/metrics/contact-tallies';
import { QuantileSketch } from '../../src/metrics/stats/quantile-sketch';
import type { ModelDefinition } from '../../src/model/definition';
import { exponential } from '../../src/random/distributions/exponential';
import { singleQueueModel } from '../support/models';

const base = singleQueueModel({ arrivalRate: 1, handleTime: exponential({ mean: 1 }), agents: 1, horizon: 10 });

/** Two voice types and one chat type, two segments: 1 overall + 3 types + 1 shared voice channel + 2 segments. */
function model(): ModelDefinition {
  const type = base.contactTypes[0]!;
  return {
    ...base,
    segments: [0, 1].map((id) => ({ id, name: `s${id}`, share: 0.5, value: id, priority: 0 })),
    contactTypes: [0, 0, 1].map((channel, id) => ({ ...type, id, name: `t${id}`, channel, segmentMix: [0.5, 0.5] })),
  };
}

describe('ContactTallies', () => {
  it('numbers the slices by use: overall first, then the shared channel and the segments, the types last', () => {
    const t = new ContactTallies(model(), 0.01);
    expect(t.overall).toBe(0);
    // voice (types 0 and 1, both segments: 4 classes), s0 and s1 (3 classes each), then the types (2 each)
    expect([t.byChannel[0], t.bySegment[0], t.bySegment[1]]).toEqual([1, 2, 3]);
    expect([...t.byType]).toEqual([4, 5, 6]);
    // chat is used by type 2 alone: its slice is the type's
    expect(t.byChannel[1]).toBe(t.byType[2]);
  });

  it('counts each event of a class in every slice of the class, once', () => {
    const t = new ContactTallies(model(), 0.01);
    const cls = (type: number, segment: number) => type * 2 + segment;
    t.offer(cls(0, 1));
    t.offer(cls(2, 0));
    t.block(cls(2, 0));
    t.unfinish(cls(1, 1));
    const f = (slice: number, field: TallyField) => t.records[slice * TallyField.stride + field];
    expect([f(t.overall, TallyField.offered), f(t.byChannel[0]!, TallyField.offered), f(t.byType[2]!, TallyField.offered)]).toEqual([2, 1, 1]);
    expect([f(t.bySegment[0]!, TallyField.blocked), f(t.bySegment[1]!, TallyField.blocked), f(t.overall, TallyField.blocked)]).toEqual([1, 0, 1]);
    expect([f(t.bySegment[1]!, TallyField.unfinished), f(t.byType[0]!, TallyField.unfinished), f(t.byType[1]!, TallyField.unfinished)]).toEqual([1, 0, 1]);
  });

  it('gives a slice the metrics worked out by hand and the percentiles of a sketch fed the same waits', () => {
    const t = new ContactTallies(model(), 0.01);
    const waits = [0, 12, 30, 0, 7.5, 600];
    waits.forEach((w, k) => t.answer(0, w, w <= 20 && k !== 4)); // the 7.5 s answer was a retrial past its target
    t.abandon(0, 3, true);
    t.abandon(0, 40, false);
    t.serve(0, 100);
    t.serve(0, 300);
    t.offer(0);
    const sketch = new QuantileSketch({ relativeAccuracy: 0.01 });
    for (const w of waits) sketch.add(w);
    const s = t.summary(t.byType[0]!);
    expect(s).toEqual({
      offered: 1,
      answered: 6,
      served: 2,
      abandoned: 2,
      blocked: 0,
      unfinished: 0,
      shortAbandoned: 1,
      answeredWithinTarget: 3,
      abandonmentRate: 2 / 8,
      blockingRate: 0,
      asa: s.wait.mean,
      wait: { mean: s.wait.mean, p50: sketch.quantile(0.5), p80: sketch.quantile(0.8), p90: sketch.quantile(0.9), p95: sketch.quantile(0.95), p99: sketch.quantile(0.99), max: 600 },
      meanQueueTime: (649.5 + 43) / 8,
      meanTimeToAbandon: 21.5,
      serviceLevel: 3 / 8,
      serviceLevelOfAnswered: 0.5,
      serviceLevelExcludingShortAbandons: 3 / 7,
      meanHandleTime: 200,
    });
    expect(s.wait.mean).toBeCloseTo(649.5 / 6, 12);
    // p50: the third smallest of six (0, 0, 7.5, ...), within 1 %
    expect(Math.abs(s.wait.p50! - 7.5)).toBeLessThanOrEqual(0.075);
    // the overall slice saw the same contacts, the other types none
    expect(t.summary(t.overall)).toEqual(s);
    expect(t.summary(t.byType[1]!).answered).toBe(0);
    expect(t.waitDistribution(t.overall, [0, 10, 1000])).toEqual([
      { upTo: 0, answered: 2 / 6 },
      { upTo: 10, answered: sketch.fractionAtMost(10) },
      { upTo: 1000, answered: 1 },
    ]);
  });

  it('reports nulls, not zeros, for a slice with no contacts', () => {
    const s = new ContactTallies(model(), 0.01).summary(0);
    expect([s.asa, s.wait.p50, s.wait.max, s.meanTimeToAbandon, s.meanHandleTime, s.serviceLevel]).toEqual([null, null, null, null, null, null]);
  });

  it('rejects a wait it cannot place and a handle time or abandon wait that is not finite', () => {
    const t = new ContactTallies(model(), 0.01);
    expect(() => t.answer(0, -1, true)).toThrow(RangeError);
    expect(() => t.answer(0, Number.NaN, true)).toThrow(/wait must be in \[0, 100000000\]/);
    expect(() => t.answer(0, 2e8, true)).toThrow(RangeError);
    expect(() => t.serve(0, Number.POSITIVE_INFINITY)).toThrow(/handle must be a finite number/);
    expect(() => t.abandon(0, Number.NaN, false)).toThrow(/wait must be a finite number/);
    expect(t.summary(0).answered).toBe(0);
  });

  it('gives a slice with one answered wait that wait as every percentile, from the smallest bucket to the largest wait', () => {
    // The sketch clamps its answers to the exact min and max, so one wait is reported exactly; 1e-6
    // is the sketch's minValue (its first bucket), 1e8 its maxValue, the largest wait accepted.
    for (const w of [1e-6, 20, 1e8]) {
      const t = new ContactTallies(model(), 0.01);
      t.answer(1, w, true); // type 0, segment 1
      for (const slice of [t.overall, t.byType[0]!, t.bySegment[1]!]) {
        const { mean, ...rest } = t.summary(slice).wait;
        expect(rest).toEqual({ p50: w, p80: w, p90: w, p95: w, p99: w, max: w });
        expect(mean).toBe(w);
      }
    }
  });

  it('gives null shares in the wait distribution of a slice nobody in it was answered, beside one that was', () => {
    const t = new ContactTallies(model(), 0.01);
    t.answer(0, 20, true); // type 0, segment 0
    expect(t.waitDistribution(t.byType[1]!, [0, 60])).toEqual([
      { upTo: 0, answered: null },
      { upTo: 60, answered: null },
    ]);
    expect(t.waitDistribution(t.byType[0]!, [0, 60])).toEqual([
      { upTo: 0, answered: 0 },
      { upTo: 60, answered: 1 },
    ]);
  });
});
