import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../../src/records/call-record';
import { importCallRecords } from '../../src/records/import-records';
import { ROUTELAB_MAPPING } from '../../src/records/mapping';
import { agentsSeen, busyAgents, inferStaffing, sessionAgents, staffingPlan, workSessions, type StaffingEstimates } from '../../src/records/staffing-inference';
import { synthesizeCallRecords } from '../../src/records/synthetic-records';
import { syntheticCenter, truthStaffing } from './synthetic-center';

function served(agent: string, start: number, end: number): CallRecord {
  return { line: 0, day: 'd', offered: start, wait: 0, outcome: 'served', serviceStart: start, serviceEnd: end, contactType: null, agent, customer: null, priority: null };
}

describe('staffing estimates on hand-made records (exact counts)', () => {
  // Agent A serves 0:10–0:20 and 0:40–0:50 (gap 20 min), then 2:00–2:10 (gap 70 min);
  // agent B serves 0:25–0:35, across the first interval boundary.
  const records = [served('A', 600, 1200), served('A', 2400, 3000), served('A', 7200, 7800), served('B', 1500, 2100)];
  const options = { interval: 1800, dayLength: 3 * 3600 };

  it('agents seen: agents with a service overlapping the interval', () => {
    expect(agentsSeen(records, options)).toEqual([2, 2, 0, 0, 1, 0]);
  });

  it('busy time / interval length', () => {
    expect(busyAgents(records, options)).toEqual([(600 + 300) / 1800, (600 + 300) / 1800, 0, 0, 600 / 1800, 0]);
  });

  it('work sessions join services whose gap is at most the threshold', () => {
    expect(workSessions(records, 1800)).toEqual([
      { agent: 'A', start: 600, end: 3000 },
      { agent: 'A', start: 7200, end: 7800 },
      { agent: 'B', start: 1500, end: 2100 },
    ]);
    expect(sessionAgents(records, { ...options, sessionGap: 1800 })).toEqual([(1200 + 300) / 1800, (1200 + 300) / 1800, 0, 0, 600 / 1800, 0]);
    // A threshold of 10 minutes splits A's first session in two.
    expect(workSessions(records, 600)).toHaveLength(4);
  });

  it('a staffing plan rounds the estimate × availability; busy time rounds up', () => {
    const estimates = inferStaffing(records, options);
    expect(staffingPlan(estimates, 'seen', 0.5)).toEqual([1, 1, 0, 0, 1, 0]);
    expect(staffingPlan(estimates, 'busy')).toEqual([1, 1, 0, 0, 1, 0]);
    expect(() => staffingPlan(estimates, 'seen', 0)).toThrow(/availability must be a positive number/);
  });
});

describe('staffing estimates on records routelab wrote from a known center', () => {
  const truth = truthStaffing();
  // Synthesized on first use inside a test (work in a describe body is static coverage to mutation
  // testing), once for the file.
  let estimates: StaffingEstimates | undefined;
  const estimated = () => (estimates ??= inferStaffing(importCallRecords(synthesizeCallRecords(() => syntheticCenter(), { days: 1, seed: 11 }), ROUTELAB_MAPPING).records));
  // Intervals whose staffing equals the previous one's: no agent is finishing a call after the
  // end of their shift there.
  const steady = truth.map((n, k) => k > 0 && n > 0 && truth[k - 1] === n);

  it('busy time never exceeds the agents on duty (a lower bound)', () => {
    const est = estimated();
    truth.forEach((n, k) => {
      if (steady[k]) expect(est.busy[k]).toBeLessThanOrEqual(n);
    });
  });

  it('agents seen never exceed the agents on duty, and equal them in a busy center', () => {
    const est = estimated();
    truth.forEach((n, k) => {
      if (steady[k]) {
        expect(est.seen[k]).toBeLessThanOrEqual(n);
        // About 50 calls per 30 minutes among at most 12 agents: every agent on duty takes one.
        expect(est.seen[k]).toBe(n);
      }
    });
  });

  it('work sessions recover the agent-hours on duty within 10 %', () => {
    const est = estimated();
    const hours = (xs: readonly number[]) => xs.reduce((a, x) => a + x, 0) / 2;
    expect(hours(truth)).toBe(40);
    expect(Math.abs(hours(est.sessions) - 40) / 40).toBeLessThan(0.1);
    truth.forEach((n, k) => {
      if (steady[k]) expect(Math.abs(est.sessions[k]! - n)).toBeLessThanOrEqual(1);
    });
  });
});

