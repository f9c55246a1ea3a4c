import { describe, expect, it } from 'vitest';
import { simulate, type ScenarioInput } from '../../src/index';

/**
 * Agent cost is scheduled agent-hours × rate, computed here by hand from the shifts (not by the
 * program's own step function), under shift changes, a shift across midnight, per-interval
 * staffing, two days, a warm-up, drains and cuts; outsourcer fees are the served contacts and
 * handled minutes the standard metrics report, times the fees.
 */

const HOUR = 3600;

/**
 * Two days. `day` works 8–16 h (3 agents) and 12–20 h (2); `night` (site `nights`, priced per
 * site) works 22–30 h (2), across midnight; `split` works 1 agent 0–6 h and 3 agents 6–12 h.
 */
function twoDays(endOfDay: 'drain' | 'cut', warmup = 0): ScenarioInput {
  return {
    name: 'two days',
    horizon: '2d',
    warmup,
    endOfDay,
    skills: ['s'],
    sites: [{ name: 'office' }, { name: 'nights', kind: 'outsourcer' }],
    contactTypes: [{ name: 'calls', skills: { s: 1 }, arrivals: { rate: '6/h' }, handleTime: { kind: 'exponential', mean: '4m' } }],
    agentGroups: [
      { name: 'day', site: 'office', skills: { s: 1 }, agents: { shifts: [{ start: '8h', end: '16h', agents: 3 }, { start: '12h', end: '20h', agents: 2 }] } },
      { name: 'night', site: 'nights', skills: { s: 1 }, agents: { shifts: [{ start: '22h', end: '30h', agents: 2 }] } },
      { name: 'split', site: 'office', skills: { s: 1 }, agents: { perInterval: [1, 3, 0, 0], interval: '6h' } },
    ],
    costs: {
      currency: 'EUR',
      agentGroups: { day: { perHour: 30 }, split: { perHour: 22.5 } },
      sites: { nights: { perHour: 40, perHandledContact: 1.2, perHandledMinute: 0.5 } },
    },
  };
}

function served(result: ReturnType<typeof simulate>, group: string): { n: number; minutes: number } {
  const g = result.byAgentGroup.find((x) => x.name === group)!;
  return { n: g.served, minutes: (g.served * (g.meanHandleTime ?? 0)) / 60 };
}

describe('agent cost', () => {
  it('cut after two days: the scheduled hours of every group × its rate, to the cent, plus the outsourcer fees', () => {
    const r = simulate(twoDays('cut'), { seed: 3 });
    expect(r.endTime).toBe(2 * 24 * HOUR);
    // day: 3×8 + 2×8 = 40 h a day; night: 0–6 h, 22–30 h, 46–48 h → 2×(6 + 8 + 2) = 32 h; split: 1×6 + 3×6 = 24 h a day.
    const hours = { day: 80, night: 32, split: 48 };
    const e = r.economics!;
    const night = served(r, 'night');
    const fees = night.n * 1.2 + night.minutes * 0.5;
    expect(e.byAgentGroup.map((g) => g.paidHours)).toEqual([hours.day, hours.night, hours.split]);
    expect(e.agentCost).toBeCloseTo(80 * 30 + 32 * 40 + 48 * 22.5 + fees, 2);
    expect(e.byAgentGroup[1]!.agentCost).toBeCloseTo(32 * 40 + fees, 2);
    expect(night.n).toBeGreaterThan(0);
    expect(e.paidHours).toBe(160);
    expect(e.bySite.map((s) => s.paidHours)).toEqual([128, 32]);
  });

  it('drain: the level in force at the horizon stays paid until the last contact ends', () => {
    const r = simulate(twoDays('drain'), { seed: 13 });
    const drain = (r.endTime - 2 * 24 * HOUR) / HOUR;
    expect(drain).toBeGreaterThan(0.1); // a call was in service at the horizon
    // only `night` is on duty at the horizon (its 46–54 h shift): 2 agents through the drain
    const e = r.economics!;
    expect(e.byAgentGroup.map((g) => g.paidHours)).toEqual([80, 32 + 2 * drain, 48]);
    const night = served(r, 'night');
    expect(e.agentCost).toBeCloseTo(80 * 30 + (32 + 2 * drain) * 40 + 48 * 22.5 + night.n * 1.2 + night.minutes * 0.5, 2);
  });

  it('a warm-up leaves out the hours before it', () => {
    const r = simulate(twoDays('cut', 10 * HOUR), { seed: 3 });
    // day: 10–16 h ×3 + 12–20 h ×2 on day 0 (34 h), then 40 h; night: 22–30 h and 46–48 h (20 h); split: 10–12 h ×3 (6 h), then 24 h.
    expect(r.economics!.byAgentGroup.map((g) => g.paidHours)).toEqual([74, 20, 30]);
  });

  it('by day: the hours scheduled in each day, the fees by the day the contact ended; the days add up', () => {
    const r = simulate(twoDays('cut'), { seed: 3 });
    const e = r.economics!;
    const [d0, d1] = e.byDay;
    // day 0: day 40 h, night 0–6 h and 22–24 h (16 h), split 24 h; the fees fall on either day
    const hourly0 = 40 * 30 + 16 * 40 + 24 * 22.5;
    const hourly1 = 40 * 30 + 16 * 40 + 24 * 22.5;
    const night = served(r, 'night');
    expect(d0!.agentCost + d1!.agentCost).toBeCloseTo(e.agentCost, 6);
    expect(d0!.agentCost - hourly0 + d1!.agentCost - hourly1).toBeCloseTo(night.n * 1.2 + night.minutes * 0.5, 6);
    expect(d0!.agentCost).toBeGreaterThanOrEqual(hourly0);
  });

  it('agent hours are paid busy or idle: the same schedule with no contacts costs the same', () => {
    const quiet = twoDays('cut') as Record<string, any>;
    quiet.contactTypes[0].arrivals = { rate: '0.0001/h' };
    const r = simulate(quiet as ScenarioInput, { seed: 3 });
    expect(r.economics!.paidHours).toBe(160);
  });
});

describe('agent cost per reporting interval', () => {
  it('is the hours scheduled in each half hour × the rates; the intervals and the drain add up to the total', () => {
    const s = twoDays('drain') as Record<string, any>;
    s.costs.sites.nights = { perHour: 40 }; // no fees: the hourly pay alone, by hand
    const e = simulate(s as ScenarioInput, { seed: 13 }).economics!;
    expect(e.intervals.length).toBe(96);
    // 08:00–08:30: day 3 agents × 0.5 h × 30, split 3 × 0.5 × 22.5; 05:30–06:00: night 2 × 0.5 × 40, split 1 × 0.5 × 22.5
    expect(e.intervals[16]!.agentCost).toBeCloseTo(45 + 33.75, 9);
    expect(e.intervals[11]!.agentCost).toBeCloseTo(40 + 11.25, 9);
    expect(e.intervals[16]!.start).toBe(8 * HOUR);
    const sum = (f: 'agentCost' | 'contactCost' | 'penaltyCost' | 'operatingCost'): number => e.intervals.reduce((a, x) => a + x[f], 0) + e.afterIntervals[f];
    expect(sum('agentCost')).toBeCloseTo(e.agentCost, 6);
    expect(sum('operatingCost')).toBeCloseTo(e.operatingCost, 6);
    // the drain: the hours beyond the 160 scheduled before 48 h are night's, at 40
    expect(e.paidHours).toBeGreaterThan(160);
    expect(e.afterIntervals.agentCost).toBeCloseTo(40 * (e.paidHours - 160), 6);
  });
});
