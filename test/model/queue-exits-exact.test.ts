import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../src/scenario/schema';
import { tracedRun, outcomes } from './traced-run';

/** One agent, handle time 10 s, contacts arriving at `times`; `extra` goes into the contact type. */
function scenario(times: number[], extra: Record<string, unknown> = {}, top: Record<string, unknown> = {}): ScenarioInput {
  return {
    name: 'exact',
    horizon: 100,
    interval: 100,
    skills: ['s'],
    contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: 10 }, arrivals: { trace: times }, ...extra }],
    agentGroups: [{ name: 'agents', skills: { s: 1 }, agents: 1 }],
    ...top,
  } as ScenarioInput;
}


describe('clearing the queues at closing', () => {
  it('clears the contacts waiting at the horizon; the one in service finishes', () => {
    // #0 served 0–10, #1 10–20; at the horizon (15) #2 and #3 are still waiting: cleared.
    const { result, records } = tracedRun(scenario([0, 1, 2, 3], {}, { horizon: 15, interval: 15, closing: 'clear-queue' }));
    expect(outcomes(records)).toEqual(['#0 served at 10', '#1 served at 20', '#2 cleared at 15', '#3 cleared at 15']);
    expect(result.queueExits![0]!.cleared).toBe(2);
    expect(result.overall.served).toBe(2);
    expect(result.endTime).toBe(20);
  });

  it('changes nothing without closing: the waiting contacts are served in the drain', () => {
    const { result, records } = tracedRun(scenario([0, 1, 2, 3], {}, { horizon: 15, interval: 15 }));
    expect(records.every((r) => r.outcome === 'served')).toBe(true);
    expect(result.queueExits).toBeUndefined();
  });

  it('a contact type can override the scenario-wide closing', () => {
    const { records } = tracedRun(scenario([0, 1, 2], { closing: 'keep' }, { horizon: 15, interval: 15, closing: 'clear-queue' }));
    expect(records.every((r) => r.outcome === 'served')).toBe(true);
  });
});

describe('maximum wait', () => {
  it('sends a contact to voicemail after the maximum wait', () => {
    const { result, records } = tracedRun(scenario([0, 1], { maxWait: { after: 5, then: 'voicemail' } }));
    expect(outcomes(records)).toEqual(['#0 served at 10', '#1 voicemail at 6']);
    expect(records[1]!.wait).toBe(5);
    expect(result.queueExits![0]!.voicemail).toBe(1);
  });

  it('turns a contact into a callback: it no longer abandons and keeps its place', () => {
    // Patience 8 would make #1 abandon at 9; at 6 it becomes a callback and is served at 10.
    const { result, records } = tracedRun(scenario([0, 1], { patience: { kind: 'deterministic', value: 8 }, maxWait: { after: 5, then: 'callback' } }));
    expect(outcomes(records)).toEqual(['#0 served at 10', '#1 served at 20']);
    expect(result.queueExits![0]!.convertedToCallback).toBe(1);
  });

  it('re-routes a contact to another type, served by that type’s group', () => {
    const input = scenario([0, 1], { maxWait: { after: 5, then: { rerouteTo: 'backup' } } });
    (input.contactTypes as unknown[]).push({ name: 'backup', skills: { b: 1 }, handleTime: { kind: 'deterministic', value: 4 } });
    (input.skills as string[]).push('b');
    (input.agentGroups as unknown[]).push({ name: 'second', skills: { b: 1 }, agents: 1 });
    const { result, records } = tracedRun(input);
    // #1 re-routed at 6; its successor #2 (type backup, same customer) is served at once, 6–10.
    expect(outcomes(records)).toEqual(['#0 served at 10', '#1 rerouted at 6', '#2 served at 10']);
    expect(records[2]!.type).toBe('backup');
    expect(records[2]!.customer).toBe(records[1]!.customer);
    expect(result.queueExits![0]!.rerouted).toBe(1);
    expect(result.byContactType.find((t) => t.name === 'backup')!.offered).toBe(1);
  });
});

