import { describe, expect, it } from 'vitest';
import { mergeScenario } from '../../src/scenario/merge';
import { scenarioJsonSchema } from '../../src/scenario/schema';
import { modelOf, validScenario } from './helpers';

describe('scenarioJsonSchema() journey fields', () => {
  const schema = scenarioJsonSchema() as any;
  const type = schema.properties.contactTypes.items.properties;

  it('describes the journey settings with their defaults', () => {
    const journey = schema.properties.journey;
    expect(journey.additionalProperties).toBe(false);
    expect(journey.properties.context.enum).toEqual(['none', 'same-channel', 'omnichannel']);
    expect(journey.properties.context.default).toBe('none');
    expect(journey.properties.maxContacts).toMatchObject({ type: 'integer', minimum: 1, default: 10 });
    expect(journey.properties.contextHandleFactor).toMatchObject({ exclusiveMinimum: 0, default: 1 });
  });

  it('describes resolution, repeat, retrial and transfer on contact types', () => {
    expect(type.resolution.required).toEqual(['probability']);
    expect(Object.keys(type.resolution.properties.byProficiency.properties)).toEqual(['1', '2', '3', '4', '5']);
    for (const key of ['repeat', 'retrial']) {
      expect(type[key].required).toEqual(['probability', 'delay']);
      expect(type[key].properties.delay.$ref).toBe('#/$defs/distribution');
      expect(type[key].properties.via.additionalProperties).toMatchObject({ minimum: 0, maximum: 1 });
    }
    expect(type.transfer.required).toEqual(['to']);
    expect(type.transfer.properties.probability.default).toBe(1);
  });

  it('describes authority on agent groups', () => {
    expect(schema.properties.agentGroups.items.properties.authority).toEqual({ type: 'boolean', default: true });
  });
});

describe('mergeScenario() with journey fields', () => {
  it('merges journey settings and journey objects of named contact types field by field', () => {
    const base = validScenario();
    base.journey = { context: 'same-channel', maxContacts: 4 };
    base.contactTypes[0].repeat = { probability: 0.8, delay: { kind: 'exponential', mean: '1d' }, via: { 'billing-voice': 1 } };
    base.contactTypes[0].transfer = { to: 'cards-chat', probability: 0.5 };
    base.agentGroups[0].authority = false;
    const merged = mergeScenario(base, {
      journey: { maxContacts: 6 },
      contactTypes: [{ name: 'billing-voice', repeat: { probability: 0.4, via: { 'billing-voice': null, 'cards-chat': 1 } }, transfer: null }],
      agentGroups: [{ name: 'chatters', authority: false }],
    });
    const { model } = modelOf(merged);
    expect(model.journey).toEqual({
      context: 'same-channel',
      contextHandleFactor: 1,
      repeatHandleFactor: 1,
      maxContacts: 6,
      returnWhenClosed: 'arrive',
    });
    const repeat = model.contactTypes[0]!.repeat;
    expect(repeat?.probability).toBe(0.4);
    expect(repeat?.delay.mean).toBeCloseTo(86_400, 9);
    expect(repeat?.next).toEqual([[1, 1]]);
    expect(model.contactTypes[0]!.transfer).toBeNull();
    expect(model.agentGroups.map((g) => g.authority)).toEqual([false, false]);
  });

  it('merges via maps name by name, so a share left in the base still counts', () => {
    const base = validScenario();
    base.contactTypes[0].repeat = { probability: 0.8, delay: { kind: 'exponential', mean: '1d' }, via: { 'billing-voice': 1 } };
    const merged = mergeScenario(base, { contactTypes: [{ name: 'billing-voice', repeat: { via: { 'cards-chat': 1 } } }] }) as any;
    expect(merged.contactTypes[0].repeat.via).toEqual({ 'billing-voice': 1, 'cards-chat': 1 });
  });
});
