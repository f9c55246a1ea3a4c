import { describe, expect, it } from 'vitest';
import { simulate, type ScenarioInput } from '../../src/index';

/**
 * Where the economics collector books each amount — day, reporting interval, contact type and
 * segment, site — and what the warm-up and retrials change, worked by hand on tiny centers.
 */
const fixed = (value: number) => ({ kind: 'deterministic', value });
const NO_WEIGHTS = { extraContacts: 0, repeatedInformation: 0, transfers: 0, abandons: 0, brokenPromises: 0, waitMinutes: 0, unresolved: 0 };
const DAY = 86_400;

describe('economics by day and by interval', () => {
  it('books contact costs on the day and in the interval they fall, and pays the drain on the last day', () => {
    // Calls of 1,000 s at 100 s and at 1 d − 400 s (ending 400 s into the drain); one agent at 36 an hour.
    const input = {
      name: 'days',
      horizon: '2d',
      interval: '1d',
      skills: ['s'],
      contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: fixed(1000), arrivals: { trace: [100, 2 * DAY - 400] } }],
      agentGroups: [{ name: 'one', skills: { s: 1 }, agents: 1 }],
      costs: { agentGroups: { one: { perHour: 36, perHandledContact: 5 } }, channels: { voice: { perContact: 1 } } },
    } as ScenarioInput;
    const r = simulate(input, { seed: 1 });
    const e = r.economics!;
    expect(r.endTime).toBe(2 * DAY + 600);
    expect(e.byDay.map((d) => d.name)).toEqual(['day 0', 'day 1']);
    expect(e.byDay.map((d) => d.contactCost)).toEqual([1, 1]);
    // Day 0: 24 h × 36 + one fee; day 1 (the last): 24 h + 600 s of drain × 36 + one fee.
    expect(e.byDay[0]!.agentCost).toBeCloseTo(24 * 36 + 5, 9);
    expect(e.byDay[1]!.agentCost).toBeCloseTo((24 + 600 / 3600) * 36 + 5, 9);
    expect(e.intervals.map((i) => [i.contactCost, i.penaltyCost])).toEqual([
      [1, 0],
      [1, 0],
    ]);
    expect(e.intervals[0]!.agentCost).toBeCloseTo(24 * 36 + 5, 9);
    // The call ending in the drain pays its fee after the last interval.
    expect(e.afterIntervals.agentCost).toBeCloseTo((600 / 3600) * 36 + 5, 9);
  });

  it('books penalties per interval apart from contact costs', () => {
    // Two calls at 0 and one agent: the second waits 100 s and abandons (patience 100 s), in interval 0.
    const input = {
      name: 'penalty',
      horizon: '1h',
      interval: '30m',
      skills: ['s'],
      contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: fixed(300), patience: fixed(100), arrivals: { trace: [0, 0, 2000] } }],
      agentGroups: [{ name: 'one', skills: { s: 1 }, agents: 1 }],
      costs: { channels: { voice: { perContact: 1 } }, penalties: { perAbandoned: 10 } },
    } as ScenarioInput;
    const e = simulate(input, { seed: 1 }).economics!;
    expect(e.intervals.map((i) => [i.contactCost, i.penaltyCost])).toEqual([
      [2, 10],
      [1, 0],
    ]);
  });
});

describe('economics per contact type and segment', () => {
  it('charges each contact to its own type and segment, and a self-service session too', () => {
    // Type a (segment x) and type b (segment y), one call each; b's customers first spend 10 s in a
    // bot that sends them on.
    const input = {
      name: 'classes',
      horizon: '1h',
      skills: ['s'],
      segments: [
        { name: 'x', share: 0.5 },
        { name: 'y', share: 0.5 },
      ],
      contactTypes: [
        { name: 'a', skills: { s: 1 }, handleTime: fixed(60), segments: { x: 1 }, arrivals: { trace: [0] } },
        { name: 'b', skills: { s: 1 }, handleTime: fixed(60), segments: { y: 1 }, arrivals: { trace: [0] }, selfService: { time: fixed(10), containment: 0 } },
      ],
      agentGroups: [{ name: 'one', skills: { s: 1 }, agents: 2 }],
      costs: { channels: { voice: { perContact: 1, perSelfServiceSession: 0.25 } } },
    } as ScenarioInput;
    const e = simulate(input, { seed: 1 }).economics!;
    expect(e.byContactType.map((t) => [t.name, t.contactCost])).toEqual([
      ['a', 1],
      ['b', 1.25],
    ]);
    expect(e.bySegment.map((s) => [s.name, s.contactCost])).toEqual([
      ['x', 1],
      ['y', 1.25],
    ]);
  });
});

