import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate';

/**
 * Handle times, answers and resolutions per agent group and per agent, worked by hand on centers
 * small enough to follow contact by contact.
 */
const fixed = (value: number) => ({ kind: 'deterministic', value });

describe('two groups, each with its own contact type', () => {
  // g1 (skill s) serves a@0 in 0–100 and a@50 in 100–200, resolving both; g2 (skill t) serves b@0
  // in 0–300 without resolving it. Drained run of 1,000 s.
  const input = {
    name: 'two-groups',
    horizon: 1000,
    skills: ['s', 't'],
    contactTypes: [
      { name: 'a', skills: { s: 1 }, handleTime: fixed(100), resolution: { probability: 1 }, arrivals: { trace: [0, 50] } },
      { name: 'b', skills: { t: 1 }, handleTime: fixed(300), resolution: { probability: 0 }, arrivals: { trace: [0] } },
    ],
    agentGroups: [
      { name: 'g1', skills: { s: 1 }, agents: 1 },
      { name: 'g2', skills: { t: 1 }, agents: 1 },
    ],
  };
  const run = (perAgent: boolean) => simulate(input as never, { seed: 1, checkInvariants: true, metrics: { perAgent } });

  it('keeps each group’s answers and handle times apart', () => {
    const r = run(false);
    expect(r.byAgentGroup.map((g) => [g.name, g.answered, g.served, g.meanHandleTime])).toEqual([
      ['g1', 2, 2, 100],
      ['g2', 1, 1, 300],
    ]);
    expect(r.byAgentGroup[0]!.occupancy).toBeCloseTo(200 / 1000, 12);
    expect(r.byAgentGroup[1]!.occupancy).toBeCloseTo(300 / 1000, 12);
    expect(r.agents.meanHandleTime).toBeCloseTo(500 / 3, 12);
    expect(r.agents.answered).toBe(3);
    expect(r.byAgent).toBeUndefined();
  });

  it('gives every agent its own answers, handle time and resolutions with perAgent', () => {
    const r = run(true);
    expect(r.byAgent!.map((a) => [a.name, a.group, a.answered, a.served, a.meanHandleTime, a.resolved, a.resolutionRate])).toEqual([
      ['g1#0', 'g1', 2, 2, 100, 2, 1],
      ['g2#0', 'g2', 1, 1, 300, 0, 0],
    ]);
    expect(r.byAgent![0]!.occupancy).toBeCloseTo(200 / 1000, 12);
    expect(r.byAgent![1]!.staffedHours).toBeCloseTo(1000 / 3600, 12);
  });
});

describe('handle time of an interrupted contact', () => {
  it('leaves out the time the contact was suspended', () => {
    // One blended agent: the e-mail at 0 (100 s of work) is suspended by the call at 30 (50 s),
    // resumes at 80 and ends at 150. Its handle time is 150 − 0 − 50 = 100 s.
    const input = {
      name: 'interrupted',
      horizon: '1h',
      skills: ['s'],
      contactTypes: [
        { name: 'calls', channel: 'voice', skills: { s: 1 }, handleTime: fixed(50), arrivals: { trace: [30] } },
        { name: 'emails', channel: 'email', skills: { s: 1 }, handleTime: fixed(100), arrivals: { trace: [0] } },
      ],
      agentGroups: [{ name: 'blended', agents: 1, skills: { s: 1 }, channels: { voice: 1, email: 1 }, interruptions: { voice: ['email'] } }],
    };
    const r = simulate(input as never, { seed: 1, checkInvariants: true });
    expect(r.byContactType.map((t) => [t.name, t.served, t.meanHandleTime])).toEqual([
      ['calls', 1, 50],
      ['emails', 1, 100],
    ]);
    expect(r.overall.meanHandleTime).toBe(75);
  });
});
