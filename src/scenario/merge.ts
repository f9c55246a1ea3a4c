/**
 * Scenario overrides: a base scenario plus a partial scenario that changes some of it (what
 * `extends` will use). The result is plain input, to be checked by `parseScenario`.
 *
 * @module
 */

/** Top-level lists whose elements are matched by `name` when merging. */
export const NAMED_LISTS = ['segments', 'sites', 'contactTypes', 'agentGroups'] as const;

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (isPlain(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)]));
  return value;
}

function mergeValues(base: unknown, override: unknown): unknown {
  if (isPlain(base) && isPlain(override)) return mergeObjects(base, override, false);
  return clone(override);
}

function mergeObjects(base: Plain, override: Plain, topLevel: boolean): Plain {
  const out = clone(base) as Plain;
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    if (value === null) {
      delete out[key];
    } else if (topLevel && (NAMED_LISTS as readonly string[]).includes(key) && Array.isArray(value) && Array.isArray(base[key])) {
      out[key] = mergeNamedList(base[key] as unknown[], value);
    } else {
      out[key] = mergeValues(base[key], value);
    }
  }
  return out;
}

function mergeNamedList(base: readonly unknown[], override: readonly unknown[]): unknown[] {
  const out = base.map(clone);
  for (const item of override) {
    const name = isPlain(item) ? item['name'] : undefined;
    const at = typeof name === 'string' ? out.findIndex((b) => isPlain(b) && b['name'] === name) : -1;
    if (at >= 0) out[at] = mergeValues(out[at], item);
    else out.push(clone(item));
  }
  return out;
}

/**
 * Applies `override` to `base` without changing either:
 *
 * - objects merge field by field, recursively;
 * - arrays and scalars in `override` replace those of `base`;
 * - the named lists `segments`, `sites`, `contactTypes` and `agentGroups` merge element by
 *   element on `name`: an element whose name is in `base` is merged into it, a new name is
 *   appended (so `contactTypes: [{ name: billing-voice, arrivals: { rate: 150/h } }]` changes
 *   only that type's arrivals);
 * - a `null` value removes the field (e.g. `busyness: null`).
 *
 * Elements of named lists cannot be removed by an override.
 *
 * @param base - a scenario (input form)
 * @param override - a partial scenario
 * @returns the merged scenario, not yet validated
 */
export function mergeScenario(base: Readonly<Plain>, override: Readonly<Plain>): Plain {
  return mergeObjects(base, override, true);
}
