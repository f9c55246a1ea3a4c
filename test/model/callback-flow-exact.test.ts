import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../src/scenario/schema';
import { tracedRun } from './traced-run';

/** One agent, calls of 100 s arriving at `times`, offered a callback with `callback` settings. */
function scenario(times: number[], callback: Record<string, unknown>, extra: Record<string, unknown> = {}): ScenarioInput {
  return {
    name: 'callback flow',
    horizon: 1000,
    interval: 1000,
    skills: ['s'],
    contactTypes: [
      { name: 'calls', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: 100 }, arrivals: { trace: times }, callback: { offerWhenWaitAbove: 0, acceptance: 1, ...callback }, ...extra },
    ],
    agentGroups: [{ name: 'agents', skills: { s: 1 }, agents: 1 }],
  } as unknown as ScenarioInput;
}

describe('accepted callbacks', () => {
  it('no longer abandon: a virtual-hold callback waits past its caller’s patience', () => {
    // Patience 5 s; #1 (at 1) accepts and is served at 100 after 99 s in line.
    const { result, records } = tracedRun(scenario([0, 1], { mode: 'virtual-hold' }, { patience: { kind: 'deterministic', value: 5 } }));
    expect(records.map((r) => `#${r.serial} ${r.outcome} at ${r.end}`)).toEqual(['#0 served at 100', '#1 served at 200']);
    expect(result.overall.abandoned).toBe(0);
  });

  it('measures a scheduled callback’s wait from the moment it falls due', () => {
    // #1 and #2 accept callbacks promised 150 s later: due at 151 (served at once: wait 0) and 152
    // (waits for #1's call-back, 99 s).
    const { records } = tracedRun(scenario([0, 1, 2], { mode: 'scheduled', promise: 150 }));
    expect(records.map((r) => [r.serial, r.serviceStart, r.wait])).toEqual([
      [0, 0, 0],
      [1, 151, 0],
      [2, 251, 99],
    ]);
  });
});

describe('virtual-hold promises', () => {
  it('promise the offer time + the predicted wait + the window', () => {
    // #1 at 1 is predicted 100 s and called back at 100: within 1 + 100 + 60 = 161 (kept); with no
    // window, 101 still keeps it.
    for (const window of [0, 60]) {
      const { result } = tracedRun(scenario([0, 1], { mode: 'virtual-hold', window }));
      expect([result.callbacks[0]!.promisesKept, result.callbacks[0]!.promisesBroken], `window ${window}`).toEqual([1, 0]);
    }
  });
});
