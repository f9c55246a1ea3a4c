import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/scenario/schema';

describe('scenarioJsonSchema() overflow and arrivals', () => {
  const schema = scenarioJsonSchema() as any;
  const type = schema.properties.contactTypes.items;
  const overflow = type.properties.overflow;
  const step = overflow.properties.steps.items;

  it('no longer requires arrivals on a contact type', () => {
    expect(type.properties.arrivals).toBeDefined();
    expect(type.required).not.toContain('arrivals');
    expect(type.required).toContain('handleTime');
  });

  it('describes overflow: a non-empty primary list, optional steps, no unknown fields', () => {
    expect(overflow.additionalProperties).toBe(false);
    expect(overflow.required).toEqual(['primary']);
    expect(overflow.properties.primary).toMatchObject({ type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } });
    expect(overflow.properties.steps.type).toBe('array');
  });

  it('describes a step: after as a duration, a non-empty group list, optional protect', () => {
    expect(step.additionalProperties).toBe(false);
    expect(step.required).toEqual(['after', 'groups']);
    expect(step.properties.after.anyOf.map((f: any) => f.type)).toEqual(['number', 'string']);
    expect(step.properties.groups).toMatchObject({ type: 'array', minItems: 1 });
  });

  it('describes the protection conditions with their ranges', () => {
    const protect = step.properties.protect;
    expect(protect.additionalProperties).toBe(false);
    expect(protect.required).toBeUndefined();
    expect(Object.keys(protect.properties)).toEqual(['targetQueueBelow', 'reserveAgents', 'sourceQueueAtLeast', 'maxShare']);
    expect(protect.properties.targetQueueBelow).toMatchObject({ type: 'integer', minimum: 1 });
    expect(protect.properties.reserveAgents).toMatchObject({ type: 'integer', minimum: 0 });
    expect(protect.properties.sourceQueueAtLeast).toMatchObject({ type: 'integer', minimum: 1 });
    expect(protect.properties.maxShare).toMatchObject({ type: 'number', exclusiveMinimum: 0, maximum: 1 });
  });
});
