/**
 * Scenario overrides: a base scenario plus a partial scenario that changes some of it (what
 * `extends` in scenario files and `scenarioVariant` use). The result is plain input, to be
 * checked by `parseScenario`.
 *
 * @module
 */

/** Top-level lists whose elements are matched by `name` when merging. */
export const NAMED_LISTS = ['segments', 'sites', 'contactTypes', 'agentGroups'] as const;

/**
 * The key that removes an element of a named list: `{ name: cards-chat, remove: true }` in an
 * override deletes the base's `cards-chat` contact type.
 */
export const REMOVE_KEY = 'remove';

/** A plain object (not an array, not null), as scenarios and their parts are. */
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
    } else if (topLevel && (NAMED_LISTS as readonly string[]).includes(key) && Array.isArray(value) && (base[key] === undefined || Array.isArray(base[key]))) {
      out[key] = mergeNamedList(key, (base[key] as unknown[] | undefined) ?? [], value);
    } else {
      out[key] = mergeValues(base[key], value);
    }
  }
  return out;
}

function mergeNamedList(list: string, base: readonly unknown[], override: readonly unknown[]): unknown[] {
  const out = base.map(clone);
  override.forEach((item, i) => {
    const name = isPlain(item) ? item['name'] : undefined;
    const at = typeof name === 'string' ? out.findIndex((b) => isPlain(b) && b['name'] === name) : -1;
    if (isPlain(item) && item[REMOVE_KEY] === true) {
      if (at < 0) {
        const known = out.flatMap((b) => (isPlain(b) && typeof b['name'] === 'string' ? [`'${b['name']}'`] : []));
        throw new RangeError(
          `${list}[${i}].${REMOVE_KEY}: no ${list} entry named ${typeof name === 'string' ? `'${name}'` : String(name)} to remove` +
            `; the base has ${known.length === 0 ? 'none' : known.join(', ')}`,
        );
      }
      const extra = Object.keys(item).filter((k) => k !== 'name' && k !== REMOVE_KEY);
      if (extra.length > 0) {
        throw new RangeError(`${list}[${i}]: an entry with ${REMOVE_KEY}: true takes only a name, got also ${extra.join(', ')}`);
      }
      out.splice(at, 1);
    } else if (at >= 0) out[at] = mergeValues(out[at], item);
    else out.push(clone(item));
  });
  return out;
}

/**
 * Applies `override` to `base` without changing either:
 *
 * - objects (mappings) merge field by field, recursively;
 * - arrays and scalars in `override` replace those of `base` whole (`skills`, `perInterval`,
 *   `shifts`, overflow `steps`, ...);
 * - the named lists `segments`, `sites`, `contactTypes` and `agentGroups` merge element by
 *   element on `name`: an element whose name is in `base` is merged into it (field by field, by
 *   these same rules), a new name is appended at the end (so
 *   `contactTypes: [{ name: billing-voice, arrivals: { rate: 150/h } }]` changes only that type's
 *   arrivals); elements keep the base's order;
 * - `{ name: x, remove: true }` in a named list removes the base's element `x` (it must exist,
 *   and the entry may carry nothing else);
 * - a `null` value removes the field (e.g. `busyness: null`, or `overflow: null` inside a
 *   contact type).
 *
 * @param base - a scenario (input form)
 * @param override - a partial scenario
 * @returns the merged scenario, typed as the base (so a `ScenarioInput` merges into one that
 *   `simulate` takes) but not yet validated: `simulate` and `resolveScenario` validate it
 * @throws RangeError when `remove: true` names an element the base does not have, or carries
 *   other fields (`contactTypes[1].remove: no contactTypes entry named 'x' to remove; ...`)
 */
export function mergeScenario<T extends Readonly<Plain>>(base: T, override: Readonly<Plain>): T {
  return mergeObjects(base, override, true) as T;
}
