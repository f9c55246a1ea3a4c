import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';
import { tracedRun } from '../model/traced-run';

/**
 * The journey's per-issue records when several issues are open at once (each issue in its own
 * slot of the issue table), worked out by hand: every issue keeps its own last channel, repeated
 * information and transfers, not only the run's first.
 */
const fixed = (value: number): Record<string, unknown> => ({ kind: 'deterministic', value });

/**
 * Three agents; calls of 100 s at 0 and 1, never resolved, come back 1000 s after their end
 * (journey.maxContacts 2). Agent 0 serves the first (0–100), agent 1 the second (1–101); the
 * repeat at 1100 goes to agent 2 (idle the longest, since 0) and the one at 1101 to agent 0 (idle
 * since 100): neither is the agent who served the customer before.
 */
function repeats(context: string): { handleTimes: number[]; repeatedInformation: number } {
  const { result, records } = tracedRun({
    name: 'two open issues',
    horizon: 7200,
    interval: 7200,
    journey: { context, contextHandleFactor: 0.5, repeatHandleFactor: 1.5, maxContacts: 2 },
    skills: ['s'],
    contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: fixed(100), arrivals: { trace: [0, 1] }, resolution: { probability: 0 }, repeat: { probability: 1, delay: fixed(1000) } }],
    agentGroups: [{ name: 'team', skills: { s: 1 }, agents: 3 }],
  } as unknown as ScenarioInput);
  const later = records.filter((r) => r.arrival >= 1100).sort((a, b) => a.arrival - b.arrival);
  expect(later.map((r) => [r.arrival, r.agent])).toEqual([
    [1100, 2],
    [1101, 0],
  ]);
  return { handleTimes: later.map((r) => r.handleTime!), repeatedInformation: result.journey.overall.repeatedInformation };
}

describe('two issues open at once', () => {
  it('each makes its customer repeat the information to a new agent without context', () => {
    expect(repeats('none')).toEqual({ handleTimes: [150, 150], repeatedInformation: 2 });
  });

  it('each passes its history on the same channel', () => {
    expect(repeats('same-channel')).toEqual({ handleTimes: [50, 50], repeatedInformation: 0 });
  });

  it('each counts its own transfer: one contact per resolved issue', () => {
    // Two calls at 0 to reception (no authority: transferred), resolved by the experts.
    const result = simulate(
      {
        name: 'two transfers',
        horizon: '1h',
        skills: ['front', 'back'],
        contactTypes: [
          { name: 'front', skills: { front: 1 }, handleTime: fixed(100), arrivals: { trace: [0, 0] }, transfer: { to: 'back' } },
          { name: 'back', skills: { back: 1 }, handleTime: fixed(200), resolution: { probability: 1 } },
        ],
        agentGroups: [
          { name: 'reception', agents: 2, skills: { front: 1 }, authority: false },
          { name: 'experts', agents: 2, skills: { back: 1 } },
        ],
      } as unknown as ScenarioInput,
      { seed: 1, checkInvariants: true },
    );
    expect(result.journey.overall).toMatchObject({ issues: 2, resolved: 2, contactsPerResolvedIssue: 1 });
  });
});
