import { describe, expect, it } from 'vitest';
import type { CallbackDefinition } from '../../src/model/definition';
import { mergeScenario } from '../../src/scenario/merge';
import { modelOf, validScenario } from './helpers';
import { callbackScenario } from './callback-helpers';

function callbackOf(input: unknown, type = 0): CallbackDefinition | null {
  return modelOf(input).model.contactTypes[type]!.callback;
}

describe('callback: resolving', () => {
  it('resolves every field written, durations in seconds and names as the model has them', () => {
    expect(callbackOf(callbackScenario())).toEqual({
      mode: 'scheduled',
      offerAbove: 120,
      predictor: 'queue-position',
      acceptance: { base: 0.3, perMinute: 0.05 },
      promiseAfter: 1500,
      window: 300,
      noAnswer: 0.1,
      attemptTime: 30,
      retryDelay: 600,
      maxAttempts: 3,
    });
  });

  it('fills the defaults: queue-position, no window, always answered, 30 s attempts, retry after 10 m, 3 attempts', () => {
    const s = validScenario();
    s.contactTypes[0].callback = { mode: 'scheduled', offerWhenWaitAbove: 0, acceptance: 0.5, promise: '1h' };
    expect(callbackOf(s)).toEqual({
      mode: 'scheduled',
      offerAbove: 0,
      predictor: 'queue-position',
      acceptance: { base: 0.5, perMinute: 0 },
      promiseAfter: 3600,
      window: 0,
      noAnswer: 0,
      attemptTime: 30,
      retryDelay: 600,
      maxAttempts: 3,
    });
  });

  it('reads a plain acceptance probability as a base without a per-minute slope, and perMinute defaults to 0', () => {
    const s = callbackScenario();
    s.contactTypes[0].callback.acceptance = 1;
    expect(callbackOf(s)!.acceptance).toEqual({ base: 1, perMinute: 0 });
    s.contactTypes[0].callback.acceptance = { base: 0 };
    expect(callbackOf(s)!.acceptance).toEqual({ base: 0, perMinute: 0 });
    s.contactTypes[0].callback.acceptance = { base: 0.2, perMinute: -0.01 };
    expect(callbackOf(s)!.acceptance).toEqual({ base: 0.2, perMinute: -0.01 });
  });

  it('gives a virtual-hold callback no promise time of its own (promiseAfter 0)', () => {
    const s = validScenario();
    s.contactTypes[0].callback = { mode: 'virtual-hold', offerWhenWaitAbove: '90s', predictor: 'moving-average', acceptance: 0.4, window: '2m' };
    expect(callbackOf(s)).toMatchObject({ mode: 'virtual-hold', offerAbove: 90, predictor: 'moving-average', promiseAfter: 0, window: 120 });
  });

  it('accepts durations as seconds or with units, and every predictor', () => {
    for (const predictor of ['queue-position', 'last-wait', 'moving-average']) {
      const s = callbackScenario();
      Object.assign(s.contactTypes[0].callback, { predictor, offerWhenWaitAbove: 45, promise: '1h30m', attemptTime: 0, retryAfter: '2m30s' });
      expect(callbackOf(s)).toMatchObject({ predictor, offerAbove: 45, promiseAfter: 5400, attemptTime: 0, retryDelay: 150 });
    }
  });

  it('allows callbacks on chat and leaves types without one at null', () => {
    const s = callbackScenario();
    s.contactTypes[1].callback = { mode: 'virtual-hold', offerWhenWaitAbove: '1m', acceptance: 0.5 };
    const { model } = modelOf(s);
    expect(model.contactTypes.map((t) => t.callback?.mode ?? null)).toEqual(['scheduled', 'virtual-hold']);
    expect(callbackOf(validScenario())).toBeNull();
  });

  it('switches mode in a variant when the override removes the promise with null', () => {
    const virtualHold = mergeScenario(callbackScenario(), {
      contactTypes: [{ name: 'billing-voice', callback: { mode: 'virtual-hold', promise: null } }],
    });
    expect(callbackOf(virtualHold)).toMatchObject({ mode: 'virtual-hold', promiseAfter: 0, window: 300, noAnswer: 0.1 });
    const none = mergeScenario(callbackScenario(), { contactTypes: [{ name: 'billing-voice', callback: null }] });
    expect(callbackOf(none)).toBeNull();
  });
});
