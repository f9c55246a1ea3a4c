import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate';

/** Journey metrics per day, per first contact type and per serving group, counted by hand. */
const DAY = 86_400;
const type = (name: string, skill: string, trace: number[]) => ({ name, skills: { [skill]: 1 }, handleTime: { kind: 'deterministic', value: 60 }, arrivals: { trace } });
const run = (input: Record<string, unknown>) => simulate({ name: 'journeys', skills: ['s', 't'], ...input } as never, { seed: 1, checkInvariants: true });

describe('journeys by day', () => {
  it('gives a horizon of a day and a half two days, the second one partial', () => {
    const r = run({ horizon: '36h', contactTypes: [type('a', 's', [100, 200, DAY + 100])], agentGroups: [{ name: 'g', skills: { s: 1, t: 1 }, agents: 1 }] });
    expect(r.journey.byDay.map((d) => [d.name, d.issues])).toEqual([
      ['day 0', 2],
      ['day 1', 1],
    ]);
  });
});

describe('journeys by day and type at once', () => {
  it('keeps the issue of every (day, type) pair apart over three days', () => {
    // Type b on day 0 and type a on day 2: two classes, three days.
    const r = run({ horizon: '3d', contactTypes: [type('a', 's', [2 * DAY + 100]), type('b', 't', [100])], agentGroups: [{ name: 'g', skills: { s: 1, t: 1 }, agents: 1 }] });
    expect(r.journey.byDay.map((d) => d.issues)).toEqual([1, 0, 1]);
    expect(r.journey.byContactType.map((t) => t.issues)).toEqual([1, 1]);
  });
});

describe('journeys by first contact type and by the group that served it', () => {
  it('puts each issue in the slices of its own first contact, whatever the order of arrivals', () => {
    // Types alternate a, b, a, a, b; group ga serves type a, gb type b.
    const r = run({
      horizon: '1h',
      contactTypes: [type('a', 's', [0, 200, 300]), type('b', 't', [100, 400])],
      agentGroups: [
        { name: 'ga', skills: { s: 1 }, agents: 1 },
        { name: 'gb', skills: { t: 1 }, agents: 1 },
      ],
    });
    const j = r.journey;
    expect(j.overall.issues).toBe(5);
    expect(j.byContactType.map((t) => [t.name, t.issues, t.firstContactsServed])).toEqual([
      ['a', 3, 3],
      ['b', 2, 2],
    ]);
    expect(j.byAgentGroup.map((g) => [g.name, g.issues, g.firstContactsServed])).toEqual([
      ['ga', 3, 3],
      ['gb', 2, 2],
    ]);
    expect(j.byDay.map((d) => d.issues)).toEqual([5]);
  });
});
