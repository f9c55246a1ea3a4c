import { describe, expect, it } from 'vitest';
import type { ModelDefinition } from '../../src/model/definition';
import { agentMu, agentResolve, pairRates } from '../../src/routing/pair-rates';
import { fakeModel, fixedTime } from './fake-model';
import { FakeView } from './fake-view';

/**
 * Types: 'bill' needs billing (300 s, resolution 0.8 × byProficiency), 'any' needs nothing (200 s,
 * no resolution model), 'instant' needs billing with a 0 s handle time. Groups: 'expert' billing 3
 * (factor 1.2 at level 3), 'novice' without billing (factor 2 at level 0), 'master' billing 5 with a
 * factor table too short for level 5 (so factor 1).
 */
function model(): ModelDefinition {
  const base = fakeModel({
    skills: ['billing'],
    types: [{ name: 'bill', requirements: [['billing', 1]] }, { name: 'any' }, { name: 'instant', requirements: [['billing', 1]] }],
    groups: [{ name: 'expert', proficiency: { billing: 3 } }, { name: 'novice' }, { name: 'master', proficiency: { billing: 5 } }],
  });
  const [bill, any, instant] = base.contactTypes as [ModelDefinition['contactTypes'][number], ModelDefinition['contactTypes'][number], ModelDefinition['contactTypes'][number]];
  const [expert, novice, master] = base.agentGroups as [ModelDefinition['agentGroups'][number], ModelDefinition['agentGroups'][number], ModelDefinition['agentGroups'][number]];
  return {
    ...base,
    contactTypes: [
      // byProficiency has no entry for level 5: factor 1.
      { ...bill, handleTime: fixedTime(300), resolution: { probability: 0.8, byProficiency: [0.5, 0.6, 0.7, 1.5], withContext: 1 } },
      { ...any, handleTime: fixedTime(200) },
      { ...instant, handleTime: fixedTime(0) },
    ],
    agentGroups: [
      { ...expert, handleTimeFactor: [2, 1.6, 1.4, 1.2, 1, 0.9] },
      { ...novice, handleTimeFactor: [2, 1.6, 1.4, 1.2, 1, 0.9] },
      { ...master, handleTimeFactor: [2, 1.6] },
    ],
  };
}

describe('pairRates', () => {
  // Computed inside each test, so that per-test coverage (mutation testing) sees it.
  const at = (table: Float64Array, type: number, group: number): number => table[type * 3 + group] as number;

  it('gives μ = 1 / (mean × the group factor at its level in the primary skill), row-major by type', () => {
    const rates = pairRates(model());
    expect(rates.mu).toHaveLength(9);
    expect(at(rates.mu, 0, 0)).toBeCloseTo(1 / 360, 15); // 300 s × 1.2 (level 3)
    expect(at(rates.mu, 0, 1)).toBeCloseTo(1 / 600, 15); // 300 s × 2 (level 0)
    expect(at(rates.mu, 0, 2)).toBeCloseTo(1 / 300, 15); // level 5 beyond the factor table: × 1
  });

  it('uses factor 1 for a type without requirements, whatever the group', () => {
    const rates = pairRates(model());
    for (const group of [0, 1, 2]) expect(at(rates.mu, 1, group)).toBeCloseTo(1 / 200, 15);
  });

  it('gives the largest finite rate for a 0 s handle time, never Infinity', () => {
    const rates = pairRates(model());
    for (const group of [0, 1, 2]) expect(at(rates.mu, 2, group)).toBe(Number.MAX_VALUE);
  });

  it('gives p = min(1, probability × byProficiency[level]), 1 beyond the table and without a resolution model', () => {
    const rates = pairRates(model());
    expect(rates.resolve).toHaveLength(9);
    expect(at(rates.resolve, 0, 0)).toBe(1); // 0.8 × 1.5 = 1.2, capped
    expect(at(rates.resolve, 0, 1)).toBeCloseTo(0.4, 15); // 0.8 × 0.5
    expect(at(rates.resolve, 0, 2)).toBeCloseTo(0.8, 15); // level 5 not in byProficiency: × 1
    for (const group of [0, 1, 2]) {
      expect(at(rates.resolve, 1, group)).toBe(1);
      expect(at(rates.resolve, 2, group)).toBe(1);
    }
  });
});

describe('agentMu and agentResolve', () => {
  /** The model with group 'expert' made of individual agents; agents: 'e1' (own factors), 'e2' (the group's), 'n' (novice). */
  function view(): FakeView {
    const m = model();
    const individual: ModelDefinition = {
      ...m,
      agentGroups: m.agentGroups.map((g) => (g.name === 'expert' ? { ...g, individuals: { agents: [], draw: null, learning: null } } : g)),
    };
    return new FakeView(individual, {
      now: 0,
      agents: [
        { name: 'e1', group: 'expert', handleTimeFactor: 0.75, resolutionFactor: 0.25 },
        { name: 'e2', group: 'expert' },
        { name: 'n', group: 'novice', handleTimeFactor: 0.1, resolutionFactor: 0.1 },
      ],
    });
  }

  it('gives an individual agent 1 / (mean × its own factor), and 1 / (mean × the group factor) when it has none of its own', () => {
    const v = view();
    const rates = pairRates(v.model);
    expect(agentMu(v, rates, 0, v.agent('e1'))).toBeCloseTo(1 / 225, 15); // 300 s × 0.75
    expect(agentMu(v, rates, 1, v.agent('e1'))).toBeCloseTo(1 / 150, 15); // 200 s × 0.75
    expect(agentMu(v, rates, 0, v.agent('e2'))).toBeCloseTo(1 / 360, 15); // 300 s × 1.2 (level 3)
    expect(agentMu(v, rates, 2, v.agent('e1'))).toBe(Number.MAX_VALUE); // 0 s handle time
  });

  it('reads the pair table for an agent of a group of identical agents, whatever the view says of the agent', () => {
    const v = view();
    const rates = pairRates(v.model);
    expect(agentMu(v, rates, 0, v.agent('n'))).toBeCloseTo(1 / 600, 15); // the table: 300 s × 2 (level 0)
    expect(agentResolve(v, rates, 0, v.agent('n'))).toBeCloseTo(0.4, 15); // the table: 0.8 × 0.5
  });

  it('gives an individual agent min(1, probability × its own resolution factor), 1 without a resolution model', () => {
    const v = view();
    const rates = pairRates(v.model);
    expect(agentResolve(v, rates, 0, v.agent('e1'))).toBeCloseTo(0.2, 15); // 0.8 × 0.25
    expect(agentResolve(v, rates, 0, v.agent('e2'))).toBe(1); // 0.8 × 1.5 (level 3), capped
    expect(agentResolve(v, rates, 1, v.agent('e1'))).toBe(1); // 'any' has no resolution model
  });
});
