import { describe, expect, it } from 'vitest';
import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import { simulate, type SimulationResult } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';

const fixed = (value: number): Record<string, unknown> => ({ kind: 'deterministic', value });
const retrial = (delay: number): Record<string, unknown> => ({ probability: 1, delay: fixed(delay), sameContact: true });

function run(input: Record<string, unknown>): { result: SimulationResult; lines: string[] } {
  const records: ContactRecord[] = [];
  const trace = new ContactTrace((line) => records.push(JSON.parse(line) as ContactRecord), { format: 'jsonl' });
  const result = simulate(input as unknown as ScenarioInput, { seed: 3, observers: [trace], checkInvariants: true });
  const lines = records.sort((a, b) => a.arrival - b.arrival || a.serial - b.serial).map((r) => `${r.type} ${r.arrival}–${r.end} ${r.outcome}`);
  return { result, lines };
}

describe('retrial.sameContact over several attempts', () => {
  it('adds up the waits of every attempt for the service-level test', () => {
    // #0 holds the agent 0–100. #1 (at 10, patience 30) abandons at 40, retries at 50, abandons at 80,
    // retries at 90 and is answered at 100: 30 + 30 + 10 = 70 s in all, above the 50 s target.
    const { result, lines } = run({
      name: 'three attempts',
      horizon: 1000,
      interval: 1000,
      skills: ['s'],
      contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: fixed(100), patience: fixed(30), arrivals: { trace: [0, 10] }, retrial: retrial(10), serviceLevel: { within: 50, target: 0.8 } }],
      agentGroups: [{ name: 'agents', skills: { s: 1 }, agents: 1 }],
    });
    expect(lines).toEqual(['calls 0–100 served', 'calls 10–40 abandoned', 'calls 50–80 abandoned', 'calls 90–200 served']);
    expect(result.overall.answeredWithinTarget).toBe(1);
  });

  it('keeps the patience when the retrial takes another contact slot', () => {
    // #0 holds the agent 0–1000. #1 (calls, patience 30) abandons at 40; an `other` contact
    // arriving at 60 (no patience) takes the slot #1 left, so #1's retrial at 90 gets a new one; it
    // still waits its 30 s, and so does its third attempt (journey.maxContacts 3 ends it there).
    const { lines } = run({
      name: 'slots',
      horizon: 2000,
      interval: 2000,
      journey: { maxContacts: 3 },
      skills: ['s'],
      contactTypes: [
        { name: 'calls', skills: { s: 1 }, handleTime: fixed(1000), patience: fixed(30), arrivals: { trace: [0, 10] }, retrial: retrial(50) },
        { name: 'other', skills: { s: 1 }, handleTime: fixed(10), arrivals: { trace: [60] } },
      ],
      agentGroups: [{ name: 'agents', skills: { s: 1 }, agents: 1 }],
    });
    expect(lines).toEqual(['calls 0–1000 served', 'calls 10–40 abandoned', 'other 60–1010 served', 'calls 90–120 abandoned', 'calls 170–200 abandoned']);
  });
});
