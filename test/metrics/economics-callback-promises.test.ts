import { describe, expect, it } from 'vitest';
import { simulate, type ScenarioInput } from '../../src/index';

/**
 * Broken callback promises in the economics collector, on one agent worked by hand. The
 * `queue-position` predictor promises a virtual-hold call (position + 1) × mean handle time / agents
 * after it accepts; the promise is kept when the first attempt starts no later than that (window 0).
 */
const fixed = (value: number) => ({ kind: 'deterministic', value });
const NO_WEIGHTS = { extraContacts: 0, repeatedInformation: 0, transfers: 0, abandons: 0, brokenPromises: 0, waitMinutes: 0, unresolved: 0 };
const callback = { mode: 'virtual-hold', offerWhenWaitAbove: '150s', acceptance: 1 };
const costs = { channels: { voice: { perCallbackAttempt: 0.5 } }, penalties: { perBrokenPromise: 7 } };
const customerImpact = { effort: { ...NO_WEIGHTS, brokenPromises: 1 } };

/** A 1,000 s call at 0 holds the agent; a 300 s call at 1 is promised 1 + 300 = 301 s and reached at 1,000 s. */
function lateCallback(warmup: number): ScenarioInput {
  return {
    name: 'late callback',
    horizon: '1h',
    warmup,
    skills: ['s'],
    contactTypes: [
      { name: 'long', skills: { s: 1 }, handleTime: fixed(1000), arrivals: { trace: [0] } },
      { name: 'calls', skills: { s: 1 }, handleTime: fixed(300), arrivals: { trace: [1] }, callback },
    ],
    agentGroups: [{ name: 'one', skills: { s: 1 }, agents: 1 }],
    costs,
    customerImpact,
  } as ScenarioInput;
}

describe('economics of callback promises', () => {
  it('prices a promise broken by a late first attempt, and counts it in its issue’s effort', () => {
    const r = simulate(lateCallback(0), { seed: 1 });
    // (result.callbacks lists only the types that offer callbacks)
    expect(r.callbacks[0]).toMatchObject({ name: 'calls', accepted: 1, attempts: 1, promisesBroken: 1 });
    const e = r.economics!;
    expect(e.penalties.brokenPromises).toBe(7);
    expect(e.contactCost).toBeCloseTo(0.5, 12);
    // two issues: the long call's (effort 0) and the callback's (one broken promise)
    expect(e.issuesClosed).toBe(2);
    expect(e.meanEffort).toBeCloseTo(0.5, 12);
  });

  it('leaves out the attempt, the promise and the issue of a call that arrived before the warm-up', () => {
    // warm-up 0.5 s: the long call (at 0) is left out, the callback (at 1) counted
    const some = simulate(lateCallback(0.5), { seed: 1 }).economics!;
    expect([some.penalties.brokenPromises, some.contactCost, some.issuesClosed, some.meanEffort]).toEqual([7, 0.5, 1, 1]);
    // warm-up 2 s: neither call is counted, though the attempt and the broken promise come after it
    const none = simulate(lateCallback(2), { seed: 1 }).economics!;
    expect([none.penalties.brokenPromises, none.contactCost, none.issuesClosed]).toEqual([0, 0, 0]);
  });

  it('keeps a promise reached at the very instant it falls due', () => {
    // Two 300 s calls at 0: the second is promised (0 + 1) × 300 / 1 = 300 s and called back at 300 s.
    const input = {
      name: 'on time',
      horizon: '1h',
      skills: ['s'],
      contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: fixed(300), arrivals: { trace: [0, 0] }, callback }],
      agentGroups: [{ name: 'one', skills: { s: 1 }, agents: 1 }],
      costs,
      customerImpact,
    } as ScenarioInput;
    const r = simulate(input, { seed: 1 });
    expect(r.callbacks[0]).toMatchObject({ accepted: 1, attempts: 1, promisesBroken: 0 });
    const e = r.economics!;
    expect([e.penalties.brokenPromises, e.issuesClosed, e.meanEffort]).toEqual([0, 2, 0]);
    expect(e.contactCost).toBeCloseTo(0.5, 12);
  });
});

describe('economics of contacts unfinished at the end', () => {
  it('charges the unfinished penalty only for contacts that arrived after the warm-up', () => {
    // Cut at 1 h: a 2 h call at 0 (before the 5 s warm-up) is in service and one at 10 s still waits.
    const input = {
      name: 'unfinished',
      horizon: '1h',
      warmup: 5,
      endOfDay: 'cut',
      skills: ['s'],
      contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: fixed(7200), arrivals: { trace: [0, 10] } }],
      agentGroups: [{ name: 'one', skills: { s: 1 }, agents: 1 }],
      costs: { penalties: { perUnfinished: 5 } },
    } as ScenarioInput;
    const r = simulate(input, { seed: 1 });
    expect(r.economics!.penalties.unfinished).toBe(5);
  });
});
