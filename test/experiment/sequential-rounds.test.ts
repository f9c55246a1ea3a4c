import { describe, expect, it } from 'vitest';
import { runExperiment } from '../../src/experiment/replications';
import { runSequential, type PrecisionTarget } from '../../src/experiment/sequential';
import { summarizeValues } from '../../src/experiment/summary';
import type { ScenarioInput } from '../../src/scenario/schema';
import { helpDesk } from './scenarios';

/** Twenty minutes of one queue: a replication takes about a millisecond. */
const tiny = (): ScenarioInput => ({
  name: 'tiny',
  horizon: '20m',
  skills: ['s'],
  contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'exponential', mean: '2m' }, arrivals: { rate: '60/h' } }],
  agentGroups: [{ name: 'agents', skills: { s: 1 }, agents: 2 }],
});

/** Occupancy varies continuously from one replication to the next, so its half-width is never 0. */
const OCCUPANCY = 'agents.occupancy';
const unreachable: PrecisionTarget[] = [{ metric: OCCUPANCY, halfWidth: 1e-12 }];
const easy: PrecisionTarget[] = [{ metric: OCCUPANCY, relativeHalfWidth: 1000 }];

describe('runSequential() rounds', () => {
  it('runs initialReplications, then batches, the last one cut to the cap, reporting progress out of the cap', async () => {
    const progress: [number, number][] = [];
    const r = await runSequential(tiny(), { targets: unreachable, threads: 1, initialReplications: 2, batchSize: 2, maxReplications: 5, onProgress: (d, t) => progress.push([d, t]) });
    // Rounds end at 2, 4, then 5.
    expect(r.sequential).toMatchObject({ stoppedBy: 'cap', rounds: 3 });
    expect([r.from, r.to, r.replications.length]).toEqual([0, 5, 5]);
    expect(progress).toEqual([[1, 5], [2, 5], [3, 5], [4, 5], [5, 5]]);
    expect(r.sequential.targets[0]).toMatchObject({ metric: OCCUPANCY, met: false });
  });

  it('stops after the first round when the targets hold, with 10 replications and batches of 10 by default', async () => {
    const first = await runSequential(tiny(), { targets: easy, threads: 1 });
    expect(first.sequential).toMatchObject({ stoppedBy: 'targets', rounds: 1 });
    expect(first.to).toBe(10);
    const capped = await runSequential(tiny(), { targets: unreachable, threads: 1, initialReplications: 2, maxReplications: 13 });
    // 2, 12, 13.
    expect(capped.sequential.rounds).toBe(3);
    expect(capped.to).toBe(13);
  });

  it('stops at the first replication count whose half-width is within the target (equal counts)', async () => {
    const plain = await runExperiment(tiny(), { replications: 7, seed: 3, threads: 1 });
    const j = plain.metrics.indexOf(OCCUPANCY);
    const values = plain.replications.map((row) => row.values[j]!);
    const halfWidths = [2, 3, 4, 5, 6, 7].map((k) => summarizeValues(values.slice(0, k)).halfWidth!);
    // The target is the smallest half-width from 3 replications on: met (with equality) there, or
    // earlier if 2 replications happen to be as precise.
    const target = Math.min(...halfWidths.slice(1));
    const expected = 2 + halfWidths.findIndex((h) => h <= target);
    const r = await runSequential(tiny(), { targets: [{ metric: OCCUPANCY, halfWidth: target }], seed: 3, threads: 1, initialReplications: 2, batchSize: 1 });
    expect(r.to).toBe(expected);
    expect(r.sequential).toMatchObject({ stoppedBy: 'targets', rounds: expected - 1 });
    expect(r.sequential.targets[0]).toEqual({
      metric: OCCUPANCY,
      halfWidth: target,
      mean: summarizeValues(values.slice(0, expected)).mean,
      achievedHalfWidth: halfWidths[expected - 2],
      met: true,
    });
  });

  it('needs both goals of a target, and every target', async () => {
    const options = { threads: 1, initialReplications: 2, maxReplications: 3 } as const;
    const both = [
      [{ metric: OCCUPANCY, halfWidth: 1000, relativeHalfWidth: 1e-12 }],
      [{ metric: OCCUPANCY, halfWidth: 1e-12, relativeHalfWidth: 1000 }],
      [...easy, ...unreachable],
    ] as PrecisionTarget[][];
    for (const targets of both) {
      const r = await runSequential(tiny(), { ...options, targets });
      expect(r.sequential.stoppedBy, JSON.stringify(targets)).toBe('cap');
      // Not stopped after the first round by the target that holds: 2, then 3 replications.
      expect([r.sequential.rounds, r.to]).toEqual([2, 3]);
      expect(r.sequential.targets.map((t) => t.met)).toEqual(targets.length === 1 ? [false] : [true, false]);
    }
  });

  it('names each bad target and the missing options', async () => {
    const run = (targets: unknown) => runSequential(tiny(), { targets: targets as PrecisionTarget[], threads: 1 });
    await expect(runSequential(tiny(), undefined as never)).rejects.toThrow(new TypeError('runSequential: options must be an object with targets, got undefined'));
    await expect(run(undefined)).rejects.toThrow(new RangeError('targets: give at least one precision target'));
    await expect(run([null])).rejects.toThrow(new TypeError('targets[0].metric: must be a metric path, got undefined'));
    await expect(run([...easy, { metric: '' }])).rejects.toThrow(new TypeError('targets[1].metric: must be a metric path, got '));
    await expect(run([{ metric: 7, halfWidth: 1 }])).rejects.toThrow(new TypeError('targets[0].metric: must be a metric path, got 7'));
    for (const v of [0, Infinity, Number.NaN, '1']) {
      await expect(run([{ metric: OCCUPANCY, relativeHalfWidth: v }]), String(v)).rejects.toThrow(
        new RangeError(`targets[0].relativeHalfWidth (${OCCUPANCY}): must be a positive finite number, got ${String(v)}`),
      );
    }
    await expect(run([{ metric: OCCUPANCY, halfWidth: 0.1, relativeHalfWidth: -1 }])).rejects.toThrow(/relativeHalfWidth \(agents.occupancy\): must be a positive finite number, got -1/);
    await expect(runSequential(tiny(), { targets: easy, batchSize: 0 })).rejects.toThrow(new RangeError('batchSize must be an integer >= 1, got 0'));
    await expect(runSequential(tiny(), { targets: easy, initialReplications: 3, maxReplications: 2 })).rejects.toThrow(new RangeError('maxReplications must be an integer >= 3, got 2'));
    await expect(runSequential(tiny(), { targets: easy, level: 1 })).rejects.toThrow(new RangeError('level must be in (0, 1), got 1'));
    await expect(runSequential(tiny(), { targets: easy, seed: 1.5 })).rejects.toThrow(/seed/);
    await expect(runSequential(tiny(), { targets: [{ metric: 'agents.ocupancy' as never, halfWidth: 1 }], threads: 1 })).rejects.toThrow(
      "targets: unknown metric 'agents.ocupancy'; did you mean 'agents.occupancy'? Metric paths look like overall.serviceLevel, byContactType.<name>.asa, intervals.<k>.occupancy",
    );
    await expect(runSequential(tiny(), { targets: [{ metric: 'zzzzzzzzzzzzzzzz' as never, halfWidth: 1 }], threads: 1 })).rejects.toThrow(
      "targets: unknown metric 'zzzzzzzzzzzzzzzz'. Metric paths look like",
    );
  });

  it('summarizes at the level it is given', async () => {
    const r = await runSequential(tiny(), { targets: easy, threads: 1, initialReplications: 3, level: 0.8 });
    expect(r.level).toBe(0.8);
    const j = r.metrics.indexOf(OCCUPANCY);
    const s = summarizeValues(r.replications.map((row) => row.values[j]!), 0.8);
    expect(r.sequential.targets[0]!.achievedHalfWidth).toBe(s.halfWidth);
    expect(r.summary[OCCUPANCY]).toEqual(s);
  });

  it('a metric without a value in any replication never meets its target: the cap stops the study', async () => {
    // No agent on duty: nobody is answered, so no replication has an ASA (no half-width either).
    const base = helpDesk(1);
    const nobody = { ...base, agentGroups: base.agentGroups.map((g) => ({ ...g, agents: 0 })) } as ScenarioInput;
    const r = await runSequential(nobody, { targets: [{ metric: 'overall.asa', halfWidth: 1 }], initialReplications: 2, batchSize: 1, maxReplications: 3, threads: 1 });
    expect(r.sequential).toEqual({ targets: [{ metric: 'overall.asa', halfWidth: 1, mean: null, achievedHalfWidth: null, met: false }], stoppedBy: 'cap', rounds: 2 });
  });
});
