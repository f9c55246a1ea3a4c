import { describe, expect, it } from 'vitest';
import { errorAt, errorsOf, lines, modelOf, validScenario } from './helpers';

/** {@link validScenario} with a site per group and costs for each. */
function pricedScenario(): Record<string, any> {
  const s = validScenario();
  s.sites = [{ name: 'office' }, { name: 'home', kind: 'remote' }];
  s.agentGroups[0].site = 'office';
  s.agentGroups[1].site = 'home';
  s.segments = [{ name: 'premier', share: 0.2, value: 40 }, { name: 'everyday', share: 0.8, value: 5 }];
  s.costs = {
    currency: 'EUR',
    agentGroups: { tier1: { perHour: 30 } },
    sites: { home: { perHour: 25 } },
    channels: { voice: { perHandledMinute: 0.02 } },
    penalties: { perAbandoned: 2 },
  };
  s.customerImpact = { churn: { base: 0.01, weights: { unresolved: 0.5 } } };
  return s;
}

describe('costs and customerImpact: bad input', () => {
  it('the priced scenario is valid', () => {
    expect(modelOf(pricedScenario()).model.economics?.currency).toBe('EUR');
  });

  it('rejects a negative price at its path', () => {
    const s = pricedScenario();
    s.costs.agentGroups = { tier1: { perHour: -12 } };
    s.costs.penalties.perAbandoned = -1;
    s.costs.channels.voice.perQueueMinute = -0.5;
    expect(errorAt(s, 'costs.agentGroups.tier1.perHour')).toBe('must be ≥ 0, got -12');
    expect(errorAt(s, 'costs.penalties.perAbandoned')).toBe('must be ≥ 0, got -1');
    expect(errorAt(s, 'costs.channels.voice.perQueueMinute')).toBe('must be ≥ 0, got -0.5');
  });

  it('rejects a price that is not a number', () => {
    const s = pricedScenario();
    s.costs.sites.home.perHour = '25 EUR';
    expect(errorAt(s, 'costs.sites.home.perHour')).toBe("must be ≥ 0, got '25 EUR'");
  });

  it('rejects a cost for an unknown agent group, site or channel, with a suggestion', () => {
    const s = pricedScenario();
    s.costs.agentGroups = { tier2: { perHour: 30 } };
    s.costs.sites = { hom: { perHour: 30 } };
    s.costs.channels = { vioce: { perContact: 1 } };
    expect(errorAt(s, 'costs.agentGroups.tier2')).toBe("unknown agent group 'tier2'; did you mean 'tier1'?");
    expect(errorAt(s, 'costs.sites.hom')).toBe("unknown site 'hom'; did you mean 'home'?");
    expect(errorAt(s, 'costs.channels.vioce')).toMatch(/unknown channel.*voice/);
  });

  it('rejects an unknown field of costs', () => {
    const s = pricedScenario();
    s.costs.penalties.perAbandon = 3;
    expect(errorAt(s, 'costs.penalties.perAbandon')).toMatch(/unknown field; did you mean 'perAbandoned'\?/);
  });

  it('rejects a churn probability outside [0, 1]', () => {
    const s = pricedScenario();
    s.customerImpact.churn.base = 1.5;
    expect(errorAt(s, 'customerImpact.churn.base')).toBe('base must be a number between 0 and 1, got 1.5');
  });

  it('rejects a hazard model that could give a probability below 0, in a segment too', () => {
    const s = pricedScenario();
    s.customerImpact.churn.weights = { unresolved: 0.5, waitMinutes: -0.1 };
    s.customerImpact.churn.bySegment = { premier: { weights: { transfers: -1 } } };
    expect(errorAt(s, 'customerImpact.churn.weights.waitMinutes')).toMatch(/^must be ≥ 0 in the hazard model .*got -0.1$/);
    expect(errorAt(s, 'customerImpact.churn.bySegment.premier.weights.transfers')).toMatch(/^must be ≥ 0 in the hazard model/);
  });

  it('accepts negative weights in the logistic model but not a base of 0 or 1', () => {
    const s = pricedScenario();
    s.customerImpact.churn = { model: 'logistic', base: 0.02, weights: { waitMinutes: 0.1, transfers: -0.2 } };
    expect(modelOf(s).model.economics?.churn?.[0]?.weights.transfers).toBe(-0.2);
    s.customerImpact.churn.base = 0;
    expect(errorAt(s, 'customerImpact.churn.base')).toMatch(/^must be strictly between 0 and 1 in the logistic model/);
  });

  it('rejects a churn override for an unknown segment', () => {
    const s = pricedScenario();
    s.customerImpact.churn.bySegment = { premium: { base: 0.02 } };
    expect(errorAt(s, 'customerImpact.churn.bySegment.premium')).toBe("unknown segment 'premium'; did you mean 'premier'?");
  });

  it('rejects negative effort weights', () => {
    const s = pricedScenario();
    s.customerImpact.effort = { transfers: -1 };
    expect(errorAt(s, 'customerImpact.effort.transfers')).toBe('must be ≥ 0, got -1');
  });

  it('reports every money problem at once, with the others', () => {
    const s = pricedScenario();
    s.costs.agentGroups = { tier1: { perHour: -12 }, nobody: { perHour: 1 } };
    s.customerImpact.churn.base = -0.1;
    s.contactTypes[0].handleTime.mean = '-5m';
    expect(lines(errorsOf(s)).length).toBeGreaterThanOrEqual(4);
  });
});

describe('costs: resolution', () => {
  it('a group takes its own rate, else its site rate, else 0, field by field', () => {
    const s = pricedScenario();
    s.costs.sites = { office: { perHour: 99, perHandledContact: 1.5 }, home: { perHandledMinute: 0.4 } };
    const e = modelOf(s).model.economics!;
    expect(e.agentRates).toEqual([
      { perHour: 30, perHandledContact: 1.5, perHandledMinute: 0 },
      { perHour: 0, perHandledContact: 0, perHandledMinute: 0.4 },
    ]);
  });

  it('a segment churn model lays its base and weights over the scenario-wide one', () => {
    const s = pricedScenario();
    s.customerImpact.churn.bySegment = { premier: { base: 0.05, weights: { transfers: 0.3 } } };
    const churn = modelOf(s).model.economics!.churn!;
    expect(churn[0]).toMatchObject({ kind: 'hazard', base: 0.05, weights: { unresolved: 0.5, transfers: 0.3, abandons: 0 } });
    expect(churn[1]).toMatchObject({ kind: 'hazard', base: 0.01, weights: { unresolved: 0.5, transfers: 0 } });
  });

  it('a scenario without costs or customerImpact has no economics', () => {
    expect(modelOf(validScenario()).model.economics).toBeUndefined();
    expect('economics' in modelOf(validScenario()).model).toBe(false);
  });
});

describe('costs: warnings', () => {
  it('warns of an agent group left without a rate, a priced channel nobody uses', () => {
    const s = pricedScenario();
    s.costs.sites = {};
    s.costs.channels.email = { perContact: 0.05 };
    const warnings = lines(modelOf(s).warnings);
    expect(warnings).toContain("costs.agentGroups: no rate for 'chatters' (nor for its site): its agents cost 0; give perHour (0 if they are really free)");
    expect(warnings).toContain("costs.channels.email: no contact type uses channel 'email': these prices are never charged");
  });

  it('the priced scenario has no money warning', () => {
    expect(lines(modelOf(pricedScenario()).warnings).filter((w) => w.startsWith('costs') || w.startsWith('customerImpact'))).toEqual([]);
  });
});
