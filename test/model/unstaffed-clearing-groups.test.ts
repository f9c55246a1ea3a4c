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

function run(input: Record<string, unknown>): string[] {
  const records: ContactRecord[] = [];
  simulate(input as unknown as ScenarioInput, { seed: 1, observers: [new ContactTrace((line) => records.push(JSON.parse(line) as ContactRecord), { format: 'jsonl' })], checkInvariants: true });
  return records.sort((a, b) => a.serial - b.serial).map((r) => `${r.type} ${r.arrival}: ${r.outcome} at ${r.end}`);
}

const DAY = 86_400;

describe('clear-when-unstaffed over three days', () => {
  it('clears again on the second evening, before the horizon', () => {
    // One agent 0–100 s each day, calls of 60 s; each of the first two days, the call at 20 s still waits at 100: cleared then.
    const day = (d: number): number[] => [d * DAY, d * DAY + 10, d * DAY + 20];
    const out = run({
      name: 'three days',
      horizon: 2 * DAY + 100,
      interval: 100,
      closing: 'clear-when-unstaffed',
      skills: ['s'],
      contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: 60 }, arrivals: { trace: [...day(0), ...day(1)] } }],
      agentGroups: [{ name: 'agents', skills: { s: 1 }, agents: { shifts: [{ start: 0, end: 100, agents: 1 }] } }],
    });
    expect(out.filter((o) => o.includes('cleared'))).toEqual(['calls 20: cleared at 100', `calls ${DAY + 20}: cleared at ${DAY + 100}`]);
  });
});

describe('clear-when-unstaffed and other groups', () => {
  it('checks a type only when one of its own groups changes', () => {
    // Type a is served by group ga (0–100 s), type b by gb (0–200 s). A call of type a at 150 comes
    // while nobody of ga is on duty: it waits. gb's agent leaving at 200 checks type b only, so the
    // call of type a waits on until the horizon (1000) clears it.
    const out = run({
      name: 'two types',
      horizon: 1000,
      interval: 100,
      closing: 'clear-when-unstaffed',
      skills: ['a', 'b'],
      contactTypes: [
        { name: 'a', skills: { a: 1 }, handleTime: { kind: 'deterministic', value: 10 }, arrivals: { trace: [150] } },
        { name: 'b', skills: { b: 1 }, handleTime: { kind: 'deterministic', value: 10 }, arrivals: { trace: [] } },
      ],
      agentGroups: [
        { name: 'ga', skills: { a: 1 }, agents: { shifts: [{ start: 0, end: 100, agents: 1 }] } },
        { name: 'gb', skills: { b: 1 }, agents: { shifts: [{ start: 0, end: 200, agents: 1 }] } },
      ],
    });
    expect(out).toEqual(['a 150: cleared at 1000']);
  });
  it('clears, at one group’s closing, only the types that group leaves without anybody', () => {
    // Both types clear when unstaffed; a is served by ga (0–100 s), b by gb (0–200 s). Calls of
    // 300 s at 0 (a) and 1 (b) take both agents; a at 2 and b at 3 wait. At 100 only a has nobody
    // left: its waiting call is cleared then, b's at 200.
    const out = run({
      name: 'two closings',
      horizon: 1000,
      interval: 100,
      closing: 'clear-when-unstaffed',
      skills: ['a', 'b'],
      contactTypes: [
        { name: 'a', skills: { a: 1 }, handleTime: { kind: 'deterministic', value: 300 }, arrivals: { trace: [0, 2] } },
        { name: 'b', skills: { b: 1 }, handleTime: { kind: 'deterministic', value: 300 }, arrivals: { trace: [1, 3] } },
      ],
      agentGroups: [
        { name: 'ga', skills: { a: 1 }, agents: { shifts: [{ start: 0, end: 100, agents: 1 }] } },
        { name: 'gb', skills: { b: 1 }, agents: { shifts: [{ start: 0, end: 200, agents: 1 }] } },
      ],
    });
    expect(out).toEqual(['a 0: served at 300', 'b 1: served at 301', 'a 2: cleared at 100', 'b 3: cleared at 200']);
  });
});
