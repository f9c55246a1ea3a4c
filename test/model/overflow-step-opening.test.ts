import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';

/**
 * An e-mail arrives at `arrival`; its only staffed group is an overflow step opening after 10 s
 * (the primary group has nobody). The step's timer fires at arrival + 10 s, and the contact must be
 * served then. With arrival 6.4 s, (6.4 + 10) − 6.4 is 9.999999999999998 in floating point: a
 * check written `now − queuedAt < after` kept the step closed at its own opening, and as nothing
 * else ever happened the drained run ended with the e-mail unfinished.
 */
function inbox(arrival: number): ScenarioInput {
  return {
    name: 'overflow step opening',
    horizon: '1h',
    skills: ['mail'],
    contactTypes: [
      {
        name: 'mail',
        channel: 'email',
        skills: { mail: 1 },
        handleTime: { kind: 'deterministic', value: 100 },
        arrivals: { trace: [arrival] },
        overflow: { primary: ['inbox'], steps: [{ after: '10s', groups: ['helpers'] }] },
      },
    ],
    agentGroups: [
      { name: 'inbox', agents: 0, skills: { mail: 1 }, channels: { email: 1 } },
      { name: 'helpers', agents: 1, skills: { mail: 1 }, channels: { email: 1 } },
    ],
  } as ScenarioInput;
}

describe('an overflow step', () => {
  it('opens at the instant of its timer, whatever the rounding of the wait', () => {
    expect(6.4 + 10 - 6.4).toBeLessThan(10); // the case the check must survive
    for (const arrival of [6.4, 6.9, 5]) {
      const result = simulate(inbox(arrival), { checkInvariants: true });
      expect(result.overall.unfinished, `arrival ${arrival}`).toBe(0);
      expect(result.overall.served, `arrival ${arrival}`).toBe(1);
      expect(result.overall.wait.max, `arrival ${arrival}`).toBeCloseTo(10, 9);
    }
  });
});
