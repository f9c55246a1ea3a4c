import { describe, expect, it } from 'vitest';
import { simulate, type ScenarioInput } from '../../src/index';
import { churnProbability, effortScore, type JourneyCounts } from '../../src/metrics/churn';
import type { JourneyWeights } from '../../src/model/economics';
import { journeyScenario } from '../scenario/helpers';

const ZERO: JourneyWeights = { extraContacts: 0, repeatedInformation: 0, transfers: 0, abandons: 0, brokenPromises: 0, waitMinutes: 0, unresolved: 0 };
const SMOOTH: JourneyCounts = { extraContacts: 0, repeatedInformation: 0, transfers: 0, abandons: 0, brokenPromises: 0, waitMinutes: 0, unresolved: 0 };

describe('churnProbability()', () => {
  it('hazard: 1 − (1 − base) · exp(−Σ wᵢxᵢ)', () => {
    const model = { kind: 'hazard' as const, base: 0.02, weights: { ...ZERO, extraContacts: 0.1, waitMinutes: 0.05, unresolved: 0.7 } };
    expect(churnProbability(model, SMOOTH)).toBeCloseTo(0.02, 15);
    const x = { ...SMOOTH, extraContacts: 2, waitMinutes: 4, unresolved: 1 };
    expect(churnProbability(model, x)).toBeCloseTo(1 - 0.98 * Math.exp(-(0.2 + 0.2 + 0.7)), 15);
  });

  it('logistic: σ(logit(base) + Σ wᵢxᵢ), in (0, 1) even for extreme journeys', () => {
    const model = { kind: 'logistic' as const, base: 0.1, weights: { ...ZERO, transfers: 1.5, repeatedInformation: -0.5 } };
    const x = { ...SMOOTH, transfers: 2, repeatedInformation: 1 };
    const z = Math.log(0.1 / 0.9) + 3 - 0.5;
    expect(churnProbability(model, x)).toBeCloseTo(1 / (1 + Math.exp(-z)), 15);
    expect(churnProbability(model, { ...SMOOTH, transfers: 1000 })).toBe(1);
    const low = churnProbability(model, { ...SMOOTH, repeatedInformation: 1000 });
    expect(low).toBeGreaterThanOrEqual(0);
    expect(low).toBeLessThan(1e-100);
  });

  it('effort: Σ wᵢxᵢ', () => {
    expect(effortScore({ ...ZERO, extraContacts: 1, transfers: 2, waitMinutes: 0.1 }, { ...SMOOTH, extraContacts: 3, transfers: 1, waitMinutes: 10 })).toBeCloseTo(6, 12);
  });
});

