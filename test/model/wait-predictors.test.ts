import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate';

/**
 * The callback wait predictors, pinned through the offers they cause. One agent, calls of exactly
 * 10 min arriving at 3,000 s, 3,060 s and 3,700 s: call 1 waits 0 s, call 2 waits 540 s (served at
 * 3,600 s), and call 3 finds the agent busy and would wait, so it is offered a callback exactly when
 * its predicted wait exceeds `offerWhenWaitAbove`. Call 2 is predicted 0 s by both history
 * predictors (only call 1's wait is known then), so it is never offered one here.
 */
function offers(predictor: 'last-wait' | 'moving-average', offerWhenWaitAbove: number): number {
  const input = {
    name: 'predictors',
    horizon: '2h',
    skills: ['s'],
    contactTypes: [
      {
        name: 'calls',
        skills: { s: 1 },
        handleTime: { kind: 'deterministic', value: '10m' },
        arrivals: { trace: [3000, 3060, 3700] },
        callback: { mode: 'virtual-hold', offerWhenWaitAbove, predictor, acceptance: 1 },
      },
    ],
    agentGroups: [{ name: 'desk', skills: { s: 1 }, agents: 1 }],
  };
  return simulate(input as never, { seed: 1, checkInvariants: true }).callbacks[0]!.offered;
}

describe('wait predictors', () => {
  it('last-wait predicts the wait of the last contact to enter service (540 s)', () => {
    expect(offers('last-wait', 539)).toBe(1);
    expect(offers('last-wait', 541)).toBe(0);
  });

  it('moving-average predicts 0.9 × previous + 0.1 × wait (0, then 54 s)', () => {
    expect(offers('moving-average', 53.9)).toBe(1);
    expect(offers('moving-average', 54.1)).toBe(0);
  });
});
