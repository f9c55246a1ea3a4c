import { describe, expect, it } from 'vitest';
import { errorAt, errorsOf, lines, modelOf } from './helpers';
import { CALLBACK_AT as AT, callbackScenario } from './callback-helpers';

describe('callback scenario (the base of these tests)', () => {
  it('is valid', () => {
    expect(() => modelOf(callbackScenario())).not.toThrow();
  });
});

describe('callback: channels', () => {
  it.each(['email', 'messaging'])('rejects a callback on %s', (channel) => {
    const s = callbackScenario();
    s.contactTypes[1].channel = channel;
    s.contactTypes[1].callback = { mode: 'virtual-hold', offerWhenWaitAbove: '1m', acceptance: 0.5 };
    s.agentGroups[1].channels = { [channel]: 2 };
    expect(errorAt(s, 'contactTypes[1].callback')).toBe(
      `only voice and chat contacts can be offered a callback; remove callback for channel '${channel}'`,
    );
  });
});

describe('callback: mode and promise', () => {
  it('requires the mode, listing the modes', () => {
    const s = callbackScenario();
    delete s.contactTypes[0].callback.mode;
    expect(errorAt(s, `${AT}.mode`)).toBe('required field is missing; one of virtual-hold, scheduled');
  });

  it('suggests the closest mode and predictor', () => {
    const s = callbackScenario();
    s.contactTypes[0].callback.mode = 'schedule';
    s.contactTypes[0].callback.predictor = 'moving-avg';
    expect(errorAt(s, `${AT}.mode`)).toBe("must be one of virtual-hold, scheduled, got 'schedule'; did you mean 'scheduled'?");
    expect(errorAt(s, `${AT}.predictor`)).toBe(
      "must be one of queue-position, last-wait, moving-average, got 'moving-avg'; did you mean 'moving-average'?",
    );
  });

  it('requires promise in scheduled mode', () => {
    const s = callbackScenario();
    delete s.contactTypes[0].callback.promise;
    expect(errorAt(s, `${AT}.promise`)).toBe('required in scheduled mode: how long after the offer the customer is called back, e.g. 25m');
  });

  it('rejects promise in virtual-hold mode', () => {
    const s = callbackScenario();
    s.contactTypes[0].callback.mode = 'virtual-hold';
    expect(errorAt(s, `${AT}.promise`)).toBe(
      "only applies to mode 'scheduled'; a virtual-hold callback is promised within the predicted wait plus window, so remove promise",
    );
  });

  it('says nothing about promise while the mode itself is wrong', () => {
    const s = callbackScenario();
    s.contactTypes[0].callback.mode = 'later';
    delete s.contactTypes[0].callback.promise;
    expect(errorsOf(s).map((e) => e.path)).toEqual([`${AT}.mode`]);
  });

  it('requires offerWhenWaitAbove and acceptance', () => {
    const s = callbackScenario();
    delete s.contactTypes[0].callback.offerWhenWaitAbove;
    delete s.contactTypes[0].callback.acceptance;
    expect(errorAt(s, `${AT}.offerWhenWaitAbove`)).toBe('required field is missing');
    expect(errorAt(s, `${AT}.acceptance`)).toBe('required field is missing');
  });
});

describe('callback: probabilities', () => {
  it.each([
    ['acceptance', 1.5, 'acceptance must be a number between 0 and 1, got 1.5'],
    ['acceptance', -0.1, 'acceptance must be a number between 0 and 1, got -0.1'],
    ['acceptance', '60%', "must be a probability or { base, perMinute }, got '60%'"],
    ['noAnswer', 2, 'noAnswer must be a number between 0 and 1, got 2'],
    ['noAnswer', -1, 'noAnswer must be a number between 0 and 1, got -1'],
  ])('rejects %s = %s', (field, value, message) => {
    const s = callbackScenario();
    s.contactTypes[0].callback[field] = value;
    expect(errorAt(s, `${AT}.${field}`)).toBe(message);
  });

  it('checks the fields of the { base, perMinute } form', () => {
    const s = callbackScenario();
    s.contactTypes[0].callback.acceptance = { base: 1.2, perMinute: 'fast' };
    expect(errorAt(s, `${AT}.acceptance.base`)).toBe('acceptance base must be a number between 0 and 1, got 1.2');
    expect(errorAt(s, `${AT}.acceptance.perMinute`)).toBe("perMinute must be a finite number, got 'fast'");
    s.contactTypes[0].callback.acceptance = { perMinute: 0.1 };
    expect(errorAt(s, `${AT}.acceptance.base`)).toBe('required field is missing');
  });
});

