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

describe('retrial.sameContact with other contact types', () => {
  /**
   * `calls` (one agent, 450 s each, patience 30 s, same-contact retrials after 10 s) next to
   * `fillers` (one agent, 10,000 s each, no patience) that take the contact slots 1–255 from 1 s
   * on. #0 (calls) holds its agent 0–450; the call at 400 takes slot 256, abandons at 430, retries
   * at 440 in the same slot (freed slots are reused last in, first out), waits until 450 and is
   * answered: 30 + 10 = 40 s in all.
   */
  function answeredWithinTarget(within: number): number {
    const { result } = run({
      name: 'many slots',
      horizon: 1000,
      interval: 1000,
      skills: ['c', 'f'],
      contactTypes: [
        { name: 'calls', skills: { c: 1 }, handleTime: fixed(450), patience: fixed(30), arrivals: { trace: [0, 400] }, retrial: retrial(10), serviceLevel: { within, target: 0.8 } },
        { name: 'fillers', skills: { f: 1 }, handleTime: fixed(10_000), arrivals: { trace: Array.from({ length: 255 }, (_, i) => i + 1) } },
      ],
      agentGroups: [
        { name: 'call agents', skills: { c: 1 }, agents: 1 },
        { name: 'filler agents', skills: { f: 1 }, agents: 1 },
      ],
    });
    return result.byContactType.find((t) => t.name === 'calls')!.answeredWithinTarget;
  }

  it('keeps the earlier wait of a retrial in slot 256, past the first 256 slots', () => {
    // Within 35 s: only #0 (40 s > 35 s); within 45 s: both (the retrial's first wait is 430 − 400 = 30 s).
    expect(answeredWithinTarget(35)).toBe(1);
    expect(answeredWithinTarget(45)).toBe(2);
  });

  it('keeps the draws when only one of two types retries with the same contact', () => {
    // `calls` retries with the same contact, `mail` (no retrials) arrives too: the blocked call's
    // retrial still gets its first handle-time draw, the stream's second (see the test above).
    const calls = { name: 'calls', skills: { s: 1 }, handleTime: { kind: 'uniform', min: 50, max: 150 } };
    const mail = { name: 'mail', skills: { m: 1 }, handleTime: fixed(10), arrivals: { trace: [5] } };
    const base = { name: 'two types', horizon: 20_000, interval: 20_000, skills: ['s', 'm'] };
    const groups = (n: number) => [{ name: 'agents', skills: { s: 1 }, agents: n }, { name: 'mailers', skills: { m: 1 }, agents: 1 }];
    const both = run({ ...base, contactTypes: [{ ...calls, arrivals: { trace: [0, 1] } }, mail], agentGroups: groups(2) }).lines;
    const secondDraw = both.find((l) => l.startsWith('calls 1–'))!;
    const blocked = run({
      ...base,
      waitingRoom: { voice: 0 },
      contactTypes: [{ ...calls, arrivals: { trace: [0, 1] }, retrial: { probability: 1, delay: fixed(1000), sameContact: true } }, mail],
      agentGroups: groups(1),
    }).lines;
    expect(blocked.filter((l) => l.startsWith('calls'))).toHaveLength(3);
    // The retrial (arrived at 1001) is served as long as #1 would have been.
    const end = (line: string): number => Number(line.split('–')[1]!.split(' ')[0]);
    const retried = blocked.find((l) => l.startsWith('calls 1001–'))!;
    expect(end(retried) - 1001).toBeCloseTo(end(secondDraw) - 1, 9);
  });
});