describe('re-routing and journey.maxContacts', () => {
  it('stops a re-routing cycle at the issue’s last contact: the customer gives up', () => {
    // The agent is busy until 1000 with #0. #1 (a) goes to b at 6 as #2, the second contact;
    // at 11, with journey.maxContacts 2, #2 is re-routed no more: it ends and its issue closes unresolved.
    const input = scenario([0, 1], { name: 'a', handleTime: { kind: 'deterministic', value: 1000 }, maxWait: { after: 5, then: { rerouteTo: 'b' } } }, { journey: { maxContacts: 2 } });
    (input.contactTypes as unknown[]).push({ name: 'b', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: 4 }, maxWait: { after: 5, then: { rerouteTo: 'a' } } });
    const { result, records } = tracedRun(input);
    expect(outcomes(records)).toEqual(['#0 served at 1000', '#1 rerouted at 6', '#2 rerouted at 11']);
    expect(result.journey.overall.gaveUp).toBe(1);
  });
});

describe('balking and announcements', () => {
  it('balks by queue length: joins an empty queue, balks behind one waiting contact', () => {
    const { result, records } = tracedRun(scenario([0, 1, 2], { balking: { byQueueLength: [0, 1] } }));
    expect(outcomes(records)).toEqual(['#0 served at 10', '#1 served at 20', '#2 balked at 2']);
    expect(result.queueExits![0]!.balked).toBe(1);
    expect(result.queueExits![0]!.balkingRate).toBeCloseTo(1 / 3, 12);
  });

  it('announces the queue-position wait and scores it against the actual wait', () => {
    // #1 at 1: (0 waiting + 1) × 10 s / 1 agent = 10 s announced, waits 9. #2 at 2: 20 announced, waits 18.
    const { result } = tracedRun(scenario([0, 1, 2], { announcement: { predictor: 'queue-position' } }));
    const m = result.queueExits![0]!;
    expect(m.announced).toBe(2);
    expect(m.announcedAnswered).toBe(2);
    expect(m.meanAnnouncedWait).toBe(15);
    expect(m.meanActualWait).toBe(13.5);
    expect(m.announcementMeanAbsoluteError).toBe(1.5);
    expect(m.announcementRelativeError).toBeCloseTo(3 / 27, 12);
  });

  it('scales patience by the announced wait', () => {
    // Patience 8 s: #1 (arrived at 1, told 10 s) would abandon at 9; × (1 + 6 × 10/60) = 2 it waits until 17 and is served at 10.
    const patience = { kind: 'deterministic', value: 8 };
    const without = tracedRun(scenario([0, 1], { patience, announcement: { predictor: 'queue-position' } }));
    expect(outcomes(without.records)).toEqual(['#0 served at 10', '#1 abandoned at 9']);
    const scaled = tracedRun(scenario([0, 1], { patience, announcement: { predictor: 'queue-position', patienceFactor: { perMinute: 6 } } }));
    expect(outcomes(scaled.records)).toEqual(['#0 served at 10', '#1 served at 20']);
  });

  it('balks by announced wait: only the contact told more than 15 s', () => {
    const { records } = tracedRun(scenario([0, 1, 2], { announcement: { predictor: 'queue-position' }, balking: { byAnnouncedWait: [{ above: 15, probability: 1 }] } }));
    expect(outcomes(records)).toEqual(['#0 served at 10', '#1 served at 20', '#2 balked at 2']);
  });
});

describe('handle time by interval', () => {
  it('draws each contact’s handle time from its arrival interval', () => {
    const { records } = tracedRun(
      scenario([0, 60], { handleTimeByInterval: [{ kind: 'deterministic', value: 10 }, { kind: 'deterministic', value: 30 }] }, { horizon: 100, interval: 50 }),
    );
    expect(records.map((r) => r.handleTime)).toEqual([10, 30]);
  });

  it('announces the queue-position wait with the mean handle time of the current interval', () => {
    // #1 arrives at 61 (interval 1, handle 30 s) while #0 (arrived at 60) is served: (0 + 1) × 30 / 1 = 30 s announced; it waits 29.
    const { result } = tracedRun(
      scenario([60, 61], { announcement: { predictor: 'queue-position' }, handleTimeByInterval: [{ kind: 'deterministic', value: 10 }, { kind: 'deterministic', value: 30 }] }, { horizon: 100, interval: 50 }),
    );
    expect(result.queueExits![0]!.meanAnnouncedWait).toBe(30);
    expect(result.queueExits![0]!.meanActualWait).toBe(29);
  });
});