describe('customers and value lost in a run', () => {
  /** The journey scenario with two segments; customers lost depend only on the issue's outcome. */
  function outcomeOnly(kind: 'hazard' | 'logistic'): Record<string, any> {
    const s = journeyScenario();
    s.horizon = '3h';
    s.segments = [
      { name: 'premier', share: 0.3, value: 40 },
      { name: 'everyday', share: 0.7, value: 5 },
    ];
    s.customerImpact = { churn: { model: kind, base: 0.1, weights: { unresolved: 1.2 }, bySegment: { premier: { base: 0.05 } } } };
    return s;
  }

  for (const kind of ['hazard', 'logistic'] as const) {
    it(`${kind}: customers lost = p(resolved) × resolved + p(gave up) × gave up, per segment (expected values, exact)`, () => {
      const r = simulate(outcomeOnly(kind) as ScenarioInput, { seed: 4 });
      const e = r.economics!;
      const pGaveUp = (base: number): number => (kind === 'hazard' ? 1 - (1 - base) * Math.exp(-1.2) : 1 / (1 + Math.exp(-(Math.log(base / (1 - base)) + 1.2))));
      let total = 0;
      let value = 0;
      for (const [name, base, worth] of [['premier', 0.05, 40], ['everyday', 0.1, 5]] as const) {
        const j = r.journey.bySegment.find((x) => x.name === name)!;
        expect(j.resolved * j.gaveUp).toBeGreaterThan(0);
        const lost = base * j.resolved + pGaveUp(base) * j.gaveUp;
        const slice = e.bySegment.find((x) => x.name === name)!;
        expect(slice.customersLost).toBeCloseTo(lost, 9);
        expect(slice.valueLost).toBeCloseTo(lost * worth, 9);
        total += lost;
        value += lost * worth;
      }
      expect(e.customersLost).toBeCloseTo(total, 9);
      expect(e.valueLost).toBeCloseTo(value, 9);
      expect(e.totalCost).toBeCloseTo(e.operatingCost + e.valueLost, 9);
      expect(e.issuesClosed).toBe(r.journey.overall.resolved + r.journey.overall.gaveUp);
      expect(e.resolvedIssues).toBe(r.journey.overall.resolved);
    });
  }

  it('effort: the extra contacts of the closed issues, when that is the only weight', () => {
    const s = journeyScenario();
    s.horizon = '3h';
    delete s.contactTypes[0].patience;
    delete s.contactTypes[0].retrial;
    s.contactTypes[0].repeat.probability = 1;
    s.contactTypes[0].repeat.delay = { kind: 'exponential', mean: '5m' };
    s.customerImpact = { effort: { extraContacts: 1, repeatedInformation: 0, unresolved: 0, transfers: 0, abandons: 0, brokenPromises: 0 } };
    const r = simulate(s as ScenarioInput, { seed: 2 });
    const j = r.journey.overall;
    expect(j.gaveUp).toBe(0); // every closed issue was resolved
    const extra = j.contactsPerResolvedIssue! * j.resolved - j.resolved;
    expect(extra).toBeGreaterThan(10);
    expect(r.economics!.meanEffort! * r.economics!.issuesClosed).toBeCloseTo(extra, 9);
    expect(r.economics!.customersLost).toBe(0);
  });

  it('repeat-contact cost: every repeat contact handled, at a fixed handle time and price', () => {
    const s = journeyScenario();
    s.horizon = '3h';
    delete s.contactTypes[0].patience;
    delete s.contactTypes[0].retrial;
    delete s.contactTypes[0].transfer;
    s.contactTypes[0].handleTime = { kind: 'deterministic', value: 240 };
    s.contactTypes[0].repeat.via = { 'billing-voice': 1 };
    s.contactTypes[0].repeat.delay = { kind: 'exponential', mean: '10m' };
    s.costs = { channels: { voice: { perHandledMinute: 0.5, perContact: 0.25 } } };
    const r = simulate(s as ScenarioInput, { seed: 9 });
    const repeats = r.journey.byContactType.find((x) => x.name === 'billing-voice')!.repeatContacts;
    expect(repeats).toBeGreaterThan(0);
    expect(r.economics!.repeatContactCost).toBeCloseTo(repeats * (4 * 0.5 + 0.25), 9);
  });
});

describe('docs/economics.md worked example', () => {
  it('premier customer, three contacts, one repeated story, 6 minutes waited', () => {
    const model = { kind: 'hazard' as const, base: 0.001, weights: { ...ZERO, extraContacts: 0.01, repeatedInformation: 0.02, waitMinutes: 0.0005, unresolved: 0.1 } };
    const resolved = { ...SMOOTH, extraContacts: 2, repeatedInformation: 1, waitMinutes: 6 };
    expect(1500 * churnProbability(model, resolved)).toBeCloseTo(64.57, 2);
    expect(1500 * churnProbability(model, { ...resolved, unresolved: 1 })).toBeCloseTo(201.17, 2);
    const effort = { extraContacts: 1, repeatedInformation: 1, transfers: 1, abandons: 1, brokenPromises: 1, waitMinutes: 0.1, unresolved: 1 };
    expect(effortScore(effort, resolved)).toBeCloseTo(3.6, 12);
    expect(effortScore(effort, { ...resolved, unresolved: 1 })).toBeCloseTo(4.6, 12);
  });
});
