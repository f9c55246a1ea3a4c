import { describe, expect, it } from 'vitest';
import { mergeScenario } from '../../src/scenario/merge';
import { modelOf, validScenario } from './helpers';

describe('mergeScenario() removing named elements', () => {
  it('removes an element of a named list with { name, remove: true }', () => {
    const merged = mergeScenario(validScenario(), {
      contactTypes: [{ name: 'cards-chat', remove: true }],
      agentGroups: [{ name: 'chatters', remove: true }],
    });
    const { model } = modelOf(merged);
    expect(model.contactTypes.map((t) => t.name)).toEqual(['billing-voice']);
    expect(model.agentGroups.map((g) => g.name)).toEqual(['tier1']);
  });

  it('keeps the base order when merging and appending', () => {
    const merged = mergeScenario(validScenario(), {
      contactTypes: [{ name: 'new', channel: 'chat', skills: { cards: 1 }, handleTime: { kind: 'exponential', mean: 60 } }, { name: 'billing-voice', priority: 2 }],
    }) as any;
    expect(merged.contactTypes.map((t: any) => t.name)).toEqual(['billing-voice', 'cards-chat', 'new']);
    expect(merged.contactTypes[0].priority).toBe(2);
  });

  it('rejects removing a name the base lacks, listing the names it has', () => {
    expect(() => mergeScenario(validScenario(), { agentGroups: [{ name: 'tier2', remove: true }] })).toThrow(
      new RangeError("agentGroups[0].remove: no agentGroups entry named 'tier2' to remove; the base has 'tier1', 'chatters'"),
    );
  });

  it('rejects a remove entry that also changes fields', () => {
    expect(() => mergeScenario(validScenario(), { agentGroups: [{ name: 'tier1', remove: true, agents: 3 }] })).toThrow(
      'agentGroups[0]: an entry with remove: true takes only a name, got also agents',
    );
  });
});
