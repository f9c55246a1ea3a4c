import { describe, expect, it } from 'vitest';
import type { CenterState } from '../../src/model/center-state';
import { CallbackRules, callbackIsDue } from '../../src/model/callbacks';
import type { CallbackDefinition } from '../../src/model/definition';
import type { WaitPredictor, WaitPredictors } from '../../src/model/wait-predictor';
import { FixedUniformSource } from '../../src/random/fixed-uniform-source';
import type { RandomStreams } from '../../src/random/streams';

const settings: CallbackDefinition = {
  mode: 'virtual-hold',
  offerAbove: 120,
  predictor: 'last-wait',
  acceptance: { base: 0.2, perMinute: 0.1 },
  promiseAfter: 0,
  window: 0,
  noAnswer: 0.3,
  attemptTime: 30,
  retryDelay: 600,
  maxAttempts: 3,
};

/**
 * Rules over two contact types: `plain` (no callback) and `offers` (the settings above, with
 * `callback` merged in); the predictor predicts `predicted` seconds for every type, and the
 * `callback:offers` stream returns `uniforms` in turn.
 */
function rules(predicted: number, uniforms: number[], callback: Partial<CallbackDefinition> = {}): { rules: CallbackRules; asked: string[] } {
  const asked: string[] = [];
  const state = {
    model: {
      contactTypes: [
        { name: 'plain', callback: null },
        { name: 'offers', callback: { ...settings, ...callback } },
      ],
    },
  } as unknown as CenterState;
  const predictor: WaitPredictor = { predict: () => predicted, observe: () => {} };
  const predictors = { get: () => predictor } as unknown as WaitPredictors;
  const streams = {
    stream: (name: string) => {
      asked.push(name);
      return new FixedUniformSource(name === 'callback:offers' ? uniforms : [0.5]);
    },
  } as unknown as RandomStreams;
  return { rules: new CallbackRules(state, streams, predictors), asked };
}

describe('CallbackRules.offer()', () => {
  it('offers nothing to a type without callbacks', () => {
    const { rules: r, asked } = rules(1000, [0.01]);
    expect(asked).toEqual(['callback:plain', 'callback:offers']);
    expect(r.of(0)).toBeNull();
    expect(r.of(1)?.offerAbove).toBe(120);
    expect(r.offer(0)).toBeNull();
  });

  it('offers only when the predicted wait is strictly above offerWhenWaitAbove', () => {
    expect(rules(120, [0.01]).rules.offer(1)).toBeNull();
    expect(rules(119, [0.01]).rules.offer(1)).toBeNull();
    expect(rules(120.5, [0.01]).rules.offer(1)).toEqual({ predictedWait: 120.5, accepted: true });
  });

  it('offers nothing when the predicted wait is infinite (nobody will ever serve)', () => {
    expect(rules(Infinity, [0.01]).rules.offer(1)).toBeNull();
  });

  it('accepts with probability base + perMinute × predicted minutes (0.2 + 0.1 × 3 = 0.5 at 180 s)', () => {
    const r = rules(180, [0.49, 0.5, 0.51]).rules;
    expect([r.offer(1)?.accepted, r.offer(1)?.accepted, r.offer(1)?.accepted]).toEqual([true, false, false]);
  });

  it('clips the acceptance probability to [0, 1]', () => {
    // 2 + 0.1 × 3 = 2.3 → 1: accepted even at u = 0.999.
    expect(rules(180, [0.999], { acceptance: { base: 2, perMinute: 0.1 } }).rules.offer(1)?.accepted).toBe(true);
    // −1 + 0.1 × 3 = −0.7 → 0: declined even at u = 0.001.
    expect(rules(180, [0.001], { acceptance: { base: -1, perMinute: 0.1 } }).rules.offer(1)?.accepted).toBe(false);
    // Acceptance falling with the wait: 1.5 − 0.5 × 3 = 0 at 180 s.
    expect(rules(180, [0.001], { acceptance: { base: 1.5, perMinute: -0.5 } }).rules.offer(1)?.accepted).toBe(false);
    expect(rules(150, [0.2], { acceptance: { base: 1.5, perMinute: -0.5 } }).rules.offer(1)?.accepted).toBe(true);
  });
});

describe('CallbackRules.answers()', () => {
  it('answers when the uniform is at least noAnswer (0.3)', () => {
    const r = rules(0, [0.29, 0.3, 0.31]).rules;
    expect([r.answers(1), r.answers(1), r.answers(1)]).toEqual([false, true, true]);
  });
});

describe('callbackIsDue()', () => {
  it('is true for a scheduled callback, and for a virtual-hold callback once tried; never for an ordinary contact', () => {
    expect(callbackIsDue(0, 0)).toBe(false);
    expect(callbackIsDue(0, 2)).toBe(false);
    expect(callbackIsDue(1, 0)).toBe(false);
    expect(callbackIsDue(1, 1)).toBe(true);
    expect(callbackIsDue(2, 0)).toBe(true);
    expect(callbackIsDue(2, 1)).toBe(true);
  });
});