describe('callback: durations and counts', () => {
  it.each(['offerWhenWaitAbove', 'window', 'attemptTime', 'retryAfter'])('rejects a negative %s', (field) => {
    const s = callbackScenario();
    s.contactTypes[0].callback[field] = -30;
    expect(errorAt(s, `${AT}.${field}`)).toBe('duration must not be negative, got -30');
  });

  it('accepts 0 for offerWhenWaitAbove, window, attemptTime and retryAfter, but not for promise', () => {
    const s = callbackScenario();
    Object.assign(s.contactTypes[0].callback, { offerWhenWaitAbove: 0, window: 0, attemptTime: 0, retryAfter: 0 });
    expect(() => modelOf(s)).not.toThrow();
    s.contactTypes[0].callback.promise = 0;
    expect(errorAt(s, `${AT}.promise`)).toBe('must be greater than 0 seconds, got 0');
  });

  it('rejects unreadable durations, naming the units', () => {
    const s = callbackScenario();
    s.contactTypes[0].callback.promise = 'half an hour';
    s.contactTypes[0].callback.retryAfter = true;
    expect(errorAt(s, `${AT}.promise`)).toMatch(/^cannot read duration 'half an hour'; use s, m/);
    expect(errorAt(s, `${AT}.retryAfter`)).toMatch(/^must be a duration: seconds, or a string with a unit/);
  });

  it.each([0, 2.5, '3'])('rejects maxAttempts = %s', (value) => {
    const s = callbackScenario();
    s.contactTypes[0].callback.maxAttempts = value;
    expect(errorAt(s, `${AT}.maxAttempts`)).toBe(`maxAttempts must be a whole number ≥ 1, got ${typeof value === 'string' ? `'${value}'` : value}`);
  });
});

describe('callback: unknown fields and malformed input', () => {
  it('suggests the closest field at each level', () => {
    const s = callbackScenario();
    s.contactTypes[0].callback.retryAftr = '5m';
    s.contactTypes[0].callback.offerAbove = '1m';
    s.contactTypes[0].callback.acceptance = { base: 0.3, perMinut: 0.1 };
    expect(errorAt(s, `${AT}.retryAftr`)).toBe("unknown field; did you mean 'retryAfter'?");
    expect(errorAt(s, `${AT}.acceptance.perMinut`)).toBe("unknown field; did you mean 'perMinute'?");
    // the model's own name is too far from the format's to be suggested: the known fields are listed
    expect(errorAt(s, `${AT}.offerAbove`)).toBe(
      'unknown field; known: mode, offerWhenWaitAbove, predictor, acceptance, promise, window, noAnswer, attemptTime, retryAfter, maxAttempts',
    );
  });

  it('suggests callback for a misspelled field of the contact type', () => {
    const s = callbackScenario();
    s.contactTypes[0].callbacks = s.contactTypes[0].callback;
    delete s.contactTypes[0].callback;
    expect(errorAt(s, 'contactTypes[0].callbacks')).toBe("unknown field; did you mean 'callback'?");
  });

  it.each([
    ['a string', 'scheduled'],
    ['a list', [{ mode: 'scheduled' }]],
    ['null', null],
    ['odd values', { mode: 5, offerWhenWaitAbove: {}, acceptance: [], promise: null, window: [1], noAnswer: 'no', maxAttempts: null }],
  ])('reports %s without throwing, only under callback', (_, callback) => {
    const s = callbackScenario();
    s.contactTypes[0].callback = callback;
    const errors = errorsOf(s);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.path.startsWith(AT))).toBe(true);
  });
});

describe('callback: all at once', () => {
  it('reports schema, mode and channel errors together, with errors elsewhere in the scenario', () => {
    const s = callbackScenario();
    s.contactTypes[0].handleTime = { kind: 'exponential' };
    s.contactTypes[0].callback = { mode: 'virtual-hold', offerWhenWaitAbove: -1, predictor: 'last', acceptance: 2, promise: '25m', maxAttempts: 0 };
    s.contactTypes[1].channel = 'email';
    s.contactTypes[1].callback = { mode: 'scheduled', offerWhenWaitAbove: '1m', acceptance: 0.5 };
    s.agentGroups[1].channels = { email: 2 };
    const found = lines(errorsOf(s)).filter((e) => e.includes('.callback'));
    expect(found).toEqual([
      `${AT}.offerWhenWaitAbove: duration must not be negative, got -1`,
      `${AT}.predictor: must be one of queue-position, last-wait, moving-average, got 'last'; did you mean 'last-wait'?`,
      `${AT}.acceptance: acceptance must be a number between 0 and 1, got 2`,
      `${AT}.promise: only applies to mode 'scheduled'; a virtual-hold callback is promised within the predicted wait plus window, so remove promise`,
      `${AT}.maxAttempts: maxAttempts must be a whole number ≥ 1, got 0`,
      "contactTypes[1].callback: only voice and chat contacts can be offered a callback; remove callback for channel 'email'",
      'contactTypes[1].callback.promise: required in scheduled mode: how long after the offer the customer is called back, e.g. 25m',
    ]);
    expect(lines(errorsOf(s)).some((e) => e.startsWith('contactTypes[0].handleTime'))).toBe(true);
  });
});
