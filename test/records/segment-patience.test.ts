import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../../src/records/call-record';
import { importCallRecords } from '../../src/records/import-records';
import { ROUTELAB_MAPPING, type RecordMapping } from '../../src/records/mapping';
import { fitRecords } from '../../src/records/record-fits';
import { buildDayModel, fitsFor, replayDays, resolveReplayOptions } from '../../src/records/replay';
import { fitSegmentPatience } from '../../src/records/segment-patience';
import { synthesizeCallRecords } from '../../src/records/synthetic-records';
import { parseScenario } from '../../src/scenario/resolve';
import type { ScenarioInput } from '../../src/scenario/schema';
import { arrivalCounts, HANDLE_MEAN, INTERVAL, syntheticCenter, truthStaffing } from './synthetic-center';

/** True patience means (seconds) of the two segments: gold customers wait three times longer. */
const PATIENCE = { regular: 150, gold: 450 } as const;

/** The synthetic center, short-staffed (6 agents, then 9), with two segments of known patience, one contact type each (the engine's patience is per type). */
function segmentedCenter(): ScenarioInput {
  const counts = arrivalCounts();
  const type = (segment: 'regular' | 'gold', share: number) => ({
    name: segment,
    skills: { calls: 1 },
    segments: { [segment]: 1 },
    arrivals: { perInterval: counts.map((c) => c * share) },
    handleTime: { kind: 'exponential', mean: HANDLE_MEAN },
    patience: { kind: 'exponential', mean: PATIENCE[segment] },
  });
  return {
    name: 'segmented center',
    horizon: '1d',
    interval: INTERVAL,
    skills: ['calls'],
    segments: [
      { name: 'regular', share: 2 / 3 },
      { name: 'gold', share: 1 / 3 },
    ],
    contactTypes: [type('regular', 2 / 3), type('gold', 1 / 3)],
    agentGroups: [{ name: 'calls', skills: { calls: 1 }, agents: { perInterval: truthStaffing().map((n) => (n * 3) / 4) } }],
  } as ScenarioInput;
}