describe('staffing estimates: boundaries and options', () => {
  const hour = { interval: 1800, dayLength: 3600 };

  it('a service ending on an interval boundary belongs to the interval before only; one starting there to the one after', () => {
    const records = [served('A', 600, 1800), served('B', 1800, 2400)];
    expect(agentsSeen(records, hour)).toEqual([1, 1]);
    expect(busyAgents(records, hour)).toEqual([1200 / 1800, 600 / 1800]);
  });

  it('cuts services at the ends of the day and leaves out records without an agent or a positive service time', () => {
    const records = [
      served('A', -600, 600),
      served('B', 3000, 4200),
      served('C', 900, 900),
      { ...served('D', 100, 200), agent: null },
      { ...served('E', 100, 200), serviceEnd: null },
      { ...served('F', 100, 200), serviceStart: null },
      // no end, started before the day (null > -100 would hold in a comparison)
      { ...served('G', -100, 200), serviceEnd: null },
    ];
    expect(agentsSeen(records, hour)).toEqual([1, 1]);
    expect(busyAgents(records, hour)).toEqual([600 / 1800, 600 / 1800]);
    expect(workSessions(records)).toEqual([
      { agent: 'A', start: -600, end: 600 },
      { agent: 'B', start: 3000, end: 4200 },
    ]);
    expect(sessionAgents(records, hour)).toEqual([600 / 1800, 600 / 1800]);
  });

  it('work sessions: a gap of exactly the threshold joins, overlapping services merge, agents come in name order', () => {
    const records = [served('b', 0, 100), served('A', 1000, 1500), served('A', 0, 600), served('A', 100, 200), served('A', 2300, 2400)];
    // A: 0–600 (100–200 inside it), a gap of 400 s, 1000–1500, a gap of 800 s, 2300–2400.
    expect(workSessions(records, 400)).toEqual([
      { agent: 'A', start: 0, end: 1500 },
      { agent: 'A', start: 2300, end: 2400 },
      { agent: 'b', start: 0, end: 100 },
    ]);
    expect(workSessions(records, 399)).toHaveLength(4);
    // Names in code-unit order (capitals first), whatever the order of the records.
    const three = [served('b', 0, 10), served('C', 0, 10), served('A', 0, 10), served('a', 0, 10)];
    expect(workSessions(three).map((s) => s.agent)).toEqual(['A', 'C', 'a', 'b']);
    expect(workSessions([...three].reverse()).map((s) => s.agent)).toEqual(['A', 'C', 'a', 'b']);
    // The default threshold is 30 minutes: A's services form one session.
    expect(workSessions(records)).toHaveLength(2);
    expect(sessionAgents(records, hour)).toEqual([(1800 + 100) / 1800, 600 / 1800]);
  });

  it('sub-second intervals: a 2 s service fills each of four half-second intervals', () => {
    const records = [served('A', 0, 2)];
    expect(busyAgents(records, { interval: 0.5, dayLength: 2 })).toEqual([1, 1, 1, 1]);
    expect(sessionAgents(records, { interval: 0.5, dayLength: 2 })).toEqual([1, 1, 1, 1]);
    expect(agentsSeen(records, { interval: 0.5, dayLength: 2 })).toEqual([1, 1, 1, 1]);
  });

  it('defaults to half-hour intervals over a whole day', () => {
    const estimates = inferStaffing([served('A', 0, 900)]);
    expect(estimates.interval).toBe(1800);
    expect(estimates.seen).toHaveLength(48);
    expect(estimates.busy.slice(0, 2)).toEqual([0.5, 0]);
    expect(estimates.sessions.slice(0, 2)).toEqual([0.5, 0]);
    expect(agentsSeen([served('A', 0, 900)])).toHaveLength(48);
    expect(busyAgents([served('A', 0, 900)])).toHaveLength(48);
    expect(sessionAgents([served('A', 0, 900)])).toHaveLength(48);
    // A day that is not a whole number of intervals ends on a short one.
    expect(agentsSeen([served('A', 0, 900)], { interval: 1800, dayLength: 4000 })).toHaveLength(3);
  });

  it('rounds the plan: half an agent up, busy time up unless within 10⁻⁹ of a whole agent', () => {
    const estimates = { interval: 1800, seen: [2.5, 0.49], busy: [2 + 1e-12, 2.1], sessions: [1.5, 3] };
    expect(staffingPlan(estimates, 'seen')).toEqual([3, 0]);
    expect(staffingPlan(estimates, 'busy')).toEqual([2, 3]);
    expect(staffingPlan(estimates, 'sessions', 0.5)).toEqual([1, 2]);
    expect(staffingPlan(estimates, 'busy', 0.5)).toEqual([1, 2]);
    expect(staffingPlan({ ...estimates, busy: [0, 0] }, 'busy').map((n) => n + 0)).toEqual([0, 0]);
  });

  it('names a bad option', () => {
    const records = [served('A', 0, 900)];
    expect(() => agentsSeen(records, { interval: 0 })).toThrow(new RangeError('staffing inference: interval must be a positive number of seconds, got 0'));
    expect(() => busyAgents(records, { interval: Number.POSITIVE_INFINITY })).toThrow(/interval must be a positive number of seconds, got Infinity/);
    expect(() => sessionAgents(records, { interval: 1800, dayLength: 1000 })).toThrow(new RangeError('staffing inference: dayLength must be at least one interval, got 1000'));
    expect(() => inferStaffing(records, { dayLength: Number.POSITIVE_INFINITY })).toThrow(/dayLength must be at least one interval, got Infinity/);
    expect(() => inferStaffing(records, { sessionGap: -1 })).toThrow(new RangeError('staffing inference: sessionGap must be a non-negative number of seconds, got -1'));
    expect(() => inferStaffing(records, { sessionGap: Number.POSITIVE_INFINITY })).toThrow(/sessionGap must be a non-negative number of seconds, got Infinity/);
    expect(inferStaffing(records, { sessionGap: 0, dayLength: 1800 }).sessions).toEqual([0.5]);
    const estimates = inferStaffing(records);
    expect(() => staffingPlan(estimates, 'seen', Number.NaN)).toThrow(new RangeError('staffingPlan: availability must be a positive number, got NaN'));
    expect(() => staffingPlan(estimates, 'seen', Number.POSITIVE_INFINITY)).toThrow(/got Infinity/);
  });
});
