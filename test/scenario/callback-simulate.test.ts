import { describe, expect, it } from 'vitest';
import { simulateModel } from '../../src/run/simulate';
import { modelOf } from './helpers';

/**
 * End to end: callback offers written in the scenario format reach the engine with their
 * meaning (acceptance, no-answer, attempts, mode), checked through exact counting identities
 * of a run with the engine's invariant checks on.
 */
function scenario(callback: Record<string, unknown>): Record<string, unknown> {
  return {
    name: 'callbacks end to end',
    horizon: '2h',
    skills: ['billing'],
    contactTypes: [
      {
        name: 'billing',
        // 10 erlangs against 6 agents: the queue grows and most callers would wait minutes
        arrivals: { rate: '120/h' },
        skills: { billing: 1 },
        handleTime: { kind: 'exponential', mean: '5m' },
        patience: { kind: 'exponential', mean: '10m' },
        callback,
      },
    ],
    agentGroups: [{ name: 'agents', agents: 6, skills: { billing: 1 } }],
  };
}

function run(callback: Record<string, unknown>) {
  const result = simulateModel(modelOf(scenario(callback)).model, { seed: 3, checkInvariants: true });
  return { result, cb: result.callbacks[0]! };
}

describe('callback offers from a scenario, end to end', () => {
  it('offers callbacks and never has them accepted with acceptance 0', () => {
    const { cb } = run({ mode: 'scheduled', offerWhenWaitAbove: '1m', acceptance: 0, promise: '20m' });
    expect(cb.offered).toBeGreaterThan(20);
    expect(cb.accepted).toBe(0);
    expect(cb.attempts).toBe(0);
  });

  it('has every offer accepted with acceptance 1, and every attempt answered with noAnswer 0', () => {
    const { result, cb } = run({ mode: 'scheduled', offerWhenWaitAbove: '1m', acceptance: { base: 1 }, promise: '20m' });
    expect(cb.accepted).toBe(cb.offered);
    expect(cb.attempts).toBe(cb.accepted);
    expect([cb.unanswered, cb.failed]).toEqual([0, 0]);
    expect(cb.completed).toBe(cb.accepted);
    expect(cb.promisesKept + cb.promisesBroken).toBe(cb.accepted);
    // a scheduled callback is never reached before its promised time
    expect(cb.meanTimeToCallback!).toBeGreaterThanOrEqual(20 * 60);
    expect(result.overall.served + result.overall.abandoned).toBe(result.overall.offered);
  });

  it('makes maxAttempts attempts, retryAfter apart, when nobody answers, then gives the callback up', () => {
    const { result, cb } = run({ mode: 'scheduled', offerWhenWaitAbove: '1m', acceptance: 1, promise: '20m', noAnswer: 1, maxAttempts: 2, retryAfter: '5m' });
    expect(cb.accepted).toBeGreaterThan(20);
    expect(cb.attempts).toBe(2 * cb.accepted);
    expect(cb.unanswered).toBe(cb.attempts);
    expect([cb.completed, cb.failed]).toEqual([0, cb.accepted]);
    expect(result.overall.abandoned).toBeGreaterThanOrEqual(cb.failed);
  });

  it('keeps virtual-hold callbacks in line: reached within the predicted wait plus window, never abandoned', () => {
    const { cb } = run({ mode: 'virtual-hold', offerWhenWaitAbove: '1m', acceptance: 1, window: '2h' });
    expect(cb.accepted).toBeGreaterThan(20);
    expect([cb.failed, cb.promisesBroken]).toEqual([0, 0]);
    expect(cb.promisesKept).toBe(cb.accepted);
  });

  it('offers nothing when the threshold is above any predicted wait', () => {
    const { cb } = run({ mode: 'virtual-hold', offerWhenWaitAbove: '1d', acceptance: 1 });
    expect(cb.offered).toBe(0);
  });
});
