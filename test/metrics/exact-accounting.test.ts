import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate';

/**
 * Small deterministic centers whose metrics can be worked out by hand: each case pins one piece of
 * accounting (agent time at the end of a run, shift ends, per-agent handle time, the short-abandon
 * boundary, empty statistics, journeys by day) that the theory checks cannot see.
 */

type Input = Record<string, unknown>;
const type = (name: string, more: Input): Input => ({ name, skills: { s: 1 }, handleTime: { kind: 'deterministic', value: '40m' }, ...more });
const center = (more: Input): Input => ({ name: 'exact', skills: ['s'], agentGroups: [{ name: 'g', skills: { s: 1 }, agents: 2 }], ...more });
const run = (input: Input, metrics: Input = {}) => simulate(input as never, { seed: 1, checkInvariants: true, metrics });

describe('agent time when the run is cut inside an interval', () => {
  it('counts the last interval only up to the cut', () => {
    // Intervals of 1 h, cut at 90 min, 2 agents. Call 1 is served 0–40 min (interval 0); call 2
    // from 75 min to the cut at 90 min: 900 s busy out of 2 × 1,800 s logged on in [60, 90) min.
    const r = run(center({ horizon: '90m', interval: '1h', endOfDay: 'cut', contactTypes: [type('a', { arrivals: { trace: [0, 4500] } })] }));
    expect(r.intervals.map((i) => i.start)).toEqual([0, 3600]);
    expect(r.intervals[0]!.occupancy).toBeCloseTo(2400 / 7200, 12);
    expect(r.intervals[1]!.occupancy).toBeCloseTo(900 / 3600, 12);
    expect(r.intervals[1]!.agentsOnDuty).toBeCloseTo(2, 12);
    expect(r.agents.staffedHours).toBeCloseTo(3, 12);
    expect(r.agents.occupancy).toBeCloseTo((2400 + 900) / (2 * 5400), 12);
  });
});

describe('an agent whose shift ends during a contact', () => {
  const input = center({
    horizon: '2h',
    contactTypes: [type('a', { handleTime: { kind: 'deterministic', value: '20m' }, patience: { kind: 'deterministic', value: '30m' }, arrivals: { trace: [3000, 3900] } })],
    agentGroups: [{ name: 'g', skills: { s: 1 }, agents: { shifts: [{ start: 0, end: '1h', agents: 1 }] } }],
  });

  it('finishes the contact in hand, then logs off and takes no more work', () => {
    // Call 1 at 50 min is served until 70 min (past the shift end at 60 min); call 2 arrives at
    // 65 min, finds nobody who will take it, and abandons after its 30-minute patience.
    const r = run(input);
    expect(r.overall.served).toBe(1);
    expect(r.overall.abandoned).toBe(1);
    expect(r.overall.meanTimeToAbandon).toBe(1800);
    expect(r.agents.staffedHours).toBeCloseTo(70 / 60, 12);
    expect(r.agents.occupancy).toBeCloseTo(20 / 70, 12);
  });
});

describe('per-agent handle time', () => {
  it('is each agent’s own mean handle time', () => {
    // One agent: three calls of 40 min back to back.
    const input = center({
      horizon: '3h',
      contactTypes: [type('a', { arrivals: { trace: [0, 60, 120] } })],
      agentGroups: [{ name: 'g', skills: { s: 1 }, agents: 1 }],
    });
    const r = run(input, { perAgent: true });
    expect(r.byAgent).toHaveLength(1);
    expect(r.byAgent![0]!.served).toBe(3);
    expect(r.byAgent![0]!.meanHandleTime).toBe(2400);
  });
});

describe('the short-abandon boundary', () => {
  const waitingRoom = (patience: number) =>
    center({
      horizon: '1h',
      // The agent is busy with call 1 for 40 min; call 2 gives up after exactly `patience` seconds.
      contactTypes: [type('a', { patience: { kind: 'deterministic', value: patience }, arrivals: { trace: [0, 1] } })],
      agentGroups: [{ name: 'g', skills: { s: 1 }, agents: 1 }],
    });

  it('counts an abandon after exactly the threshold as short', () => {
    const r = run(waitingRoom(5), { shortAbandonThreshold: 5 });
    expect(r.overall.abandoned).toBe(1);
    expect(r.overall.shortAbandoned).toBe(1);
    expect(r.overall.serviceLevelExcludingShortAbandons).toBe(1);
  });

  it('does not count an abandon just past the threshold', () => {
    const r = run(waitingRoom(5.001), { shortAbandonThreshold: 5 });
    expect(r.overall.abandoned).toBe(1);
    expect(r.overall.shortAbandoned).toBe(0);
  });
});

describe('statistics with nothing to average', () => {
  it('gives null, not 0, for the mean time to abandon with no abandon and the mean handle time with no service', () => {
    // Type b's only group starts after the cut: its two calls abandon; type a's call is served.
    const input = center({
      horizon: '1h',
      endOfDay: 'cut',
      skills: ['s', 't'],
      contactTypes: [
        type('a', { arrivals: { trace: [0] } }),
        { name: 'b', skills: { t: 1 }, handleTime: { kind: 'deterministic', value: '5m' }, patience: { kind: 'deterministic', value: '10m' }, arrivals: { trace: [0, 60] } },
      ],
      agentGroups: [
        { name: 'g', skills: { s: 1 }, agents: 1 },
        { name: 'late', skills: { t: 1 }, agents: { shifts: [{ start: '2h', end: '3h', agents: 1 }] } },
      ],
    });
    const r = run(input);
    const [a, b] = r.byContactType;
    expect(a!.abandoned).toBe(0);
    expect(a!.meanTimeToAbandon).toBeNull();
    expect(a!.meanHandleTime).toBe(2400);
    expect(b!.served).toBe(0);
    expect(b!.meanHandleTime).toBeNull();
    expect(b!.meanTimeToAbandon).toBe(600);
  });
});

describe('journeys by day', () => {
  it('keeps one entry per day of a multi-day horizon, each counting the issues opened that day', () => {
    const DAY = 86_400;
    const times = [100, DAY + 100, DAY + 200, 2 * DAY + 100, 2 * DAY + 200, 2 * DAY + 300];
    const r = run(center({ horizon: '3d', contactTypes: [type('a', { arrivals: { trace: times } })] }));
    expect(r.journey.byDay.map((d) => d.issues)).toEqual([1, 2, 3]);
    expect(r.journey.overall.issues).toBe(6);
  });
});
