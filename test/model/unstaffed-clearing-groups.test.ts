import { describe, expect, it } from 'vitest';
import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import { simulate } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';

/**
 * Calls of 300 s served by two groups of one agent each: `early` on duty 0–100 s, `late` 0–200 s.
 * Calls at 0 and 1 take both agents (until 300 and 301); the call at 2 waits.
 */
function outcomes(closing: string): string[] {
  const input = {
    name: 'two groups',
    horizon: 1000,
    interval: 100,
    closing,
    skills: ['s'],
    contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: 300 }, arrivals: { trace: [0, 1, 2] } }],
    agentGroups: [
      { name: 'early', skills: { s: 1 }, agents: { shifts: [{ start: 0, end: 100, agents: 1 }] } },
      { name: 'late', skills: { s: 1 }, agents: { shifts: [{ start: 0, end: 200, agents: 1 }] } },
    ],
  } as unknown as ScenarioInput;
  const records: ContactRecord[] = [];
  simulate(input, { seed: 1, observers: [new ContactTrace((line) => records.push(JSON.parse(line) as ContactRecord), { format: 'jsonl' })], checkInvariants: true });
  return records.sort((a, b) => a.serial - b.serial).map((r) => `${r.arrival}: ${r.outcome} at ${r.end}`);
}

describe('clear-when-unstaffed with two groups', () => {
  it('waits until the last group that may serve the type has nobody left', () => {
    // At 100 `early`'s agent is leaving but `late`'s still counts: nothing is cleared. At 200 nobody
    // who may serve the calls is left: the waiting call is cleared then.
    expect(outcomes('clear-when-unstaffed')).toEqual(['0: served at 300', '1: served at 301', '2: cleared at 200']);
  });
});