describe('economics of a site', () => {
  it('sums the agent cost and contacts handled of its groups', () => {
    const input = {
      name: 'site',
      horizon: '1h',
      skills: ['s'],
      sites: [{ name: 'office' }],
      contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: fixed(60), arrivals: { trace: [0, 0, 0] } }],
      agentGroups: [
        { name: 'g1', site: 'office', skills: { s: 1 }, agents: 1 },
        { name: 'g2', site: 'office', skills: { s: 1 }, agents: 1 },
      ],
      costs: { agentGroups: { g1: { perHour: 10, perHandledContact: 1 }, g2: { perHour: 20, perHandledContact: 1 } } },
    } as ScenarioInput;
    const e = simulate(input, { seed: 1 }).economics!;
    // 1 h × (10 + 20) and three contacts at 1.
    expect(e.bySite).toEqual([{ name: 'office', paidHours: 2, agentCost: 33, handledContacts: 3, agentCostPerContact: 11 }]);
  });
});

describe('economics and the warm-up', () => {
  it('leaves out the blocked and unfinished contacts that arrived before it', () => {
    // Waiting room 0, one agent, 600 s calls at 0 and 10 (blocked), cut at 700 s with a call at 650
    // (unfinished), warm-up 20 s: only the call at 650 counts.
    const input = {
      name: 'warm-up penalties',
      horizon: 700,
      warmup: 20,
      endOfDay: 'cut',
      skills: ['s'],
      waitingRoom: { voice: 0 },
      contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: fixed(600), arrivals: { trace: [0, 10, 650] } }],
      agentGroups: [{ name: 'one', skills: { s: 1 }, agents: 1 }],
      costs: { penalties: { perBlocked: 3, perUnfinished: 5 } },
    } as ScenarioInput;
    const e = simulate(input, { seed: 1 }).economics!;
    expect(e.penalties).toMatchObject({ blocked: 0, unfinished: 5 });
  });
});

describe('issue counts across a retrial', () => {
  it('keeps the first attempt’s abandon and wait when the customer tries again', () => {
    // One agent busy 0–300 s with call 1; call 2 abandons after 60 s, retries at 660 s and is served
    // at once. Its issue: one abandon and one minute waited; call 1's issue: nothing.
    const input = {
      name: 'retrial',
      horizon: '1h',
      skills: ['s'],
      contactTypes: [
        {
          name: 'calls',
          skills: { s: 1 },
          handleTime: fixed(300),
          patience: fixed(60),
          retrial: { probability: 1, delay: fixed(600) },
          arrivals: { trace: [0, 0] },
        },
      ],
      agentGroups: [{ name: 'one', skills: { s: 1 }, agents: 1 }],
      customerImpact: { effort: { ...NO_WEIGHTS, abandons: 1, waitMinutes: 1 } },
    } as ScenarioInput;
    const e = simulate(input, { seed: 1 }).economics!;
    expect(e.issuesClosed).toBe(2);
    expect(e.meanEffort).toBeCloseTo((0 + 2) / 2, 12);
  });
});

describe('handling cost of an interrupted contact', () => {
  it('prices only the time worked, not the time suspended', () => {
    // The e-mail at 0 (100 s of work) is suspended 30–80 s by a 50 s call; it ends at 150 s.
    const input = {
      name: 'interrupted',
      horizon: '1h',
      skills: ['s'],
      contactTypes: [
        { name: 'calls', channel: 'voice', skills: { s: 1 }, handleTime: fixed(50), arrivals: { trace: [30] } },
        { name: 'emails', channel: 'email', skills: { s: 1 }, handleTime: fixed(100), arrivals: { trace: [0] } },
      ],
      agentGroups: [{ name: 'blended', agents: 1, skills: { s: 1 }, channels: { voice: 1, email: 1 }, interruptions: { voice: ['email'] } }],
      costs: { channels: { email: { perHandledMinute: 0.6 } }, agentGroups: { blended: { perHandledContact: 2 } } },
    } as ScenarioInput;
    const e = simulate(input, { seed: 1 }).economics!;
    expect(e.byContactType.map((t) => [t.name, t.handlingCost])).toEqual([
      ['calls', 2],
      ['emails', expect.closeTo(2 + 1, 12)],
    ]);
  });
});
