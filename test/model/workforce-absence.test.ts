import { describe, expect, it } from 'vitest';
import type { AgentGroupDefinition } from '../../src/model/definition';
import { AbsenceDraws, breakOffset, workforcePlan } from '../../src/model/workforce-plan';
import { RandomStreams } from '../../src/random/streams';
import { simulate } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';
import { summarize } from '../support/replicate';

function group(staffing: AgentGroupDefinition['staffing'], absenteeism: number): AgentGroupDefinition {
  return {
    id: 0,
    name: 'team',
    site: 0,
    proficiency: [1],
    concurrency: [1, 0, 0, 0],
    handleTimeFactor: [1, 1, 1, 1, 1, 1],
    authority: true,
    wrapUp: null,
    staffing,
    workforce: { shrinkage: [0], shrinkageInterval: 1800, absenteeism },
  };
}

const DAY = 86_400;

/** Agents present on each day of a head-count plan (one level per day). */
function presentPerDay(agents: number, days: number, seed: number): number[] {
  const plan = workforcePlan(group({ kind: 'constant', agents }, 0.3), days * DAY, new AbsenceDraws(new RandomStreams(seed)));
  return Array.from({ length: days }, (_, d) => {
    let i = 0;
    while (i + 1 < plan.times.length && (plan.times[i + 1] as number) <= d * DAY) i++;
    return plan.present[i] as number;
  });
}

describe('absenteeism', () => {
  it('keeps every agent slot’s absences when an agent is added (a draw per day and slot)', () => {
    const ten = presentPerDay(10, 30, 5);
    const eleven = presentPerDay(11, 30, 5);
    for (let d = 0; d < 30; d++) expect(eleven[d]! - ten[d]!).toBeOneOf([0, 1]);
    // Not all the same: absences do happen and vary by day.
    expect(new Set(ten).size).toBeGreaterThan(1);
  });

  it('draws a shift agent’s absence for the whole shift, and skips the breaks of absent agents', () => {
    const staffing = { kind: 'shifts', period: DAY, shifts: [{ start: 8 * 3600, end: 16 * 3600, agents: 6, breaks: [{ length: 1800, from: 3 * 3600, to: 5 * 3600 }] }] } as const;
    const plan = workforcePlan(group(staffing, 0.5), DAY, new AbsenceDraws(new RandomStreams(3)));
    expect(plan.scheduled).toEqual([0, 6, 0]);
    const present = plan.present[1]!;
    expect(plan.present).toEqual([0, present, 0]);
    expect(plan.breaks).toHaveLength(present);
    // Each present agent k keeps its staggered break start: 8h + 3h + 1.5h·k/6.
    const starts = new Set(Array.from({ length: 6 }, (_, k) => 8 * 3600 + breakOffset({ length: 1800, from: 3 * 3600, to: 5 * 3600 }, k, 6)));
    for (const b of plan.breaks) expect(starts.has(b.due)).toBe(true);
  });

  it('makes each scheduled agent absent with probability p (the absence share within its 99.99% CI)', () => {
    const p = 0.12;
    const scenario = {
      name: 'absence',
      horizon: '60d',
      interval: '1d',
      skills: ['s'],
      contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'exponential', mean: '5m' } }],
      agentGroups: [{ name: 'team', skills: { s: 1 }, agents: 25, absenteeism: p }],
    } as unknown as ScenarioInput;
    // 8 replications × 60 days × 25 agents = 12,000 agent-days.
    const shares = Array.from({ length: 8 }, (_, r) => {
      const team = simulate(scenario, { seed: 'absence', replication: r }).workforce![0]!;
      return team.absentHours / team.scheduledHours;
    });
    const s = summarize(shares);
    expect(Math.abs(s.mean - p)).toBeLessThanOrEqual(s.halfWidth);
    // Power: the half-width is a fraction of p (binomial sd per replication √(p(1−p)/1500) ≈ 0.0084).
    expect(s.halfWidth).toBeLessThan(0.3 * p);
  });
});

describe('workforce and common random numbers', () => {
  const scenario = (policy: string, absenteeism?: number): ScenarioInput =>
    ({
      name: 'crn',
      horizon: '2d',
      skills: ['s'],
      contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'exponential', mean: '4m' }, arrivals: { rate: '80/h' } }],
      agentGroups: [{ name: 'team', skills: { s: 1 }, agents: 9, ...(absenteeism === undefined ? {} : { absenteeism }) }],
      routing: { policy },
    }) as unknown as ScenarioInput;

  it('gives every routing policy the same absences', () => {
    const a = simulate(scenario('longest-idle-agent', 0.2), { seed: 11 }).workforce![0]!;
    const b = simulate(scenario('random-agent', 0.2), { seed: 11 }).workforce![0]!;
    expect(b.absentHours).toBe(a.absentHours);
    expect(b.intervals.map((i) => i.paidHours)).toEqual(a.intervals.map((i) => i.paidHours));
    expect(a.absentHours).toBeGreaterThan(0);
  });

  it('reports no workforce hours, and draws nothing, for a scenario that does not ask for them', () => {
    const plain = simulate(scenario('longest-idle-agent'), { seed: 11 });
    expect('workforce' in plain).toBe(false);
    // absenteeism 0 uses the workforce path but draws no absences: same service as the plain run.
    const zero = simulate(scenario('longest-idle-agent', 0), { seed: 11 });
    expect(zero.overall).toEqual(plain.overall);
    expect(zero.workforce![0]!.absentHours).toBe(0);
  });
});
