import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/resolve';
import { journeyScenario } from './helpers';

type Path = (string | number)[];

/** Every place under the journey fields of the journey scenario where a value can be replaced. */
function journeyPaths(value: unknown, prefix: Path): Path[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const out: Path[] = [prefix];
  for (const [key, child] of Object.entries(value)) out.push(...journeyPaths(child, [...prefix, Array.isArray(value) ? Number(key) : key]));
  return out;
}

function replaced(path: Path, value: unknown): Record<string, unknown> {
  const s = journeyScenario();
  let parent: any = s;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return s;
}

describe('parseScenario() with arbitrary journey values', () => {
  it('never throws, and every rejection names at least one problem', () => {
    const s = journeyScenario();
    const all = [
      ...journeyPaths(s.journey, ['journey']),
      ...['resolution', 'repeat', 'retrial', 'transfer'].flatMap((key) => journeyPaths(s.contactTypes[0][key], ['contactTypes', 0, key])),
      ['agentGroups', 0, 'authority'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.oneof(fc.anything(), fc.constant(undefined), fc.string(), fc.double()), (path, value) => {
        const result = parseScenario(replaced(path, value));
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(e.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300, seed: 23 },
    );
  });
});

describe('parseScenario() on a list with a hole', () => {
  it('reports the missing element instead of building a sparse model', () => {
    const s = journeyScenario();
    delete s.contactTypes[1];
    const result = parseScenario(s);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual({ path: 'contactTypes[1]', message: 'must be a contact type (an object), got nothing' });
  });
});
