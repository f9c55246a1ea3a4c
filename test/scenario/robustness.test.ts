import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/resolve';
import { validScenario } from './helpers';

/** Every place in the valid scenario where a value can be replaced. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const out: (string | number)[][] = prefix.length > 0 ? [prefix] : [];
  for (const [key, child] of Object.entries(value)) out.push(...paths(child, [...prefix, Array.isArray(value) ? Number(key) : key]));
  return out;
}

function replaced(path: (string | number)[], value: unknown): Record<string, unknown> {
  const s = validScenario();
  let parent: any = s;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return s;
}

describe('parseScenario() on arbitrary input', () => {
  it('never throws and reports at least one error or returns a model', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseScenario(input);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('never throws when any single field of a valid scenario is replaced by anything', () => {
    const all = paths(validScenario());
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.oneof(fc.anything(), fc.constant(undefined), fc.string(), fc.double()), (path, value) => {
        const result = parseScenario(replaced(path, value));
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(e.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400, seed: 11 },
    );
  });
});
