import { describe, expect, it } from 'vitest';
import type { JourneyResult } from '../../src/metrics/journey-collector';
import { measurePlaces, measureRun, targetThresholds } from '../../src/optimize/measure';
import { TargetCollector, type TargetTallies } from '../../src/optimize/target-collector';
import type { ResolvedTarget } from '../../src/optimize/targets';
import { simulate } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';

/**
 * One agent, 60-second calls, patience 55 s, two half-hour intervals. Arrivals 0, 10, 30, 100 and
 * 1900 s: 0 is served at once (ends 60); 10 waits 50 s (served 60–120); 30 would wait until 120,
 * so it abandons at 85; 100 waits 20 s (served 120–180); 1900 is served at once (1900–1960).
 */
function scenario(extra: Partial<ScenarioInput> = {}): ScenarioInput {
  return {
    name: 'by hand',
    horizon: '1h',
    interval: '30m',
    skills: ['s'],
    contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: 60 }, patience: { kind: 'deterministic', value: 55 }, arrivals: { trace: [0, 10, 30, 100, 1900] } }],
    agentGroups: [{ name: 'one', skills: { s: 1 }, agents: 1 }],
    ...extra,
  } as ScenarioInput;
}

function tallies(input: ScenarioInput, thresholds = [20, 60]): TargetTallies {
  const collector = new TargetCollector(2, 1800, thresholds);
  simulate(input, { seed: 1, observers: [collector] });
  return collector.result();
}

describe('TargetCollector on a center worked by hand', () => {
  it('counts answers, waits, answers within each threshold and abandons in the interval of arrival', () => {
    const t = tallies(scenario());
    expect([t.intervals, t.intervalLength, t.thresholds]).toEqual([2, 1800, [20, 60]]);
    expect([...t.answered]).toEqual([3, 1]);
    expect([...t.abandoned]).toEqual([1, 0]);
    expect([...t.waitSum]).toEqual([70, 0]);
    // Within 20 s: waits 0 and 20 (not 50); within 60 s: all three. Then the second interval.
    expect([...t.within]).toEqual([2, 1, 3, 1]);
    // Every contact is a first contact; the three served resolve their issue, the abandon does not.
    expect([...t.firstEnded]).toEqual([4, 1]);
    expect([...t.resolvedAtFirst]).toEqual([3, 1]);
  });

  it('integrates the agent logged on and busy over each interval', () => {
    const t = tallies(scenario());
    expect([...t.onDuty]).toEqual([1800, 1800]);
    expect([...t.busy]).toEqual([180, 60]);
  });

  it('counts nothing that arrived before the warm-up, nor agent time before it', () => {
    const t = tallies(scenario({ warmup: '30m' } as Partial<ScenarioInput>));
    expect([...t.answered]).toEqual([0, 1]);
    expect([...t.abandoned]).toEqual([0, 0]);
    expect([...t.within]).toEqual([0, 1, 0, 1]);
    expect([...t.onDuty]).toEqual([0, 1800]);
    expect([...t.busy]).toEqual([0, 60]);
  });

  it('a blocked first contact ends its issue unresolved', () => {
    const t = tallies(scenario({ contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: 60 }, arrivals: { trace: [0, 10, 1900] } }], waitingRoom: { voice: 0 } } as Partial<ScenarioInput>));
    // 10 finds the agent busy and no room in the queue.
    expect([...t.answered]).toEqual([1, 1]);
    expect([...t.firstEnded]).toEqual([2, 1]);
    expect([...t.resolvedAtFirst]).toEqual([1, 1]);
  });
});

