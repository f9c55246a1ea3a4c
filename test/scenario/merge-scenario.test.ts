import { describe, expect, it } from 'vitest';
import { mergeScenario } from '../../src/scenario/merge';
import { modelOf, validScenario } from './helpers';

describe('mergeScenario()', () => {
  it('merges named lists by name and objects field by field', () => {
    const base = validScenario();
    const merged = mergeScenario(base, {
      horizon: '1d',
      contactTypes: [
        { name: 'billing-voice', arrivals: { rate: '150/h' } },
        { name: 'new-chat', channel: 'chat', skills: {}, handleTime: { kind: 'exponential', mean: 60 }, arrivals: { rate: '1/h' } },
      ],
      agentGroups: [{ name: 'chatters', agents: 6 }],
    });
    const { model } = modelOf(merged);
    expect(model.horizon).toBe(86_400);
    expect(model.contactTypes.map((t) => t.name)).toEqual(['billing-voice', 'cards-chat', 'new-chat']);
    const arrivals = model.contactTypes[0]!.arrivals;
    expect(arrivals.kind === 'poisson' && arrivals.rate).toBeCloseTo(150 / 3_600, 15);
    expect(model.contactTypes[0]!.patience?.mean).toBeCloseTo(180, 12);
    expect(model.agentGroups[1]!.staffing).toEqual({ kind: 'constant', agents: 6 });
    expect(model.agentGroups[1]!.concurrency).toEqual([0, 2, 0, 0]);
  });

  it('replaces arrays and removes fields set to null', () => {
    const base = { ...validScenario(), busyness: { cv: 0.2 } };
    const merged = mergeScenario(base, { skills: ['billing', 'cards'], busyness: null }) as any;
    expect(merged.skills).toEqual(['billing', 'cards']);
    expect('busyness' in merged).toBe(false);
  });

  it('leaves both inputs unchanged', () => {
    const base = validScenario();
    const override = { contactTypes: [{ name: 'billing-voice', priority: 3 }] };
    const before = structuredClone(base);
    const merged = mergeScenario(base, override) as any;
    merged.contactTypes[0].skills.billing = 5;
    expect(base).toEqual(before);
    expect(override).toEqual({ contactTypes: [{ name: 'billing-voice', priority: 3 }] });
  });
});
