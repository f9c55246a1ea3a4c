import { describe, expect, it } from 'vitest';
import { BYTES_PER_AGENT, BYTES_PER_INTERVAL, estimateExperimentBytes, estimateRunSize, experimentMemoryWarning, formatBytes } from '../../src/scenario/run-size';
import { modelOf, validScenario } from './helpers';

describe('estimateRunSize()', () => {
  it('counts intervals, agents at their peaks and expected arrivals as worked out by hand', () => {
    const s = validScenario();
    s['horizon'] = '14h';
    s['interval'] = '30m'; // 28 reporting intervals
    s['agentGroups'][0].agents = 10;
    // 5 from 8h to 16h and 3 from 12h to 20h: 8 at once from 12h to 16h
    s['agentGroups'][1].agents = { shifts: [{ start: '8h', end: '16h', agents: 5 }, { start: '12h', end: '20h', agents: 3 }] };
    s['contactTypes'][0].arrivals = { rate: '120/h' }; // 1,680 in 14 h
    // 10 + 20 + 30 in each 4 h period: 60 in each of [0, 4h), [4h, 8h), [8h, 12h), then 10 + 20 in [12h, 14h)
    s['contactTypes'][1].arrivals = { perInterval: [10, 20, 30], interval: '1h', period: '4h' };
    s['contactTypes'].push({ name: 'traced', channel: 'chat', skills: { cards: 1 }, handleTime: { kind: 'exponential', mean: '6m' }, arrivals: { trace: ['1h', '5h', '11h'] } });
    const size = estimateRunSize(modelOf(s).model);
    expect(size).toEqual({
      intervals: 28,
      agents: 18,
      expectedArrivals: 1_680 + 210 + 3,
      expectedArrivalsByType: [1_680, 210, 3],
      bytes: 28 * BYTES_PER_INTERVAL + 18 * BYTES_PER_AGENT,
    });
  });

  it('counts staffing within the horizon only, as the engine sizes its agent table', () => {
    const s = validScenario(); // 8 h
    s['agentGroups'][1].agents = { shifts: [{ start: '1h', end: '9h', agents: 5 }, { start: '8h', end: '16h', agents: 3 }] };
    expect(estimateRunSize(modelOf(s).model).agents).toBe(10 + 5);
  });

  it('rounds a last partial interval up, as the result lists it', () => {
    const s = validScenario();
    s['horizon'] = '8h10m';
    expect(estimateRunSize(modelOf(s).model).intervals).toBe(17);
  });

  it('is what the memory warning reports, from 1 GiB on', () => {
    const s = validScenario();
    s['horizon'] = '30d';
    s['interval'] = '1s'; // 2,592,000 intervals × 250 B = 648 MB: no warning
    expect(modelOf(s).warnings.filter((w) => w.message.includes('of memory'))).toEqual([]);
    s['horizon'] = '50d'; // 4,320,000 × 250 B = 1.08 GB ≥ 1.074 GB
    const warnings = modelOf(s).warnings.filter((w) => w.message.includes('of memory'));
    expect(warnings.map((w) => w.path)).toEqual(['interval']);
    expect(warnings[0]?.message).toMatch(/^a run needs about 1\.1 GB of memory up front .*: 4320000 reporting intervals of 1s at about 250 B each \(1\.1 GB\) and 14 agents/);
  });
});

describe('formatBytes()', () => {
  it('shows GB, MB or kB with two significant digits', () => {
    expect([formatBytes(2.16e9), formatBytes(3.5e8), formatBytes(600), formatBytes(0)]).toEqual(['2.2 GB', '350 MB', '1 kB', '1 kB']);
  });
});

describe('estimateExperimentBytes() and experimentMemoryWarning()', () => {
  const scenario = (intervals: number) => {
    const s = validScenario();
    s['horizon'] = intervals; // seconds, at 1 s intervals
    s['interval'] = 1;
    return modelOf(s).model;
  };

  it('adds, per reporting interval, the summaries and a record per replication', () => {
    const size = estimateRunSize(scenario(100_000));
    // 100,000 × 250 B for the run, 100,000 × (4,000 + 4 × 2,000) B for the metrics: 1.225 GB
    // (measured: 1.2 GB peak for runExperiment with 4 replications, one thread)
    expect(estimateExperimentBytes(size, 4)).toBe(25_000_000 + 14 * BYTES_PER_AGENT + 1_200_000_000);
    expect(estimateExperimentBytes(size, 4, 2) - estimateExperimentBytes(size, 4)).toBe(size.bytes);
  });

  it('warns at interval from 1 GiB on, and never for a single replication', () => {
    const model = scenario(10_000);
    // 10,000 × (4,000 + 2,000 r) ≥ 2^30 from r = 52 on
    expect(experimentMemoryWarning(model, 51)).toBeUndefined();
    expect(experimentMemoryWarning(model, 52)).toEqual({
      path: 'interval',
      message: expect.stringMatching(/^an experiment of 52 replications needs about 1\.1 GB of memory: each of the 10000 reporting intervals of 1s/),
    });
    expect(experimentMemoryWarning(scenario(4_400_000), 1)).toBeUndefined();
  });
});
