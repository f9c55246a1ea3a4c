import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../../src/records/call-record';
import { importCallRecords } from '../../src/records/import-records';
import { ROUTELAB_MAPPING } from '../../src/records/mapping';
import { agentsSeen, busyAgents, inferStaffing, sessionAgents, staffingPlan, workSessions } from '../../src/records/staffing-inference';
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
  const { records } = importCallRecords(synthesizeCallRecords(() => syntheticCenter(), { days: 1, seed: 11 }), ROUTELAB_MAPPING);
  const est = inferStaffing(records);
  // Intervals whose staffing equals the previous one's: no agent is finishing a call after the
  // end of their shift there.
  const steady = truth.map((n, k) => k > 0 && n > 0 && truth[k - 1] === n);

  it('busy time never exceeds the agents on duty (a lower bound)', () => {
    truth.forEach((n, k) => {
      if (steady[k]) expect(est.busy[k]).toBeLessThanOrEqual(n);
    });
  });

  it('agents seen never exceed the agents on duty, and equal them in a busy center', () => {
    truth.forEach((n, k) => {
      if (steady[k]) {
        expect(est.seen[k]).toBeLessThanOrEqual(n);
        // About 50 calls per 30 minutes among at most 12 agents: every agent on duty takes one.
        expect(est.seen[k]).toBe(n);
      }
    });
  });

  it('work sessions recover the agent-hours on duty within 10 %', () => {
    const hours = (xs: readonly number[]) => xs.reduce((a, x) => a + x, 0) / 2;
    expect(hours(truth)).toBe(40);
    expect(Math.abs(hours(est.sessions) - 40) / 40).toBeLessThan(0.1);
    truth.forEach((n, k) => {
      if (steady[k]) expect(Math.abs(est.sessions[k]! - n)).toBeLessThanOrEqual(1);
    });
  });
});
