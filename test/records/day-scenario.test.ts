import { describe, expect, it } from 'vitest';
import { dayScenario, REPLAY_NAME } from '../../src/records/day-scenario';
import { simulateDay } from '../../src/records/day-runs';

const handleTime = { kind: 'deterministic', value: 60 } as const;
const patience = { kind: 'deterministic', value: 100 } as const;

describe('dayScenario()', () => {
  it('one type and one group named calls, a trace of the arrivals, a day of horizon, 80 % in 20 s', () => {
    expect(REPLAY_NAME).toBe('calls');
    expect(dayScenario({ name: 'n', arrivals: [10, 20], staffing: [1, 2], interval: 1800, handleTime, patience })).toEqual({
      name: 'n',
      horizon: 86_400,
      interval: 1800,
      skills: ['calls'],
      contactTypes: [{ name: 'calls', skills: { calls: 1 }, handleTime, patience, serviceLevel: { target: 0.8, within: 20 }, arrivals: { trace: [10, 20] } }],
      agentGroups: [{ name: 'calls', agents: { perInterval: [1, 2] }, skills: { calls: 1 } }],
    });
  });

  it('a horizon past midnight, in whole intervals, when the last arrival is after it', () => {
    expect(dayScenario({ name: 'n', arrivals: [10, 86_400], staffing: [1], interval: 1800, handleTime, patience }).horizon).toBe(88_200);
    expect(dayScenario({ name: 'n', arrivals: [86_399], staffing: [1], interval: 1800, handleTime, patience }).horizon).toBe(86_400);
    expect(dayScenario({ name: 'n', arrivals: [], staffing: [1], interval: 1800, handleTime, patience }).horizon).toBe(86_400);
  });

  it('expected arrivals per interval instead of a trace', () => {
    const s = dayScenario({ name: 'n', arrivals: { perInterval: [2, 3] }, staffing: [1], interval: 900, handleTime, patience });
    expect(s.horizon).toBe(86_400);
    expect(s.contactTypes[0]!.arrivals).toEqual({ perInterval: [2, 3], interval: 900 });
  });

  it('one type per segment, each with its own patience and arrivals, all served by calls', () => {
    const gold = { kind: 'deterministic', value: 300 } as const;
    const s = dayScenario({
      name: 'n',
      arrivals: [1],
      staffing: [1],
      interval: 1800,
      handleTime,
      patience,
      segments: [
        { name: 'gold', share: 0.25, patience: gold, arrivals: [90_000] },
        { name: 'plain', share: 0.75, patience, arrivals: { perInterval: [4] } },
      ],
    });
    // The gold trace's last arrival at 90,000 s: ⌈90,001 / 1800⌉ = 51 intervals.
    expect(s.horizon).toBe(91_800);
    expect(s.segments).toEqual([{ name: 'gold', share: 0.25 }, { name: 'plain', share: 0.75 }]);
    expect(s.contactTypes).toEqual([
      { name: 'calls-gold', skills: { calls: 1 }, handleTime, patience: gold, serviceLevel: { target: 0.8, within: 20 }, segments: { gold: 1 }, arrivals: { trace: [90_000] } },
      { name: 'calls-plain', skills: { calls: 1 }, handleTime, patience, serviceLevel: { target: 0.8, within: 20 }, segments: { plain: 1 }, arrivals: { perInterval: [4], interval: 1800 } },
    ]);
  });
});

describe('simulateDay()', () => {
  it('replays the trace: every arrival offered, the waits one agent gives them', () => {
    // One agent, 60-second calls at 0, 10 s and 1 h: waits 0, 50 and 0 s on every replication.
    const s = dayScenario({ name: 'n', arrivals: [0, 10, 3600], staffing: new Array<number>(48).fill(1), interval: 1800, handleTime, patience });
    const day = simulateDay(s, { replications: 2, seed: 3 });
    expect(day.daily).toEqual([
      { offered: 3, abandonment: 0, asa: 50 / 3, within20: 2 / 3, within60: 1 },
      { offered: 3, abandonment: 0, asa: 50 / 3, within20: 2 / 3, within60: 1 },
    ]);
    expect(day.hourly).toHaveLength(2);
    expect(day.hourly[0]!.map((h) => h.offered).slice(0, 2)).toEqual([2, 1]);
  });

  it('a call late in the day is served past midnight; one nobody is on duty for abandons', () => {
    // The run drains past the horizon: the call at 86,390 s is served at once (ends at 86,450 s);
    // with no agent after 23:30 the call at 86,000 s waits out its patience and abandons.
    const open = dayScenario({ name: 'n', arrivals: [86_390], staffing: new Array<number>(48).fill(1), interval: 1800, handleTime, patience: { kind: 'deterministic', value: 10_000 } });
    expect(simulateDay(open, { replications: 1 }).daily[0]).toMatchObject({ offered: 1, abandonment: 0 });
    const closed = dayScenario({ name: 'n', arrivals: [86_000], staffing: [...new Array<number>(47).fill(1), 0], interval: 1800, handleTime, patience: { kind: 'deterministic', value: 10_000 } });
    expect(simulateDay(closed, { replications: 1 }).daily[0]).toMatchObject({ offered: 1, abandonment: 1 });
  });

  it('30 replications by default; a bad count is refused', () => {
    const s = dayScenario({ name: 'n', arrivals: [0], staffing: [1], interval: 1800, handleTime, patience });
    expect(simulateDay(s).daily).toHaveLength(30);
    for (const bad of [0, 1.5, -2]) expect(() => simulateDay(s, { replications: bad })).toThrow(new RangeError(`simulateDay: replications must be a positive integer, got ${bad}`));
  });
});
