import { describe, expect, it } from 'vitest';
import { errorAt, modelOf, validScenario } from './helpers';

describe('unknown skills', () => {
  it('names an unknown skill of a contact type with the closest listed skill', () => {
    const s = validScenario();
    s.contactTypes[0].skills = { biling: 2 };
    expect(errorAt(s, 'contactTypes[0].skills.biling')).toBe("unknown skill 'biling'; did you mean 'billing'?");
  });

  it('names an unknown skill of an agent group', () => {
    const s = validScenario();
    s.agentGroups[1].skills = { cards: 2, spansh: 3 };
    expect(errorAt(s, 'agentGroups[1].skills.spansh')).toBe("unknown skill 'spansh'; did you mean 'spanish'?");
  });

  it('lists the skills when no name is close', () => {
    const s = validScenario();
    s.agentGroups[1].skills = { cards: 2, mortgages: 3 };
    expect(errorAt(s, 'agentGroups[1].skills.mortgages')).toBe("unknown skill 'mortgages'; known: billing, cards, spanish");
  });
});

describe('agent group sites', () => {
  it('rejects a site that is not listed, with a suggestion', () => {
    const s = validScenario();
    s.sites = [{ name: 'tel-aviv' }, { name: 'manila', kind: 'outsourcer' }];
    s.agentGroups[0].site = 'tel-avib';
    s.agentGroups[1].site = 'manila';
    expect(errorAt(s, 'agentGroups[0].site')).toBe("unknown site 'tel-avib'; did you mean 'tel-aviv'?");
  });

  it('requires a site when there are several', () => {
    const s = validScenario();
    s.sites = [{ name: 'tel-aviv' }, { name: 'manila' }];
    s.agentGroups[1].site = 'manila';
    expect(errorAt(s, 'agentGroups[0].site')).toBe('required when there are several sites (tel-aviv, manila)');
  });

  it('defaults to the only site', () => {
    const s = validScenario();
    s.sites = [{ name: 'home', kind: 'remote' }];
    const { model } = modelOf(s);
    expect(model.sites).toEqual([{ id: 0, name: 'home', kind: 'remote' }]);
    expect(model.agentGroups.map((g) => g.site)).toEqual([0, 0]);
  });

  it('rejects an unknown site kind', () => {
    const s = validScenario();
    s.sites = [{ name: 'home', kind: 'remote-ish' }];
    expect(errorAt(s, 'sites[0].kind')).toBe(
      "must be one of in-house, remote, outsourcer, back-office, branch, got 'remote-ish'; did you mean 'remote'?",
    );
  });
});

describe('duplicate names', () => {
  it('rejects a repeated skill', () => {
    const s = validScenario();
    s.skills = ['billing', 'cards', 'spanish', 'cards'];
    expect(errorAt(s, 'skills[3]')).toBe("duplicate name 'cards' (first used at skills[1])");
  });

  it('rejects repeated contact type and agent group names', () => {
    const s = validScenario();
    s.contactTypes[1].name = 'billing-voice';
    s.agentGroups[1].name = 'tier1';
    expect(errorAt(s, 'contactTypes[1].name')).toBe("duplicate name 'billing-voice' (first used at contactTypes[0].name)");
    expect(errorAt(s, 'agentGroups[1].name')).toBe("duplicate name 'tier1' (first used at agentGroups[0].name)");
  });

  it('rejects repeated site and segment names', () => {
    const s = validScenario();
    s.sites = [{ name: 'north' }, { name: 'north', kind: 'remote' }];
    s.agentGroups.forEach((g: any) => (g.site = 'north'));
    s.segments = [
      { name: 'gold', share: 0.5 },
      { name: 'gold', share: 0.5 },
    ];
    expect(errorAt(s, 'sites[1].name')).toBe("duplicate name 'north' (first used at sites[0].name)");
    expect(errorAt(s, 'segments[1].name')).toBe("duplicate name 'gold' (first used at segments[0].name)");
  });
});

const knownPolicies = ['longest-idle-agent', 'best-skill', 'value-based'];

describe('routing policy', () => {
  it('suggests the closest known policy', () => {
    const s = validScenario();
    s.routing = { policy: 'bestskill' };
    expect(errorAt(s, 'routing.policy', { knownPolicies })).toBe("unknown policy 'bestskill'; did you mean 'best-skill'?");
  });

  it('lists the known policies when nothing is close', () => {
    const s = validScenario();
    s.routing = { policy: 'magic' };
    expect(errorAt(s, 'routing.policy', { knownPolicies })).toBe(
      "unknown policy 'magic'; known policies: longest-idle-agent, best-skill, value-based",
    );
  });

  it('is not checked without a list of known policies', () => {
    const s = validScenario();
    s.routing = { policy: 'bestskill', options: { x: 1 } };
    expect(modelOf(s).model.routing).toEqual({ policy: 'bestskill', options: { x: 1 } });
  });
});
