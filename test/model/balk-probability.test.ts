import { describe, expect, it } from 'vitest';
import { balkProbability } from '../../src/model/balking';

describe('balkProbability()', () => {
  it('gives a constant probability whatever the queue and the announcement', () => {
    const def = { kind: 'probability', probability: 0.3 } as const;
    expect(balkProbability(def, 0, Number.NaN)).toBe(0.3);
    expect(balkProbability(def, 7, 120)).toBe(0.3);
  });

  it('reads byQueueLength[n] for n contacts waiting, and its last entry for longer queues', () => {
    const def = { kind: 'queue-length', byQueueLength: [0, 0.2, 0.5] } as const;
    expect([0, 1, 2, 3, 10].map((n) => balkProbability(def, n, Number.NaN))).toEqual([0, 0.2, 0.5, 0.5, 0.5]);
  });

  it('takes the probability of the last step whose `above` the announced wait exceeds (strictly), 0 below the first', () => {
    const def = {
      kind: 'announced-wait',
      steps: [
        { above: 60, probability: 0.1 },
        { above: 300, probability: 0.4 },
      ],
    } as const;
    expect([0, 60, 60.5, 300, 301, Infinity].map((w) => balkProbability(def, 0, w))).toEqual([0, 0, 0.1, 0.1, 0.4, 0.4]);
  });

  it('does not balk by announced wait when nothing was announced (NaN)', () => {
    const def = { kind: 'announced-wait', steps: [{ above: -1, probability: 0.9 }] } as const;
    expect(balkProbability(def, 5, Number.NaN)).toBe(0);
    expect(balkProbability(def, 5, 0)).toBe(0.9);
  });
});
