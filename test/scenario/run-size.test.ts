import { describe, expect, it } from 'vitest';
import { BYTES_PER_AGENT, BYTES_PER_INTERVAL, estimateRunSize, formatBytes } from '../../src/scenario/run-size';
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
