import { describe, expect, it } from 'vitest';
import {
  groupQualifiesFor,
  ineligibilityReason,
  primarySkills,
  qualifiedGroups,
  qualifiedTypes,
} from '../../src/routing/eligibility';
import { FakeView, fakeModel } from './fake-view';
import { supportModel } from './sample-model';

const model = supportModel();
// Types: sales 0, billing 1, chat-support 2. Groups: generalists 0, billing-experts 1,
// sales-team 2, chat-team 3, blended 4.

describe('ineligibilityReason()', () => {
  it('explains what a group lacks', () => {
    expect(ineligibilityReason(model, 0, 2)).toBe("does not handle channel 'chat'");
    expect(ineligibilityReason(model, 1, 0)).toBe("lacks skill 'sales' (needs proficiency ≥ 1)");
    expect(ineligibilityReason(model, 2, 1)).toBe("has proficiency 1 in skill 'billing' (needs ≥ 2)");
    expect(ineligibilityReason(model, 0, 1)).toBeNull();
  });

  it('checks every requirement, not only the first', () => {
    const m = fakeModel({
      skills: ['a', 'b'],
      types: [{ name: 't', requirements: [['a', 1], ['b', 3]] }],
      groups: [{ name: 'g', proficiency: { a: 5, b: 2 } }],
    });
    expect(ineligibilityReason(m, 0, 0)).toBe("has proficiency 2 in skill 'b' (needs ≥ 3)");
  });

  it('says a group or contact type id past the end does not exist, and never qualifies it', () => {
    expect(ineligibilityReason(model, model.agentGroups.length, 0)).toBe('does not exist');
    expect(ineligibilityReason(model, 0, model.contactTypes.length)).toBe('does not exist');
    expect(ineligibilityReason(model, -1, -1)).toBe('does not exist');
    expect(groupQualifiesFor(model, model.agentGroups.length, 0)).toBe(false);
  });
});

describe('qualifiedGroups() / qualifiedTypes()', () => {
  it('agree with the engine-like fake view', () => {
    const view = new FakeView(model, { now: 0, agents: [] });
    for (let t = 0; t < model.contactTypes.length; t++) {
      expect(qualifiedGroups(model, t)).toEqual(view.eligibleGroups(t));
    }
    expect(qualifiedTypes(model, 4)).toEqual([0, 2]);
    expect(groupQualifiesFor(model, 3, 2)).toBe(true);
  });
});

describe('primarySkills()', () => {
  it('is the first requirement’s skill, -1 without requirements', () => {
    const m = fakeModel({
      skills: ['a', 'b'],
      types: [{ name: 'x', requirements: [['b', 1], ['a', 1]] }, { name: 'free' }],
      groups: [],
    });
    expect(Array.from(primarySkills(m))).toEqual([1, -1]);
  });
});
