import { describe, expect, it } from 'vitest';
import { checkSkillsPriorityOptions, skillsPriorityPolicy } from '../../src/routing/skills-priority';
import { fakeContext } from './fake-view';
import { supportModel } from './sample-model';

const model = supportModel();
const create = (options: Record<string, unknown>) => () => skillsPriorityPolicy(fakeContext(model, options));

describe('skillsPriorityPolicy() option validation', () => {
  it('names an unknown group and suggests the closest', () => {
    expect(create({ groupsByType: { billing: ['billing-experts', 'generalist'] } })).toThrow(
      "routing.options.groupsByType.billing[1]: unknown agent group 'generalist'; did you mean 'generalists'?",
    );
  });

  it('rejects a group that lacks the proficiency', () => {
    expect(create({ groupsByType: { billing: ['sales-team'] } })).toThrow(
      "routing.options.groupsByType.billing[0]: group 'sales-team' cannot serve contact type 'billing': has proficiency 1 in skill 'billing' (needs ≥ 2)",
    );
  });

  it('rejects a group that lacks the skill', () => {
    expect(create({ groupsByType: { sales: ['generalists', 'billing-experts'] } })).toThrow(
      "routing.options.groupsByType.sales[1]: group 'billing-experts' cannot serve contact type 'sales': lacks skill 'sales' (needs proficiency ≥ 1)",
    );
  });

  it('rejects a group that lacks the channel', () => {
    expect(create({ groupsByType: { 'chat-support': ['generalists'] } })).toThrow(
      "routing.options.groupsByType.chat-support[0]: group 'generalists' cannot serve contact type 'chat-support': does not handle channel 'chat'",
    );
  });

  it('names an unknown contact type key', () => {
    expect(create({ groupsByType: { biling: ['generalists'] } })).toThrow(
      "routing.options.groupsByType.biling: unknown contact type 'biling'; did you mean 'billing'?",
    );
  });

  it('checks typesByGroup the same way', () => {
    expect(create({ typesByGroup: { 'sales-team': ['sales', 'billing'] } })).toThrow(
      "routing.options.typesByGroup.sales-team[1]: group 'sales-team' cannot serve contact type 'billing': has proficiency 1 in skill 'billing' (needs ≥ 2)",
    );
    expect(create({ typesByGroup: { 'sales-teem': ['sales'] } })).toThrow(
      "routing.options.typesByGroup.sales-teem: unknown agent group 'sales-teem'; did you mean 'sales-team'?",
    );
    expect(create({ typesByGroup: { generalists: ['sale'] } })).toThrow(
      "routing.options.typesByGroup.generalists[0]: unknown contact type 'sale'; did you mean 'sales'?",
    );
  });

  it('rejects a name listed twice', () => {
    expect(create({ groupsByType: { billing: ['generalists', 'billing-experts', 'generalists'] } })).toThrow(
      "routing.options.groupsByType.billing[2]: agent group 'generalists' is listed twice",
    );
  });

  it('rejects values of the wrong shape', () => {
    expect(create({ groupsByType: ['generalists'] })).toThrow(
      'routing.options.groupsByType: must be an object mapping contact type names to lists of agent group names, got an array',
    );
    expect(create({ groupsByType: { billing: 'generalists' } })).toThrow(
      "routing.options.groupsByType.billing: must be a non-empty array of agent group names, got 'generalists'",
    );
    expect(create({ groupsByType: { billing: [] } })).toThrow(
      'routing.options.groupsByType.billing: must be a non-empty array of agent group names, got an array',
    );
    expect(create({ typesByGroup: { generalists: [1] } })).toThrow(
      'routing.options.typesByGroup.generalists[0]: must be a string (the name of one contact type), got 1',
    );
  });

  it('rejects an unknown option key with a suggestion', () => {
    expect(create({ groupByType: {} })).toThrow(
      "routing.options.groupByType: unknown option for policy 'skills-priority'; did you mean 'groupsByType'?",
    );
  });

  it('accepts valid lists', () => {
    expect(create({ groupsByType: { billing: ['billing-experts'] }, typesByGroup: { blended: ['chat-support'] } })).not.toThrow();
  });
});

describe('checkSkillsPriorityOptions() issues', () => {
  const issues = (options: Record<string, unknown>) => checkSkillsPriorityOptions({ options, model });
  const withoutModel = (options: Record<string, unknown>) => checkSkillsPriorityOptions({ options });

  it('flag a contactOrder that is not a string as a wrong type, and one that is not a choice as a bad value', () => {
    const known = "must be one of 'lists', 'default-order', 'first-then-default-order'";
    expect(issues({ contactOrder: 5 })).toEqual([{ path: ['contactOrder'], message: `${known}, got 5`, wrongType: true }]);
    expect(issues({ contactOrder: 'fifo' })).toEqual([{ path: ['contactOrder'], message: `${known}, got 'fifo'` }]);
  });

  it('flag uniformAgentFor that is not an array, and an entry that is not a string, as wrong types', () => {
    expect(issues({ uniformAgentFor: 'sales' })).toEqual([
      { path: ['uniformAgentFor'], message: "must be an array of contact type names, got 'sales'", wrongType: true },
    ]);
    expect(issues({ uniformAgentFor: ['sales', 3] })).toEqual([
      { path: ['uniformAgentFor', 1], message: 'must be a string (the name of one contact type), got 3', wrongType: true },
    ]);
  });

  it('name an unknown type in uniformAgentFor only with a model', () => {
    expect(issues({ uniformAgentFor: ['zebra'] })).toEqual([{ path: ['uniformAgentFor', 0], message: "unknown contact type 'zebra'" }]);
    expect(withoutModel({ uniformAgentFor: ['zebra'] })).toEqual([]);
  });

  it('flag lists that are not an object as a wrong type', () => {
    expect(issues({ groupsByType: 'x' })).toEqual([
      { path: ['groupsByType'], message: "must be an object mapping contact type names to lists of agent group names, got 'x'", wrongType: true },
    ]);
  });

  it('report only the unknown key of a list under an unknown type, not its groups', () => {
    expect(issues({ groupsByType: { zebra: ['generalists'] } })).toEqual([{ path: ['groupsByType', 'zebra'], message: "unknown contact type 'zebra'" }]);
  });

  it('without a model check the lists’ shapes but not whether the groups can serve the types', () => {
    expect(withoutModel({ groupsByType: { sales: ['billing-experts'] }, typesByGroup: { 'chat-team': ['billing'] } })).toEqual([]);
    expect(issues({ groupsByType: { sales: ['billing-experts'] } }).map((i) => i.message)).toEqual([
      "group 'billing-experts' cannot serve contact type 'sales': lacks skill 'sales' (needs proficiency ≥ 1)",
    ]);
  });
});
