import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readScenarioFile, simulate, type ScenarioInput } from '../../src/index';
import { validScenario } from '../scenario/helpers';

/** Slices of the money results add up to their totals, on the priced bank (one day, one run). */
describe('economics slices', () => {
  const bank = readScenarioFile(fileURLToPath(new URL('../../examples/retail-bank-costs.yaml', import.meta.url))) as ScenarioInput;
  const priced = simulate(bank, { seed: 7 });
  const e = priced.economics!;
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
  const fields = ['contactCost', 'penaltyCost', 'repeatContactCost', 'customersLost', 'valueLost'] as const;

  for (const slice of ['byContactType', 'byChannel', 'bySegment'] as const) {
    it(`${slice}: contact cost, penalties, repeat-contact cost, customers and value lost add up to the totals`, () => {
      for (const f of fields) expect([f, sum(e[slice].map((x) => x[f]))]).toEqual([f, expect.closeTo(e[f], 6)]);
      expect(sum(e[slice].map((x) => x.handlingCost))).toBeGreaterThan(e.repeatContactCost);
    });
  }

  it('byAgentGroup and bySite: agent cost and paid hours add up', () => {
    for (const slice of [e.byAgentGroup, e.bySite]) {
      expect(sum(slice.map((g) => g.agentCost))).toBeCloseTo(e.agentCost, 6);
      expect(sum(slice.map((g) => g.paidHours))).toBeCloseTo(e.paidHours, 9);
      expect(sum(slice.map((g) => g.handledContacts))).toBe(e.handledContacts);
    }
  });

  it('byDay: every total adds up; operating cost = agent + contact + penalty cost; total = operating + value lost', () => {
    for (const f of ['agentCost', 'contactCost', 'penaltyCost', 'operatingCost', 'customersLost', 'valueLost', 'totalCost'] as const) {
      expect([f, sum(e.byDay.map((d) => d[f]))]).toEqual([f, expect.closeTo(e[f], 6)]);
    }
    expect(e.operatingCost).toBeCloseTo(e.agentCost + e.contactCost + e.penaltyCost, 9);
    expect(e.totalCost).toBeCloseTo(e.operatingCost + e.valueLost, 9);
  });

  it('value lost per segment is its customers lost × its value', () => {
    for (const [name, value] of [['premier', 1500], ['everyday', 200]] as const) {
      const s = e.bySegment.find((x) => x.name === name)!;
      expect(s.customersLost).toBeGreaterThan(0);
      expect(s.valueLost).toBeCloseTo(s.customersLost * value, 6);
    }
  });

  it('prices change nothing else: the unpriced bank gives the same result, byte for byte, without economics', () => {
    const plain = simulate(readScenarioFile(fileURLToPath(new URL('../../examples/retail-bank.yaml', import.meta.url))) as ScenarioInput, { seed: 7 });
    const { economics: _e, scenario: _s, ...rest } = priced;
    const { scenario: _p, ...plainRest } = plain;
    expect(JSON.stringify(rest)).toBe(JSON.stringify(plainRest));
  });

  it('a scenario without costs or customerImpact reports no economics', () => {
    expect('economics' in simulate({ ...validScenario(), horizon: '1h' } as ScenarioInput, { seed: 1 })).toBe(false);
  });
});