describe('patience per segment in the replay', () => {
  // Synthesized on first use inside a test (work in a describe body is static coverage to mutation
  // testing), once for the file.
  let synthesized: readonly CallRecord[] | undefined;
  const segmentedRecords = () => (synthesized ??= importCallRecords(synthesizeCallRecords(segmentedCenter, { days: 4, seed: 16 }), ROUTELAB_MAPPING).records);

  it('recovers each segment’s patience within its 95 % interval, and the pooled fit lies between', () => {
    const records = segmentedRecords();
    const segments = fitSegmentPatience(records, { patience: 'exponential', patienceScale: 1 });
    expect(segments.map((s) => s.name)).toEqual(['priority-gold', 'priority-regular']);
    for (const s of segments) {
      const truth = PATIENCE[s.value as 'gold' | 'regular'];
      expect(s.patienceFit.abandoned).toBeGreaterThan(50);
      expect(Math.abs(s.patienceFit.mean - truth)).toBeLessThan(1.96 * s.patienceFit.standardError);
      expect(s.offered).toBe(records.filter((r) => r.priority === s.value).length);
    }
    expect(segments[0]!.share + segments[1]!.share).toBeCloseTo(1, 12);
    // Shares are counts over the records (about 1/3 and 2/3 by construction).
    expect(segments[0]!.share).toBeGreaterThan(0.25);
    expect(segments[0]!.share).toBeLessThan(0.42);
    const pooled = fitRecords(records).patienceFit.mean;
    expect(pooled).toBeGreaterThan(segments[1]!.patienceFit.mean);
    expect(pooled).toBeLessThan(segments[0]!.patienceFit.mean);
  });

  it('builds one contact type per segment with its own patience and arrivals, at the same routing priority', () => {
    const records = segmentedRecords();
    const o = resolveReplayOptions(records, {});
    const fits = fitsFor(records, o);
    const day = '2026-03-02';
    const { scenario } = buildDayModel(records, day, fits, o);
    expect(parseScenario(scenario).ok).toBe(true);
    const types = scenario.contactTypes as unknown as { name: string; patience: { mean: number }; segments: Record<string, number>; priority?: number; arrivals: { trace: number[] } }[];
    expect(types.map((t) => t.name)).toEqual(['calls-priority-gold', 'calls-priority-regular']);
    types.forEach((t, i) => {
      expect(t.patience.mean).toBe(fits.segments[i]!.patienceFit.mean);
      expect(t.segments).toEqual({ [fits.segments[i]!.name]: 1 });
      expect(t.priority).toBeUndefined(); // the default 0 for every segment: not served first
      expect(t.arrivals.trace).toEqual(records.filter((r) => r.day === day && r.priority === fits.segments[i]!.value).map((r) => r.offered));
    });
    expect((scenario.segments as unknown as { name: string; priority?: number }[]).every((s) => s.priority === undefined)).toBe(true);
    // Profile arrivals: the day's expected counts split by the segments' shares.
    const p = resolveReplayOptions(records, { arrivals: 'profile' });
    const profiled = buildDayModel(records, day, fits, p).scenario.contactTypes as unknown as { arrivals: { perInterval: number[] } }[];
    const total = profiled[0]!.arrivals.perInterval.reduce((a, n) => a + n, 0) + profiled[1]!.arrivals.perInterval.reduce((a, n) => a + n, 0);
    expect(total).toBeCloseTo(records.filter((r) => r.day === day).length, 6);
  });

  it('replays a segmented day with every offered contact', () => {
    const records = segmentedRecords();
    const replay = replayDays(records, { days: ['2026-03-03'], replications: 2 });
    expect(replay.days[0]!.simulated.daily.map((f) => f.offered)).toEqual([replay.days[0]!.observed.offered, replay.days[0]!.observed.offered]);
  });

  it('refuses a priority named none beside records without a priority: both would be segment priority-none', () => {
    const records = segmentedRecords();
    const clash = records.map((r, i) => (r.priority === 'gold' ? { ...r, priority: i % 2 === 0 ? 'none' : null } : r));
    expect(() => fitSegmentPatience(clash, { patience: 'exponential', patienceScale: 1 })).toThrow(
      new RangeError("segments: records with the priority 'none' and records without a priority would both be segment priority-none; give the missing priorities a value of their own"),
    );
  });

  it('names a segment it cannot fit, and a segment the fit days did not see', () => {
    const records = segmentedRecords();
    const patient = records.map((r) => (r.priority === 'gold' && r.outcome === 'abandoned' ? { ...r, priority: 'platinum' } : r));
    const noGoldAbandons = patient.filter((r) => r.priority !== 'platinum');
    expect(() => fitSegmentPatience(noGoldAbandons, { patience: 'exponential', patienceScale: 1 })).toThrow(/segment priority-gold .*nobody abandoned/);
    const o = resolveReplayOptions(records, { fitDays: ['2026-03-02'] });
    const shifted = records.map((r) => (r.day === '2026-03-03' && r.priority === 'regular' ? { ...r, priority: 'silver' } : r));
    expect(() => buildDayModel(shifted, '2026-03-03', fitsFor(shifted, o), o)).toThrow(/segment priority-silver, not seen on the fit days/);
  });

  it('without a priority column, or with one value for everyone, the scenario is the one-type scenario as before', () => {
    const plain = importCallRecords(synthesizeCallRecords(() => syntheticCenter(), { days: 1, seed: 3 }), ROUTELAB_MAPPING).records;
    expect(new Set(plain.map((r) => r.priority))).toEqual(new Set(['all']));
    const { priority: _, ...columns } = ROUTELAB_MAPPING.columns;
    const mapping: RecordMapping = { ...ROUTELAB_MAPPING, columns };
    const without = importCallRecords(synthesizeCallRecords(() => syntheticCenter(), { days: 1, seed: 3 }), mapping).records;
    const build = (rs: typeof plain) => {
      const o = resolveReplayOptions(rs, {});
      const fits = fitsFor(rs, o);
      expect(fits.segments).toEqual([]);
      return buildDayModel(rs, '2026-03-02', fits, o).scenario;
    };
    const a = build(plain);
    expect(a).toEqual(build(without));
    expect(a.contactTypes.map((t) => t.name)).toEqual(['calls']);
    expect(a.segments).toBeUndefined();
  });
});
