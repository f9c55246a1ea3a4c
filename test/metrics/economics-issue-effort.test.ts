import { describe, expect, it } from 'vitest';
import { simulate, type ScenarioInput } from '../../src/index';

/**
 * The per-issue journey counts the economics collector keeps for the churn model and the effort
 * score (minutes waited, abandons, unresolved), worked by hand: three calls at 0, one agent, 60 s
 * calls, 90 s patience. Call 1 is served 0–60 (wait 0), call 2 60–120 (wait 60 s), call 3 abandons
 * at 90 s (wait 90 s) and its issue is given up.
 */
function threeCalls(extra: Record<string, unknown> = {}): ScenarioInput {
  return {
    name: 'three calls',
    horizon: '1h',
    skills: ['s'],
    segments: [{ name: 'all', share: 1, value: 10 }],
    contactTypes: [
      { name: 'calls', skills: { s: 1 }, arrivals: { trace: [0, 0, 0] }, handleTime: { kind: 'deterministic', value: 60 }, patience: { kind: 'deterministic', value: 90 } },
    ],
    agentGroups: [{ name: 'one', skills: { s: 1 }, agents: 1 }],
    ...extra,
  } as ScenarioInput;
}

const NO_WEIGHTS = { extraContacts: 0, repeatedInformation: 0, transfers: 0, abandons: 0, brokenPromises: 0, waitMinutes: 0, unresolved: 0 };

describe('economics of each closed issue', () => {
  it('scores effort from the minutes waited, the abandons and the outcome of each issue', () => {
    const r = simulate(threeCalls({ customerImpact: { effort: { ...NO_WEIGHTS, abandons: 1, waitMinutes: 1, unresolved: 10 } } }), { seed: 1 });
    const e = r.economics!;
    expect([e.issuesClosed, e.resolvedIssues]).toEqual([3, 2]);
    // Efforts 0, 1 (one minute waited) and 1 + 1.5 + 10 (abandon, 90 s waited, unresolved).
    expect(e.meanEffort).toBeCloseTo(13.5 / 3, 12);
    expect(e.byContactType[0]!.meanEffort).toBeCloseTo(13.5 / 3, 12);
  });

  it('counts expected customers lost from the hazard of each issue, and their value', () => {
    const r = simulate(threeCalls({ customerImpact: { churn: { model: 'hazard', base: 0.1, weights: { abandons: 1 } } } }), { seed: 1 });
    const e = r.economics!;
    const lost = 0.1 + 0.1 + (1 - 0.9 * Math.exp(-1));
    expect(e.customersLost).toBeCloseTo(lost, 12);
    expect(e.valueLost).toBeCloseTo(10 * lost, 12);
    expect(e.byDay[0]!.customersLost).toBeCloseTo(lost, 12);
  });

  it('prices the minutes waited by answered and abandoned calls and the abandon penalty', () => {
    const costs = { channels: { voice: { perQueueMinute: 1 } }, penalties: { perAbandoned: 2 } };
    const e = simulate(threeCalls({ costs }), { seed: 1 }).economics!;
    expect(e.contactCost).toBeCloseTo(1 + 1.5, 12);
    expect(e.penalties.abandoned).toBe(2);
    expect(e.penaltyCost).toBe(2);
    expect(e.operatingCost).toBeCloseTo(4.5, 12);
    expect(e.costPerResolvedIssue).toBeCloseTo(4.5 / 2, 12);
    expect(e.costPerContact).toBeCloseTo(4.5 / 2, 12);
  });

  it('leaves out the contacts and issues that arrive before the warm-up ends', () => {
    // A 1 s warm-up: the calls at 0 are neither priced nor scored; a call at 200 s is both.
    const costs = { channels: { voice: { perContact: 1, perQueueMinute: 1 } }, penalties: { perAbandoned: 2 } };
    const s = threeCalls({ warmup: 1, costs, customerImpact: { effort: { ...NO_WEIGHTS, waitMinutes: 1 } } });
    (s.contactTypes[0]!.arrivals as { trace: number[] }).trace = [0, 0, 0, 200];
    const e = simulate(s, { seed: 1 }).economics!;
    expect(e.contactCost).toBe(1);
    expect(e.penaltyCost).toBe(0);
    expect([e.issuesClosed, e.handledContacts]).toEqual([1, 1]);
    expect(e.meanEffort).toBe(0);
  });
});