describe('TargetCollector: retrials and the collector\'s intervals', () => {
  const fixed = (value: number) => ({ kind: 'deterministic', value }) as const;

  it('counts only first attempts as ended issues: a blocked call retried until served', () => {
    // No waiting room; 60-second calls at 0 and 10 s, each blocked call retried 20 s later. 10 is
    // blocked (first attempt), retried at 30 and 50 (blocked, busy until 60), served at 70.
    const t = tallies(scenario({ contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: fixed(60), arrivals: { trace: [0, 10] }, retrial: { probability: 1, delay: fixed(20) } }], waitingRoom: { voice: 0 } } as Partial<ScenarioInput>));
    expect([...t.answered]).toEqual([2, 0]);
    // Ended first attempts: the call at 0 (served) and the one at 10 (blocked).
    expect([...t.firstEnded]).toEqual([2, 0]);
  });

  it('counts only first attempts as ended issues: an abandoned call retried until served', () => {
    // 200-second calls at 0 and 10 s, patience 55 s, retried 10 s after an abandon: 10 abandons at
    // 65, its retrials at 75 and 140 abandon at 130 and 195, the one at 205 is served at once.
    const t = tallies(scenario({ contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: fixed(200), patience: fixed(55), arrivals: { trace: [0, 10] }, retrial: { probability: 1, delay: fixed(10) } }] } as Partial<ScenarioInput>));
    expect([...t.answered]).toEqual([2, 0]);
    expect([...t.abandoned]).toEqual([3, 0]);
    expect([...t.firstEnded]).toEqual([2, 0]);
  });

  it('integrates the busy time of an agent finishing a call after the end of its hours', () => {
    // One agent in the first half hour only; a 60-second call at 1790 s runs to 1850 s: the agent
    // stays logged on until it ends.
    const t = tallies(scenario({ contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: fixed(60), arrivals: { trace: [1790] } }], agentGroups: [{ name: 'one', skills: { s: 1 }, agents: { perInterval: [1, 0] } }] } as Partial<ScenarioInput>));
    expect([...t.onDuty]).toEqual([1800, 50]);
    expect([...t.busy]).toEqual([10, 50]);
  });

  it('leaves out contacts arriving after the collector\'s last interval', () => {
    // Two types; the collector knows one interval of 30 minutes: the call at 1900 s is not counted
    // (it must not land in the second type's first cell).
    const collector = new TargetCollector(1, 1800, [20]);
    const two = scenario({
      skills: ['s'],
      contactTypes: [
        { name: 'calls', skills: { s: 1 }, handleTime: fixed(60), arrivals: { trace: [0, 1900] } },
        { name: 'mails', skills: { s: 1 }, handleTime: fixed(60), arrivals: { trace: [] } },
      ],
    } as Partial<ScenarioInput>);
    simulate(two, { seed: 1, observers: [collector] });
    const t = collector.result();
    expect([...t.answered]).toEqual([1, 0]);
    expect([...t.firstEnded]).toEqual([1, 0]);
    expect([...t.onDuty]).toEqual([1800]);
  });
});

describe('measureRun() on hand-made tallies', () => {
  // Two types, two groups, two intervals; thresholds [20, 60].
  const t: TargetTallies = {
    intervals: 2,
    intervalLength: 1800,
    thresholds: [20, 60],
    answered: Float64Array.from([3, 1, 4, 0]),
    abandoned: Float64Array.from([1, 0, 0, 0]),
    waitSum: Float64Array.from([70, 0, 40, 0]),
    within: Float64Array.from([2, 1, 4, 0, 3, 1, 4, 0]),
    firstEnded: Float64Array.from([4, 1, 4, 0]),
    resolvedAtFirst: Float64Array.from([3, 1, 2, 0]),
    onDuty: Float64Array.from([1800, 1800, 3600, 0]),
    busy: Float64Array.from([180, 60, 900, 0]),
  };
  const journey = { overall: { fcr: 0.7 }, byContactType: [{ fcr: 0.8 }, { fcr: null }] } as unknown as JourneyResult;
  const target = (metric: string, type: number, scope: 'interval' | 'day', extra: Partial<ResolvedTarget> = {}) => ({ metric, type, group: -1, value: 0, within: 20, scope, sense: 1, label: metric, index: 0, ...extra }) as ResolvedTarget;

  it('gives one value per place: ratios by type and interval, over the day, and null without contacts', () => {
    const targets = [
      target('service-level', 0, 'interval', { within: 60 }),
      target('service-level', -1, 'day'),
      target('abandonment', 0, 'interval'),
      target('asa', -1, 'day'),
      target('occupancy', -1, 'interval', { group: 0 }),
      target('occupancy', -1, 'day'),
      target('fcr', 1, 'interval'),
      target('fcr', -1, 'day'),
      target('fcr', 0, 'day'),
      target('fcr', 1, 'day'),
    ];
    const places = measurePlaces(targets, 2);
    expect(places).toEqual([
      { target: 0, interval: 0 }, { target: 0, interval: 1 }, { target: 1, interval: -1 }, { target: 2, interval: 0 }, { target: 2, interval: 1 },
      { target: 3, interval: -1 }, { target: 4, interval: 0 }, { target: 4, interval: 1 }, { target: 5, interval: -1 },
      { target: 6, interval: 0 }, { target: 6, interval: 1 }, { target: 7, interval: -1 }, { target: 8, interval: -1 }, { target: 9, interval: -1 },
    ]);
    expect(measureRun(targets, places, t, journey, 2, 2)).toEqual([
      3 / 4, 1, // type 0 within 60 s over answered + abandoned, by interval
      (2 + 1 + 4) / 9, // all types within 20 s over the day
      1 / 4, 0, // type 0 abandoned
      110 / 8, // all types' waits over their answers
      180 / 1800, 60 / 1800, // group 0 busy over logged on
      (180 + 60 + 900) / (1800 + 1800 + 3600), // every group over the day
      2 / 4, null, // type 1 resolved at first contact; nothing ended in interval 1
      0.7, 0.8, null, // over the day: the journey collector's figures
    ]);
  });

  it('lists the distinct service-level thresholds in target order', () => {
    expect(targetThresholds([target('service-level', 0, 'interval', { within: 60 }), target('asa', 0, 'day', { within: 5 }), target('service-level', 1, 'day', { within: 20 }), target('service-level', 0, 'day', { within: 60 })])).toEqual([60, 20]);
  });
});
