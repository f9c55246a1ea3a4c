import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/scenario/schema';

describe('scenarioJsonSchema() callback', () => {
  const callback = (scenarioJsonSchema() as any).properties.contactTypes.items.properties.callback;

  it('requires mode, offerWhenWaitAbove and acceptance, and rejects unknown fields', () => {
    expect(callback.additionalProperties).toBe(false);
    expect(callback.required).toEqual(['mode', 'offerWhenWaitAbove', 'acceptance']);
    expect(Object.keys(callback.properties)).toEqual([
      'mode',
      'offerWhenWaitAbove',
      'predictor',
      'acceptance',
      'promise',
      'window',
      'noAnswer',
      'attemptTime',
      'retryAfter',
      'maxAttempts',
    ]);
  });

  it('lists the modes and predictors, with the default predictor', () => {
    expect(callback.properties.mode.enum).toEqual(['virtual-hold', 'scheduled']);
    expect(callback.properties.predictor).toMatchObject({ enum: ['queue-position', 'last-wait', 'moving-average'], default: 'queue-position' });
  });

  it('describes acceptance as a probability or { base, perMinute }', () => {
    const [probability, object] = callback.properties.acceptance.anyOf;
    expect(probability).toMatchObject({ type: 'number', minimum: 0, maximum: 1 });
    expect(object).toMatchObject({ type: 'object', required: ['base'], additionalProperties: false });
    expect(object.properties.base).toMatchObject({ minimum: 0, maximum: 1 });
    expect(object.properties.perMinute).toMatchObject({ type: 'number', default: 0 });
  });

  it('gives durations in either form with their defaults, and the ranges of the numbers', () => {
    for (const key of ['offerWhenWaitAbove', 'promise', 'window', 'attemptTime', 'retryAfter']) {
      expect(callback.properties[key].anyOf.map((f: any) => f.type)).toEqual(['number', 'string']);
    }
    expect([callback.properties.window.default, callback.properties.attemptTime.default, callback.properties.retryAfter.default]).toEqual([0, '30s', '10m']);
    expect(callback.properties.noAnswer).toMatchObject({ type: 'number', minimum: 0, maximum: 1, default: 0 });
    expect(callback.properties.maxAttempts).toMatchObject({ type: 'integer', minimum: 1, default: 3 });
  });
});
