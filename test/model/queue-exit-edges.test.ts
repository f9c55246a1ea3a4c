import { describe, expect, it } from 'vitest';
import type { ContactCenterObserver } from '../../src/model/observer';
import { simulate } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';
import { tracedRun, outcomes } from './traced-run';

/** `agents` agents (handle time `handle` s), contacts arriving at `times`; `extra` goes into the contact type. */
function scenario(times: number[], extra: Record<string, unknown> = {}, top: Record<string, unknown> = {}, agents = 1, handle = 10): ScenarioInput {
  return {
    name: 'queue exit edges',
    horizon: 100,
    interval: 100,
    skills: ['s'],
    contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: handle }, arrivals: { trace: times }, ...extra }],
    agentGroups: [{ name: 'agents', skills: { s: 1 }, agents }],
    ...top,
  } as ScenarioInput;
}

const patience = (value: number): Record<string, unknown> => ({ kind: 'deterministic', value });

describe('delay announcements', () => {
  it('multiplies patience by base + perMinute × announced minutes exactly (4 s × 2 = 8 s)', () => {
    // #1 arrives at 1 and is told (0 + 1) × 10 s / 1 agent = 10 s. Patience 4 s × (1 + 6 × 10/60) = 8 s:
    // it abandons at 9, one second before the agent frees up (at 5 without the factor, served with a larger one).
    const { records } = tracedRun(scenario([0, 1], { patience: patience(4), announcement: { predictor: 'queue-position', patienceFactor: { perMinute: 6 } } }));
    expect(outcomes(records)).toEqual(['#0 served at 10', '#1 abandoned at 9']);
  });

  it('floors a negative patience factor at 0: the customer leaves at once', () => {
    // 1 − 12 × 10/60 = −1 → 0: patience 0, abandoned at its arrival.
    const { records } = tracedRun(scenario([0, 1], { patience: patience(4), announcement: { predictor: 'queue-position', patienceFactor: { perMinute: -12 } } }));
    expect(outcomes(records)).toEqual(['#0 served at 10', '#1 abandoned at 1']);
    expect(records[1]!.wait).toBe(0);
  });

  it('announces nothing when nobody will ever serve, and balks as above every step', () => {
    // No agent is ever on duty: the queue-position prediction is infinite, not told; the balking
    // steps read it as above every step (probability 1), so the caller leaves at once.
    const { result, records } = tracedRun(
      scenario([5], { announcement: { predictor: 'queue-position' }, balking: { byAnnouncedWait: [{ above: 1000, probability: 1 }] } }, {}, 0),
    );
    expect(outcomes(records)).toEqual(['#0 balked at 5']);
    expect(result.queueExits![0]!.announced).toBe(0);
    expect(result.queueExits![0]!.balked).toBe(1);
  });
});

describe('maximum wait and callbacks', () => {
  it('gives an accepted virtual-hold callback no maximum wait', () => {
    // #1 (at 1, predicted 10 s > 0) accepts a virtual-hold callback: it keeps its place without the
    // 5 s maximum wait and is served at 10; #2 (at 2, predicted 20 s) too, served at 20.
    const input = scenario([0, 1, 2], {
      callback: { mode: 'virtual-hold', offerWhenWaitAbove: 0, acceptance: 1 },
      maxWait: { after: 5, then: 'voicemail' },
    });
    const { result, records } = tracedRun(input);
    expect(outcomes(records)).toEqual(['#0 served at 10', '#1 served at 20', '#2 served at 30']);
    expect(result.queueExits![0]!.voicemail).toBe(0);
    expect(result.callbacks[0]!.accepted).toBe(2);
  });

  it('sends a declined caller to voicemail after the maximum wait', () => {
    const input = scenario([0, 1], { callback: { mode: 'virtual-hold', offerWhenWaitAbove: 0, acceptance: 0 }, maxWait: { after: 5, then: 'voicemail' } });
    const { records } = tracedRun(input);
    expect(outcomes(records)).toEqual(['#0 served at 10', '#1 voicemail at 6']);
  });
});

