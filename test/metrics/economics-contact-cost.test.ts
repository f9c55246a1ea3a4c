import { describe, expect, it } from 'vitest';
import { simulate, type ScenarioInput } from '../../src/index';
import { callbackScenario } from '../scenario/callback-helpers';

/**
 * Penalties are counts × prices and channel costs are measured quantities × prices, the counts and
 * measures taken from the standard metrics (an independent observer); a deterministic case is
 * worked by hand.
 */

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

describe('penalties and contact costs', () => {
  it('equal count × price: abandoned, blocked, unfinished, broken promises; per contact, per handled minute, per attempt', () => {
    const s = callbackScenario();
    s.endOfDay = 'cut';
    s.horizon = '3h';
    s.agentGroups[0].agents = 6; // overloaded: waits, abandons, blocks, callbacks, some broken promises
    s.waitingRoom = { voice: 8 };
    s.costs = {
      channels: { voice: { perContact: 0.1, perHandledMinute: 0.02, perCallbackAttempt: 0.3 }, chat: { perContact: 0.05 } },
      penalties: { perAbandoned: 2, perBlocked: 3, perUnfinished: 5, perBrokenPromise: 7 },
    };
    const r = simulate(s as ScenarioInput, { seed: 11 });
    const e = r.economics!;
    const voice = r.byChannel.find((c) => c.name === 'voice')!;
    const chat = r.byChannel.find((c) => c.name === 'chat')!;
    const callbacks = r.callbacks[0]!;
    expect(r.overall.abandoned * r.overall.blocked * r.overall.unfinished * callbacks.promisesBroken).toBeGreaterThan(0);
    expect(e.penalties.abandoned).toBeCloseTo(2 * r.overall.abandoned, 9);
    expect(e.penalties.blocked).toBeCloseTo(3 * r.overall.blocked, 9);
    expect(e.penalties.unfinished).toBeCloseTo(5 * r.overall.unfinished, 9);
    expect(e.penalties.brokenPromises).toBeCloseTo(7 * callbacks.promisesBroken, 9);
    expect(e.penaltyCost).toBeCloseTo(sum(Object.values(e.penalties)), 9);
    const handledMinutes = (voice.served * voice.meanHandleTime!) / 60;
    expect(e.contactCost).toBeCloseTo(0.1 * voice.offered + 0.05 * chat.offered + 0.02 * handledMinutes + 0.3 * callbacks.attempts, 6);
    expect(e.operatingCost).toBeCloseTo(e.agentCost + e.contactCost + e.penaltyCost, 9);
    expect(e.handledContacts).toBe(r.overall.served);
    expect(e.costPerContact).toBeCloseTo(e.operatingCost / r.overall.served, 9);
  });

  it('per queue minute and per minute beyond 0 s: the minutes waited by answered and abandoned contacts', () => {
    const s = callbackScenario();
    delete s.contactTypes[0].callback;
    s.horizon = '2h';
    s.agentGroups[0].agents = 8;
    s.costs = { channels: { voice: { perQueueMinute: 0.04 } }, penalties: { waitBeyond: { after: 0, perMinute: 1 } } };
    const r = simulate(s as ScenarioInput, { seed: 5 });
    const voice = r.byChannel.find((c) => c.name === 'voice')!;
    const chat = r.byChannel.find((c) => c.name === 'chat')!;
    const minutes = (c: typeof voice): number => (c.answered * (c.asa ?? 0) + c.abandoned * (c.meanTimeToAbandon ?? 0)) / 60;
    expect(minutes(voice)).toBeGreaterThan(10);
    expect(r.economics!.contactCost).toBeCloseTo(0.04 * minutes(voice), 6);
    expect(r.economics!.penalties.waitBeyond).toBeCloseTo(minutes(voice) + minutes(chat), 6);
  });

  it('worked by hand: three calls at once, one agent, 60 s each', () => {
    const r = simulate(
      {
        name: 'three calls',
        horizon: '1h',
        skills: ['s'],
        contactTypes: [{ name: 'calls', skills: { s: 1 }, arrivals: { trace: [0, 0, 0] }, handleTime: { kind: 'deterministic', value: 60 } }],
        agentGroups: [{ name: 'one', skills: { s: 1 }, agents: 1 }],
        costs: {
          agentGroups: { one: { perHour: 36 } },
          channels: { voice: { perHandledMinute: 0.5, perQueueMinute: 0.25, perContact: 0.1 } },
          penalties: { waitBeyond: { after: '30s', perMinute: 2 } },
        },
      },
      { seed: 1 },
    );
    const e = r.economics!;
    // waits 0, 60, 120 s: 3 queue minutes, and 30 + 90 s = 2 minutes beyond 30 s
    expect(e.penalties.waitBeyond).toBeCloseTo(4, 12);
    // 3 contacts × 0.1 + 3 handled minutes × 0.5 + 3 queue minutes × 0.25
    expect(e.contactCost).toBeCloseTo(0.3 + 1.5 + 0.75, 12);
    // the horizon (1 h) × 36: the drain ends before it
    expect(e.agentCost).toBeCloseTo(36, 12);
    expect(e.operatingCost).toBeCloseTo(36 + 2.55 + 4, 12);
    expect(e.costPerContact).toBeCloseTo((36 + 2.55 + 4) / 3, 12);
    // handling: 1 handled minute at 36/h (0.6) + 0.5 + 0.1 per contact
    expect(e.byContactType[0]!.handlingCost).toBeCloseTo(3 * (0.6 + 0.5 + 0.1), 12);
  });
});
