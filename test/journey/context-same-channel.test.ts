import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../src/scenario/schema';
import { tracedRun } from '../model/traced-run';

const fixed = (value: number): Record<string, unknown> => ({ kind: 'deterministic', value });

/**
 * Calls of 100 s (never resolved) whose customers come back 10 s later as a contact of `repeatType`
 * (journey.maxContacts 2). Agent a serves #0 0–100 and then #1 (arrived at 50) 100–200, so the
 * repeat at 110 goes to agent b (on duty from 105): it has the customer's history only as the journey's
 * `context` rule says (0.5× handle time with it, 1.5× as a repeat without it).
 */
function repeatHandleTime(context: string, repeatType: 'calls' | 'mail'): number {
  const { records } = tracedRun({
    name: 'context',
    horizon: 1000,
    interval: 1000,
    journey: { context, contextHandleFactor: 0.5, repeatHandleFactor: 1.5, maxContacts: 2 },
    skills: ['s'],
    contactTypes: [
      { name: 'calls', skills: { s: 1 }, handleTime: fixed(100), arrivals: { trace: [0, 50] }, resolution: { probability: 0 }, repeat: { probability: 1, delay: fixed(10), via: { [repeatType]: 1 } } },
      { name: 'mail', channel: 'email', skills: { s: 1 }, handleTime: fixed(100), arrivals: { trace: [] } },
    ],
    agentGroups: [
      { name: 'a', skills: { s: 1 }, agents: 1 },
      { name: 'b', skills: { s: 1 }, channels: { voice: 1, email: 1 }, agents: { shifts: [{ start: 105, end: 1000, agents: 1 }] } },
    ],
  } as unknown as ScenarioInput);
  const repeat = records.find((r) => r.arrival === 110);
  expect(repeat?.type).toBe(repeatType);
  return repeat!.handleTime!;
}

describe("journey context 'same-channel'", () => {
  it('gives the next agent the history of a contact on the same channel', () => {
    expect(repeatHandleTime('same-channel', 'calls')).toBe(50);
  });

  it('does not pass it to another channel; omnichannel does', () => {
    expect(repeatHandleTime('same-channel', 'mail')).toBe(150);
    expect(repeatHandleTime('omnichannel', 'mail')).toBe(50);
    expect(repeatHandleTime('none', 'calls')).toBe(150);
  });
});
