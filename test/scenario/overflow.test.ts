import { describe, expect, it } from 'vitest';
import { mergeScenario } from '../../src/scenario/merge';
import { modelOf, validScenario } from './helpers';
import { overflowScenario } from './overflow-helpers';

describe('overflow: scenario → model', () => {
  const { model, warnings } = modelOf(overflowScenario());
  const billing = model.contactTypes[0]!;
  const id = (name: string): number => model.agentGroups.findIndex((g) => g.name === name);

  it('parses without warnings', () => {
    expect(warnings).toEqual([]);
  });

  it('puts the primary groups in step 0, with after 0 and no protection', () => {
    expect(billing.overflow?.[0]).toEqual({ after: 0, groups: [id('tier1')], protection: {} });
  });

  it('adds one step per entry of steps, in the order written, after in seconds', () => {
    expect(billing.overflow?.map((step) => step.after)).toEqual([0, 30, 90]);
    expect(billing.overflow?.map((step) => step.groups)).toEqual([[id('tier1')], [id('home-agents')], [id('outsourcer')]]);
  });

  it('maps each protect field to its protection condition', () => {
    expect(billing.overflow?.[1]?.protection).toEqual({});
    expect(billing.overflow?.[2]?.protection).toEqual({ maxTargetQueue: 5, reserveAgents: 2, minSourceQueue: 10, maxShare: 0.3 });
  });

  it('leaves a type without overflow at null', () => {
    expect(model.contactTypes[1]!.overflow).toBeNull();
  });
});

describe('overflow: optional parts', () => {
  it('builds a single step from primary alone', () => {
    const s = validScenario();
    s.agentGroups[1].skills = { cards: 2, billing: 2 };
    s.agentGroups[1].channels = { chat: 2, voice: 1 };
    s.contactTypes[0].overflow = { primary: ['chatters', 'tier1'] };
    expect(modelOf(s).model.contactTypes[0]!.overflow).toEqual([{ after: 0, groups: [1, 0], protection: {} }]);
  });

  it('accepts an empty steps list', () => {
    const s = validScenario();
    s.contactTypes[0].overflow = { primary: ['tier1'], steps: [] };
    expect(modelOf(s).model.contactTypes[0]!.overflow).toEqual([{ after: 0, groups: [0], protection: {} }]);
  });

  it.each([
    ['targetQueueBelow', 3, 'maxTargetQueue'],
    ['reserveAgents', 0, 'reserveAgents'],
    ['sourceQueueAtLeast', 1, 'minSourceQueue'],
    ['maxShare', 1, 'maxShare'],
  ])('maps protect.%s = %d alone to %s, leaving the other conditions absent', (field, value, key) => {
    const s = overflowScenario();
    s.contactTypes[0].overflow.steps[1].protect = { [field]: value };
    const protection = modelOf(s).model.contactTypes[0]!.overflow?.[2]?.protection;
    expect(protection).toEqual({ [key]: value });
    expect(Object.keys(protection ?? {})).toEqual([key]);
  });

  it('treats an empty protect as no protection', () => {
    const s = overflowScenario();
    s.contactTypes[0].overflow.steps[0].protect = {};
    expect(modelOf(s).model.contactTypes[0]!.overflow?.[1]?.protection).toEqual({});
  });

  it('accepts after as plain seconds', () => {
    const s = overflowScenario();
    s.contactTypes[0].overflow.steps[0].after = 12.5;
    s.contactTypes[0].overflow.steps[1].after = '2h';
    expect(modelOf(s).model.contactTypes[0]!.overflow?.map((step) => step.after)).toEqual([0, 12.5, 7_200]);
  });
});

describe('mergeScenario() with overflow', () => {
  it('replaces the step list of a named type and removes overflow with null', () => {
    const base = overflowScenario();
    const changed = mergeScenario(base, {
      contactTypes: [{ name: 'billing-voice', overflow: { steps: [{ after: '45s', groups: ['outsourcer', 'home-agents'] }] } }],
    });
    expect(modelOf(changed).model.contactTypes[0]!.overflow).toEqual([
      { after: 0, groups: [0], protection: {} },
      { after: 45, groups: [3, 2], protection: {} },
    ]);
    const removed = mergeScenario(base, { contactTypes: [{ name: 'billing-voice', overflow: null }] });
    expect(modelOf(removed).model.contactTypes[0]!.overflow).toBeNull();
  });
});
