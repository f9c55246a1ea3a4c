import { describe, expect, it } from 'vitest';
import type { ModelDefinition } from '../../src/model/definition';
import { DEFAULT_JOURNEY } from '../../src/model/journey';
import { RunawayError } from '../../src/model/runaway';
import { resolveScenario } from '../../src/scenario/resolve';
import type { ScenarioInput } from '../../src/scenario/schema';
import { simulateModel } from '../../src/run/simulate';
import { outcomes, tracedRun } from './traced-run';

const fixed = (value: number): Record<string, unknown> => ({ kind: 'deterministic', value });

/** One agent; contact types `types` (each with a skill of its own name's first letter served by the one group). */
function scenario(types: Record<string, unknown>[], top: Record<string, unknown> = {}): ScenarioInput {
  return {
    name: 'issue flow',
    horizon: 1000,
    interval: 1000,
    skills: ['s'],
    contactTypes: types.map((t) => ({ skills: { s: 1 }, ...t })),
    agentGroups: [{ name: 'agents', skills: { s: 1 }, agents: 1 }],
    ...top,
  } as unknown as ScenarioInput;
}

describe('IssueFlow', () => {
  it('adds an abandoned contact’s wait to its issue’s customer time', () => {
    // #0 is served 0–100 (customer time 100); #1 waits 10–40 and abandons, no retrial: its issue
    // closes with 30 s. Mean over the two closed issues: 65 s.
    const { result, records } = tracedRun(scenario([{ name: 'calls', handleTime: fixed(100), patience: fixed(30), arrivals: { trace: [0, 10] } }]));
    expect(outcomes(records)).toEqual(['#0 served at 100', '#1 abandoned at 40']);
    expect(result.journey.overall.gaveUp).toBe(1);
    expect(result.journey.overall.meanCustomerTimePerIssue).toBe(65);
  });

  it('draws afresh for a type that retries without sameContact next to one that keeps its contact', () => {
    // `mail` retries as a new contact while `calls` (no arrivals) would keep theirs: #1 of mail is
    // blocked at 1 and retried at 1001 with the type's third handle-time draw, as a third new
    // contact served at once would get it.
    const mail = { name: 'mail', handleTime: { kind: 'uniform', min: 50, max: 150 } };
    const calls = { name: 'calls', handleTime: fixed(10), arrivals: { trace: [] }, retrial: { probability: 1, delay: fixed(5), sameContact: true } };
    const three = tracedRun(scenario([{ ...mail, arrivals: { trace: [0, 1, 2] } }, calls], { agentGroups: [{ name: 'agents', skills: { s: 1 }, agents: 3 }] })).records;
    const retried = tracedRun(
      scenario([{ ...mail, arrivals: { trace: [0, 1] }, retrial: { probability: 1, delay: fixed(1000) } }, calls], { horizon: 2000, interval: 2000, waitingRoom: { voice: 0 } }),
    ).records;
    expect(retried.map((r) => `${r.outcome} at ${r.arrival}`)).toEqual(['served at 0', 'blocked at 1', 'served at 1001']);
    expect(retried[2]!.handleTime).toBe(three[2]!.handleTime);
    expect(retried[2]!.handleTime).not.toBe(three[1]!.handleTime);
  });

  it('lets no customer return at the horizon itself: the issue stays open', () => {
    // #1 abandons at 40 and would retry 960 s later, at the horizon (1000): it does not come back.
    const calls = { name: 'calls', handleTime: fixed(100), patience: fixed(30), arrivals: { trace: [0, 10] }, retrial: { probability: 1, delay: fixed(960) } };
    const { result, records } = tracedRun(scenario([calls]));
    expect(outcomes(records)).toEqual(['#0 served at 100', '#1 abandoned at 40']);
    expect(result.journey.overall.openAtEnd).toBe(1);
    const before = tracedRun(scenario([{ ...calls, retrial: { probability: 1, delay: fixed(959) } }]));
    expect(outcomes(before.records)).toEqual(['#0 served at 100', '#1 abandoned at 40', '#2 served at 1099']);
  });

  it('names repeat contacts as the runaway mechanism when unresolved customers call back at once for ever', () => {
    // Nothing resolves and every customer calls back at once (services of 0 s, all at 10 s): with the contact limit lifted (a model
    // built in code), no issue ever closes. The watchdog counts the returns, none of them retrials.
    const input = scenario([
      { name: 'calls', handleTime: fixed(0), arrivals: { trace: [10] }, resolution: { probability: 0 }, repeat: { probability: 1, delay: fixed(0) } },
    ]);
    const resolved = resolveScenario(input);
    const model: ModelDefinition = { ...resolved, journey: { ...(resolved.journey ?? DEFAULT_JOURNEY), maxContacts: 1e12 } };
    let error: unknown = null;
    try {
      simulateModel(model, { seed: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RunawayError);
    expect((error as RunawayError).mechanism).toBe('repeat-contacts');
  });
});