describe('joining a closed queue after the horizon', () => {
  // The agent is busy with #0 until 30; #1 (at 1, predicted 30 s) accepts a callback promised
  // 20 s later: it falls due at 21, after the horizon (15), and the agent is still busy.
  const extra = (closing: string): Record<string, unknown> => ({
    closing,
    callback: { mode: 'scheduled', offerWhenWaitAbove: 0, acceptance: 1, promise: 20 },
    maxWait: { after: 1000, then: 'voicemail' },
  });

  it('clears a due callback of a clearing type at once', () => {
    const { records } = tracedRun(scenario([0, 1], extra('clear-queue'), { horizon: 15, interval: 15 }, 1, 30));
    expect(outcomes(records)).toEqual(['#0 served at 30', '#1 cleared at 21']);
  });

  it('keeps a due callback of a type that does not clear', () => {
    const { records } = tracedRun(scenario([0, 1], extra('keep'), { horizon: 15, interval: 15 }, 1, 30));
    expect(outcomes(records)).toEqual(['#0 served at 30', '#1 served at 60']);
  });
});

describe('re-routing after the maximum wait', () => {
  it('carries the time in the first queue into the issue, and marks when that contact ended', () => {
    // #1 (type calls, at 1) is re-routed at 6 after 5 s in queue; its successor #2 (type backup) is
    // served 6–10. The issue's customer time is 5 + 4 = 9 s; #0's is 10 s.
    const input = scenario([0, 1], { maxWait: { after: 5, then: { rerouteTo: 'backup' } } });
    (input.contactTypes as unknown[]).push({ name: 'backup', skills: { b: 1 }, handleTime: { kind: 'deterministic', value: 4 } });
    (input.skills as string[]).push('b');
    (input.agentGroups as unknown[]).push({ name: 'second', skills: { b: 1 }, agents: 1 });
    const seen: string[] = [];
    const watch: ContactCenterObserver = {
      attach(view) {
        this.onArrival = (c) => {
          if (view.contactSerial(c) === 2) seen.push(`#2 at ${view.now}: previous contact ended at ${view.issueLastContactEnd(view.contactIssue(c))}`);
        };
      },
    };
    const result = simulate(input, { seed: 1, observers: [watch], checkInvariants: true });
    expect(seen).toEqual(['#2 at 6: previous contact ended at 6']);
    expect(result.journey.overall.meanCustomerTimePerIssue).toBe((10 + 9) / 2);
  });
});

describe('clearing and the customers’ return', () => {
  // The agent is busy with #0 until 30; #1 still waits at the horizon (15) and is cleared. Its type retries.
  const retrial = { probability: 1, delay: { kind: 'deterministic', value: 5 } };

  it('clear-when-unstaffed: the cleared customer gives up (its issue closes unresolved)', () => {
    const { result, records } = tracedRun(scenario([0, 1], { retrial }, { horizon: 15, interval: 15, closing: 'clear-when-unstaffed' }, 1, 30));
    expect(outcomes(records)).toEqual(['#0 served at 30', '#1 cleared at 15']);
    expect(result.journey.overall.gaveUp).toBe(1);
  });

  it('clear-queue: the cleared customer would come back after the horizon (its issue stays open)', () => {
    const { result, records } = tracedRun(scenario([0, 1], { retrial }, { horizon: 15, interval: 15, closing: 'clear-queue' }, 1, 30));
    expect(outcomes(records)).toEqual(['#0 served at 30', '#1 cleared at 15']);
    expect(result.journey.overall.gaveUp).toBe(0);
  });
});

describe('a type without queue exits beside one with them', () => {
  it('waits and is served as usual while the other type’s queue is cleared at the horizon', () => {
    // One agent for both types, busy with calls#0 until 30. plain#1 (at 1) and calls#2 (at 2) wait;
    // at the horizon (15) only calls#2 is cleared; plain#1 is served 30–40.
    const input = scenario([0, 2], { closing: 'clear-queue', maxWait: { after: 1000, then: 'voicemail' } }, { horizon: 15, interval: 15 }, 1, 30);
    (input.contactTypes as unknown[]).push({ name: 'plain', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: 10 }, arrivals: { trace: [1] } });
    const { records } = tracedRun(input);
    expect(records.map((r) => `${r.type} ${r.outcome} at ${r.end}`)).toEqual(['calls served at 30', 'plain served at 40', 'calls cleared at 15']);
  });
});
