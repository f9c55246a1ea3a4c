import { describe, expect, it } from 'vitest';
import { simulateDay } from '../../src/records/day-runs';
import type { ScenarioInput } from '../../src/scenario/schema';

/**
 * simulateDay() on hand-worked days: one agent, deterministic handle times, arrivals at fixed
 * times, so each contact's fate is known. Blocked contacts were never offered to the queue;
 * a contact cut off at the end of the day counts as answered if its service began, else as
 * abandoned.
 */
function day(changes: Partial<ScenarioInput>, arrivals: number[], patience?: number): ScenarioInput {
  return {
    name: 'tiny',
    horizon: 3600,
    interval: 1800,
    skills: ['s'],
    contactTypes: [
      {
        name: 'calls',
        skills: { s: 1 },
        handleTime: { kind: 'deterministic', value: 1000 },
        ...(patience === undefined ? {} : { patience: { kind: 'deterministic', value: patience } }),
        arrivals: { trace: arrivals },
      },
    ],
    agentGroups: [{ name: 'agents', agents: 1, skills: { s: 1 } }],
    ...changes,
  } as ScenarioInput;
}

describe('simulateDay() on hand-worked days', () => {
  it('leaves blocked contacts out of the offered ones', () => {
    // Waiting room of 1: the call at 0 is served, the one at 10 waits (served at 1000, wait 990),
    // the one at 20 is blocked. Offered: 2, none abandoned, ASA (0 + 990) / 2, one of two answered
    // within 20 s and within 60 s.
    const { daily } = simulateDay(day({ waitingRoom: { voice: 1 } }, [0, 10, 20]), { replications: 1 });
    expect(daily).toEqual([{ offered: 2, abandonment: 0, asa: 495, within20: 0.5, within60: 0.5 }]);
  });

  it('counts a contact cut off while waiting as abandoned, one cut off in service as answered', () => {
    // Cut at 100 s: the call at 0 is in service (answered after 0 s), the one at 10 still waits.
    const { daily } = simulateDay(day({ horizon: 100, endOfDay: 'cut' }, [0, 10]), { replications: 2 });
    // Offered 2, one abandoned; ASA over the one answered, 0 s; one of two answered within 20 s.
    expect(daily).toEqual([0, 1].map(() => ({ offered: 2, abandonment: 0.5, asa: 0, within20: 0.5, within60: 0.5 })));
  });

  it('replication r of the seed given', () => {
    // Patience 1 to 100 s at random: which of the three waiting calls hang up depends on the draws.
    const random = day({ horizon: 7200 }, [0, 1, 2, 3]);
    (random.contactTypes[0] as { patience?: unknown }).patience = { kind: 'uniform', min: 1, max: 100 };
    (random.contactTypes[0] as { handleTime?: unknown }).handleTime = { kind: 'uniform', min: 1, max: 100 };
    const seeds = [1, 2, 3, 4, 5, 6].map((seed) => JSON.stringify(simulateDay(random, { seed, replications: 1 }).daily));
    expect(new Set(seeds).size).toBeGreaterThan(1);
    expect(JSON.stringify(simulateDay(random, { replications: 1 }).daily)).toBe(seeds[0]);
  });
});
