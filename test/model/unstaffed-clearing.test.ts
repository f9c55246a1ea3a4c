import { describe, expect, it } from 'vitest';
import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import { simulate, type SimulationResult } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';

const DAY = 86_400;

/** One agent on duty 0–100 s each day for two days, handle time 60 s, contacts at `times`. */
function scenario(times: number[], top: Record<string, unknown>, extra: Record<string, unknown> = {}): ScenarioInput {
  return {
    name: 'daily-clearing',
    horizon: DAY + 100,
    interval: 100,
    skills: ['s'],
    contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: 60 }, arrivals: { trace: times }, ...extra }],
    agentGroups: [{ name: 'agents', skills: { s: 1 }, agents: { shifts: [{ start: 0, end: 100, agents: 1 }] } }],
    ...top,
  } as unknown as ScenarioInput;
}

function run(input: ScenarioInput): { result: SimulationResult; outcomes: string[] } {
  const records: ContactRecord[] = [];
  const trace = new ContactTrace((line) => records.push(JSON.parse(line) as ContactRecord), { format: 'jsonl' });
  const result = simulate(input, { seed: 1, observers: [trace], checkInvariants: true });
  const outcomes = records.sort((a, b) => a.serial - b.serial).map((r) => `${r.arrival}: ${r.outcome} at ${r.end}`);
  return { result, outcomes };
}

describe('closing: clear-when-unstaffed', () => {
  // Each day: the first call is served 0–60, the second 60–120 (its agent's shift ends at 100 while
  // it serves, so it no longer counts from 100), the third still waits at 100: cleared then.
  const day = (d: number) => [d * DAY, d * DAY + 10, d * DAY + 20];

  it('clears the waiting calls at each day’s closing, not only at the horizon', () => {
    const { result, outcomes } = run(scenario([...day(0), ...day(1)], { closing: 'clear-when-unstaffed' }));
    expect(outcomes).toEqual([
      '0: served at 60',
      '10: served at 120',
      '20: cleared at 100',
      `${DAY}: served at ${DAY + 60}`,
      `${DAY + 10}: served at ${DAY + 120}`,
      `${DAY + 20}: cleared at ${DAY + 100}`,
    ]);
    expect(result.queueExits![0]!.cleared).toBe(2);
  });

  it('differs from clear-queue, which clears at the horizon only: the first night’s call waits for the morning', () => {
    const { outcomes } = run(scenario([...day(0), ...day(1)], { closing: 'clear-queue' }));
    expect(outcomes).toEqual([
      '0: served at 60',
      '10: served at 120',
      `20: served at ${DAY + 60}`,
      `${DAY}: served at ${DAY + 120}`,
      `${DAY + 10}: cleared at ${DAY + 100}`,
      `${DAY + 20}: cleared at ${DAY + 100}`,
    ]);
  });

  it('clears a call that came after closing once the last leaving agent finishes (the source’s second trigger)', () => {
    // 105: nobody on duty, the leaving agent serves until 120; when it logs off, the call is cleared.
    const { outcomes } = run(scenario([0, 10, 105], { closing: 'clear-when-unstaffed' }));
    expect(outcomes).toEqual(['0: served at 60', '10: served at 120', '105: cleared at 120']);
  });

  it('lets the cleared customers go: no retrial follows a clearing', () => {
    const retrial = { probability: 1, delay: { kind: 'deterministic', value: 50 } };
    const { result, outcomes } = run(scenario(day(0), { closing: 'clear-when-unstaffed' }, { retrial }));
    expect(outcomes).toEqual(['0: served at 60', '10: served at 120', '20: cleared at 100']);
    expect(result.overall.offered).toBe(3);
  });

  it('a contact type can ask for it alone; the others keep their calls', () => {
    const input = scenario(day(0), {}, { closing: 'clear-when-unstaffed' });
    const { outcomes } = run(input);
    expect(outcomes[2]).toBe('20: cleared at 100');
    expect(run(scenario(day(0), {})).outcomes[2]).toBe(`20: served at ${DAY + 60}`);
  });

  it('clears only the types that ask for it when a shared group leaves; the others wait for the morning', () => {
    // One agent serves both types (0–100 s each day, 60 s a contact, oldest first): calls at 0 and
    // 10 are served 0–60 and 60–120; at 100 the call at 20 and the mail at 30 wait. The calls are
    // cleared then; the mail (no closing of its own) waits and is served the next morning.
    const input = scenario([0, 10, 20], {}, { closing: 'clear-when-unstaffed' });
    (input.contactTypes as unknown[]).push({ name: 'mail', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: 60 }, arrivals: { trace: [30] } });
    const { result, outcomes } = run(input);
    expect(outcomes).toEqual(['0: served at 60', '10: served at 120', '20: cleared at 100', `30: served at ${DAY + 60}`]);
    expect(result.queueExits![0]!.cleared).toBe(1);
  });
});