describe('handling cost of transferred contacts', () => {
  it('charges each contact to its own type and counts a transfer as no repeat contact', () => {
    // Two calls at 0 go through reception (100 s, no authority: always transferred) to one expert
    // (200 s): four contacts at 1 per contact and 0.6 per handled minute.
    const input = {
      name: 'transfers',
      horizon: '1h',
      skills: ['front', 'back'],
      contactTypes: [
        { name: 'front', skills: { front: 1 }, handleTime: { kind: 'deterministic', value: 100 }, arrivals: { trace: [0, 0] }, transfer: { to: 'back' } },
        { name: 'back', skills: { back: 1 }, handleTime: { kind: 'deterministic', value: 200 } },
      ],
      agentGroups: [
        { name: 'reception', agents: 2, skills: { front: 1 }, authority: false },
        { name: 'experts', agents: 1, skills: { back: 1 } },
      ],
      costs: { channels: { voice: { perContact: 1, perHandledMinute: 0.6 } } },
    } as ScenarioInput;
    const e = simulate(input, { seed: 1 }).economics!;
    expect(e.repeatContactCost).toBe(0);
    expect(e.contactCost).toBeCloseTo(4 + 0.6 * (2 * 100 + 2 * 200) / 60, 12);
    expect(e.byContactType.map((t) => [t.name, t.handlingCost])).toEqual([
      ['front', expect.closeTo(2 * (1 + 1), 12)],
      ['back', expect.closeTo(2 * (1 + 2), 12)],
    ]);
    expect(e.handledContacts).toBe(4);
    // Only the channel the scenario uses is listed.
    expect(e.byChannel.map((c) => [c.name, c.contactCost])).toEqual([['voice', expect.closeTo(e.contactCost, 12)]]);
  });
});

describe('self-service sessions', () => {
  it('are priced per session ended at or after the warm-up; a contained issue closes resolved', () => {
    // Sessions of 30 s starting at 0, 10 and 20 end at 30, 40 and 50 s, each containing its issue.
    const input = (warmup: number) =>
      ({
        name: 'self-service',
        horizon: '1h',
        warmup,
        skills: ['s'],
        contactTypes: [
          {
            name: 'calls',
            skills: { s: 1 },
            handleTime: { kind: 'deterministic', value: 60 },
            arrivals: { trace: [0, 10, 20] },
            selfService: { time: { kind: 'deterministic', value: 30 }, containment: 1 },
          },
        ],
        agentGroups: [{ name: 'one', skills: { s: 1 }, agents: 1 }],
        costs: { channels: { voice: { perSelfServiceSession: 0.5, perContact: 7 } } },
      }) as ScenarioInput;
    const all = simulate(input(0), { seed: 1 }).economics!;
    expect(all.contactCost).toBeCloseTo(1.5, 12);
    expect([all.issuesClosed, all.resolvedIssues, all.handledContacts]).toEqual([3, 3, 0]);
    expect(all.byContactType[0]!.contactCost).toBeCloseTo(1.5, 12);
    // A 40 s warm-up leaves out the session that ended at 30 s.
    const late = simulate(input(40), { seed: 1 }).economics!;
    expect(late.contactCost).toBeCloseTo(1, 12);
    expect(late.issuesClosed).toBe(2);
  });
});

describe('callbacks and concurrent chats', () => {
  it('charges no queue minutes for a customer waiting off the line for a callback', () => {
    // One agent, two 300 s calls at 0: call 2 is told 300 s, takes a virtual-hold callback and
    // is called back at 300 s. Only call 1 waited on the line (0 s); one callback attempt is made.
    const input = {
      name: 'callback',
      horizon: '1h',
      skills: ['s'],
      contactTypes: [
        {
          name: 'calls',
          skills: { s: 1 },
          handleTime: { kind: 'deterministic', value: 300 },
          arrivals: { trace: [0, 0] },
          callback: { mode: 'virtual-hold', offerWhenWaitAbove: '150s', acceptance: 1 },
        },
      ],
      agentGroups: [{ name: 'one', skills: { s: 1 }, agents: 1 }],
      costs: { channels: { voice: { perQueueMinute: 1, perCallbackAttempt: 0.5 } }, penalties: { waitBeyond: { after: 0, perMinute: 1 } } },
    } as ScenarioInput;
    const r = simulate(input, { seed: 1 });
    expect(r.callbacks[0]).toMatchObject({ accepted: 1, attempts: 1 });
    expect(r.economics!.contactCost).toBeCloseTo(0.5, 12);
    expect(r.economics!.penalties.waitBeyond).toBe(0);
  });

  it('shares the hourly pay of an agent among the chats it holds at once', () => {
    // One agent holding two chats of 60 s at once, paid 36 an hour: each chat's handling is
    // 60 s × 36/h ÷ 2 = 0.3.
    const input = {
      name: 'chats',
      horizon: '1h',
      skills: ['s'],
      contactTypes: [{ name: 'chats', channel: 'chat', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: 60 }, arrivals: { trace: [0, 0] } }],
      agentGroups: [{ name: 'one', skills: { s: 1 }, agents: 1, channels: { chat: 2 } }],
      costs: { agentGroups: { one: { perHour: 36 } } },
    } as ScenarioInput;
    const e = simulate(input, { seed: 1 }).economics!;
    expect(e.byContactType[0]!.handlingCost).toBeCloseTo(2 * 0.3, 12);
    expect(e.agentCost).toBeCloseTo(36, 12);
  });
});
