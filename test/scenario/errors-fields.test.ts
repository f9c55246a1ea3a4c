import { describe, expect, it } from 'vitest';
import { errorAt, errorsOf, lines, validScenario } from './helpers';

describe('unknown fields', () => {
  it('names a misspelled field and suggests the closest one', () => {
    const s = validScenario();
    s.contactTypes[0].handeTime = s.contactTypes[0].handleTime;
    expect(errorAt(s, 'contactTypes[0].handeTime')).toBe("unknown field; did you mean 'handleTime'?");
  });

  it('works at the top level and in nested objects', () => {
    const s = validScenario();
    s.horizn = '8h';
    s.agentGroups[1].chanels = { chat: 1 };
    s.contactTypes[1].arrivals.rates = '3/h';
    s.contactTypes[0].handleTime.cvv = 1;
    expect(errorAt(s, 'horizn')).toBe("unknown field; did you mean 'horizon'?");
    expect(errorAt(s, 'agentGroups[1].chanels')).toBe("unknown field; did you mean 'channels'?");
    expect(errorAt(s, 'contactTypes[1].arrivals.rates')).toBe("unknown field; did you mean 'rate'?");
    expect(errorAt(s, 'contactTypes[0].handleTime.cvv')).toBe("unknown field; did you mean 'cv'?");
  });

  it('lists the known fields when nothing is close', () => {
    const s = validScenario();
    s.agentGroups[0].channels = { fax: 1 };
    expect(errorAt(s, 'agentGroups[0].channels.fax')).toBe('unknown channel; known: voice, chat, email, messaging');
  });

  it('lists the proficiency levels for an unknown handle-time factor key', () => {
    const s = validScenario();
    s.agentGroups[0].handleTimeFactor = { 6: 0.5 };
    expect(errorAt(s, 'agentGroups[0].handleTimeFactor.6')).toBe('unknown proficiency level; known: 1, 2, 3, 4, 5');
  });
});

describe('missing required fields', () => {
  it('reports each missing field at its path', () => {
    const s = validScenario();
    delete s.name;
    delete s.contactTypes[0].handleTime;
    delete s.contactTypes[1].skills;
    delete s.agentGroups[0].agents;
    expect(errorAt(s, 'name')).toBe('required field is missing');
    expect(errorAt(s, 'contactTypes[0].handleTime')).toBe('required field is missing');
    expect(errorAt(s, 'contactTypes[1].skills')).toBe('required field is missing');
    expect(errorAt(s, 'agentGroups[0].agents')).toBe('required field is missing');
  });

  it('reports missing lists and a missing distribution kind', () => {
    const s = validScenario();
    delete s.skills;
    delete s.agentGroups;
    s.contactTypes[0].handleTime = { mean: '5m' };
    const all = lines(errorsOf(s));
    expect(all).toContain('skills: required field is missing');
    expect(all).toContain('agentGroups: required field is missing');
    expect(all.some((l) => l.startsWith('contactTypes[0].handleTime.kind: required field is missing; one of exponential,'))).toBe(true);
  });

  it('rejects empty lists of contact types and agent groups', () => {
    const s = validScenario();
    s.contactTypes = [];
    s.agentGroups = [];
    expect(errorAt(s, 'contactTypes')).toBe('must list at least one contact type');
    expect(errorAt(s, 'agentGroups')).toBe('must list at least one agent group');
  });

  it('explains a wrong type in plain words', () => {
    const s = validScenario();
    s.skills = 'billing';
    s.contactTypes[0].priority = 'high';
    s.agentGroups[0].agents = 'many';
    expect(errorAt(s, 'skills')).toBe("must be a list, got 'billing'");
    expect(errorAt(s, 'contactTypes[0].priority')).toBe("must be a number, got 'high'");
    expect(errorAt(s, 'agentGroups[0].agents')).toBe('must be a number of agents, { perInterval: [...] } or { shifts: [...] }');
  });

  it('rejects input that is not an object', () => {
    expect(lines(errorsOf('name: x'))).toEqual(["a scenario must be an object (a mapping of fields), got 'name: x'"]);
    expect(lines(errorsOf(null))).toEqual(['a scenario must be an object (a mapping of fields), got null']);
  });
});
