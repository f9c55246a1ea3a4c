import { describe, expect, it } from 'vitest';
import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';
import { simulate, simulateModel } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';
import { center } from '../support/interruption-center';

/**
 * More of what the engine's read-only view (`CenterState`) tells observers, worked out by hand:
 * the contacts an agent holds suspended, whether an agent has the customer's history, and the
 * resolution factor of a type without skills.
 */
const fixed = (value: number) => ({ kind: 'deterministic', value });

/** Runs `observe` at every service start of a run of `input` (seed 1, invariants checked) and returns what it logged. */
function atStarts<T>(input: ScenarioInput, observe: (view: ContactCenterView, contact: number, agent: number) => T): T[] {
  let view!: ContactCenterView;
  const log: T[] = [];
  const observer: ContactCenterObserver = {
    attach: (v) => void (view = v),
    onServiceStart: (c, agent) => void log.push(observe(view, c, agent)),
  };
  simulate(input, { seed: 1, checkInvariants: true, observers: [observer] });
  return log;
}

describe('the view of a center', () => {
  it('counts the e-mail a call suspended as held by the agent while the call lasts', () => {
    // E-mail 0– (100 s); the call at 10 suspends it: at the call's start the agent holds one suspended.
    let view!: ContactCenterView;
    const log: [number, number][] = [];
    const model = center({ types: [{ name: 'calls', channel: 0, at: [10], time: 50 }, { name: 'emails', channel: 2, at: [0], time: 100 }], concurrency: [1, 0, 1, 0], suspends: [2] });
    simulateModel(model, { checkInvariants: true, observers: [{ attach: (v) => void (view = v), onServiceStart: (_c, agent) => void log.push([view.now, view.agentSuspended(agent)]) }] });
    expect(log).toEqual([
      [0, 0],
      [10, 1],
    ]);
  });

  it("tells that the agent of a customer's repeat has the history (omnichannel), on every contact", () => {
    // Two agents; calls of 100 s at 0 and 1, never resolved, back 1000 s after their end with
    // another agent: [contact has context] at each start.
    const input = {
      name: 'context',
      horizon: 7200,
      journey: { context: 'omnichannel', maxContacts: 2 },
      skills: ['s'],
      contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: fixed(100), arrivals: { trace: [0, 1] }, resolution: { probability: 0 }, repeat: { probability: 1, delay: fixed(1000) } }],
      agentGroups: [{ name: 'team', skills: { s: 1 }, agents: 3 }],
    } as unknown as ScenarioInput;
    expect(atStarts(input, (v, c) => [v.now, v.contactHasContext(c)])).toEqual([
      [0, false],
      [1, false],
      [1100, true],
      [1101, true],
    ]);
  });

  it('gives factor 1 for the resolution of a type that asks for no skill', () => {
    const input = {
      name: 'no skills',
      horizon: 100,
      skills: ['s'],
      contactTypes: [{ name: 'calls', skills: {}, handleTime: fixed(10), arrivals: { trace: [0] }, resolution: { probability: 0.5 } }],
      agentGroups: [{ name: 'team', agents: 1, skills: { s: 1 } }],
    } as unknown as ScenarioInput;
    expect(atStarts(input, (v, _c, agent) => v.agentResolutionFactor(agent, 0))).toEqual([1]);
  });
});
