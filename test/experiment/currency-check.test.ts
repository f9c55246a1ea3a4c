import { describe, expect, it } from 'vitest';
import { checkSameCurrency } from '../../src/experiment/currency-check';
import { ScenarioError } from '../../src/scenario/errors';
import type { ScenarioInput } from '../../src/scenario/schema';

const design = (name: string, currency?: unknown) => ({
  name,
  scenario: (currency === undefined ? { name } : { name, costs: { currency } }) as unknown as ScenarioInput,
});

describe('checkSameCurrency()', () => {
  it('accepts designs in one currency, and designs that name none', () => {
    expect(() => checkSameCurrency([design('a', 'EUR'), design('b', 'EUR'), design('c')])).not.toThrow();
    expect(() => checkSameCurrency([design('a'), design('b')])).not.toThrow();
    expect(() => checkSameCurrency([])).not.toThrow();
    // A currency that is not a string is the scenario validation's business, not this check's.
    expect(() => checkSameCurrency([design('a', 'EUR'), design('b', 3)])).not.toThrow();
  });

  it('names each design and its currency at costs.currency when two differ', () => {
    let error: unknown;
    try {
      checkSameCurrency([design('paris', 'EUR'), design('plain'), design('boston', 'USD'), design('lyon', 'EUR')]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as ScenarioError).issues).toEqual([
      { path: 'costs.currency', message: "the designs compared must use one currency, got 'paris' in EUR, 'boston' in USD, 'lyon' in EUR" },
    ]);
  });
});
