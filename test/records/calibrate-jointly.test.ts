import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../../src/records/call-record';
import { calibrate } from '../../src/records/calibrate';
import { calibrateJointly } from '../../src/records/calibrate-jointly';

/** A record of `day`: served when `handle` is given, else abandoned. */
function rec(day: string, offered: number, wait: number, handle?: number): CallRecord {
  const start = handle === undefined ? null : offered + wait;
  return { line: 0, day, offered, wait, outcome: handle === undefined ? 'abandoned' : 'served', serviceStart: start, serviceEnd: start === null ? null : start + handle!, contactType: null, agent: null, customer: null, priority: null };
}

// One tiny day (cheap to replay): five calls in an hour, one abandoned.
const records = [rec('d', 3600, 0, 300), rec('d', 3700, 200, 300), rec('d', 3800, 400, 200), rec('d', 3900, 120), rec('d', 4000, 500, 100)];
const roster = new Array<number>(48).fill(1);

describe('calibrateJointly() on a tiny day', () => {
  it('runs its rounds over every pair and reports the last calibration of each, in the order given', () => {
    const joint = calibrateJointly(records, { on: ['d'], roster, replications: 2, steps: 1, rounds: 2, pairs: [{ unknown: 'patienceScale', target: 'abandonment' }, { unknown: 'handleTimeScale', target: 'asa' }] });
    expect(joint.rounds).toBe(2);
    expect(joint.results.map((r) => [r.unknown, r.target])).toEqual([['patienceScale', 'abandonment'], ['handleTimeScale', 'asa']]);
    expect(joint.values).toEqual({ patienceScale: joint.results[0]!.value, handleTimeScale: joint.results[1]!.value });
  });

  it('one round: each pair calibrated once, in order, the later ones on the values found before', () => {
    const options = { on: ['d'], roster, replications: 2, steps: 1 };
    const joint = calibrateJointly(records, { ...options, rounds: 1, pairs: [{ unknown: 'patienceScale', target: 'abandonment' }, { unknown: 'handleTimeScale', target: 'asa' }] });
    const first = calibrate(records, { ...options, unknown: 'patienceScale', target: 'abandonment' });
    const second = calibrate(records, { ...options, patienceScale: first.value, unknown: 'handleTimeScale', target: 'asa' });
    expect(joint).toEqual({ values: { patienceScale: first.value, handleTimeScale: second.value }, results: [first, second], rounds: 1 });
  });

  it('one pair needs one round whatever the rounds asked', () => {
    const joint = calibrateJointly(records, { on: ['d'], roster, replications: 2, steps: 1, rounds: 3, pairs: [{ unknown: 'patienceScale', target: 'abandonment' }] });
    expect(joint.rounds).toBe(1);
    expect(joint.results).toHaveLength(1);
    expect(Object.keys(joint.values)).toEqual(['patienceScale']);
  });

  it('rejects no pairs, an unknown given twice and rounds that are not a positive integer', () => {
    const pairs = [{ unknown: 'availability', target: 'asa' }] as const;
    expect(() => calibrateJointly(records, { on: ['d'], pairs: [] })).toThrow(new RangeError('calibrateJointly: give at least one unknown'));
    expect(() => calibrateJointly(records, { on: ['d'], pairs: [...pairs, { unknown: 'availability', target: 'abandonment' }] })).toThrow(new RangeError('calibrateJointly: availability is given twice'));
    for (const rounds of [0, -1, 1.5]) expect(() => calibrateJointly(records, { on: ['d'], pairs, rounds })).toThrow(new RangeError(`calibrateJointly: rounds must be a positive integer, got ${rounds}`));
  });
});
