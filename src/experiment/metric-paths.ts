import type { SimulationResult } from '../run/simulate';

/**
 * Metric paths: every numeric leaf of a run's result, named by a dotted path, so that one
 * replication becomes a flat list of numbers (or nulls) that can be summarized, compared and
 * stored in shards.
 *
 * Named lists (`byContactType`, `byChannel`, `bySegment`, `byAgentGroup`, `bySite`,
 * `meanQueueLengthByContactType`) are keyed by their element's `name`, other arrays (the
 * `intervals`) by index:
 *
 * - `overall.serviceLevel`, `overall.wait.p90`, `agents.occupancy`, `meanQueueLength`
 * - `byContactType.calls.asa`, `byAgentGroup.tier1.occupancy`, `meanQueueLengthByContactType.calls`
 * - `intervals.3.serviceLevel` (the fourth reporting interval)
 *
 * A name that contains `.`, `[`, `]` or `"` (or is empty) is written as a JSON string in brackets:
 * `byContactType["sales.calls"].asa`. `endTime` and `events` are included; the run's identity
 * (`scenario`, `policy`, `seed`, `replication`) is not.
 *
 * @module
 */

/** Fields of a {@link SimulationResult} that identify the run rather than measure it. */
const IDENTITY_FIELDS = new Set(['scenario', 'policy', 'seed', 'replication']);

/** A path segment as written in a metric path (see the module doc). */
export function pathSegment(name: string): string {
  // A plain segment: not empty, no dot, bracket or quote. (The pattern is written here rather than
  // in a module constant so that a mutation test can change it.)
  return /^[^.[\]"]+$/.test(name) ? name : `[${JSON.stringify(name)}]`;
}

/**
 * Joins path segments: `metricPath('byContactType', 'calls', 'asa')` is `'byContactType.calls.asa'`;
 * a segment with a dot is bracketed: `metricPath('bySite', 'hq.paris', 'occupancy')` is
 * `'bySite["hq.paris"].occupancy'`.
 */
export function metricPath(...segments: readonly (string | number)[]): string {
  let out = '';
  for (const s of segments) {
    const text = pathSegment(String(s));
    out += out === '' || text.startsWith('[') ? text : `.${text}`;
  }
  return out;
}

/** The flattened numeric leaves of one result, in a stable order (the result's field order). */
export interface FlatMetrics {
  /** Metric paths, unique. */
  readonly paths: string[];
  /** `values[i]` is the value at `paths[i]`: a finite number, or `null` where the run had none. */
  readonly values: (number | null)[];
}

/**
 * Flattens a run's result into metric paths and values (see the module doc for path names).
 *
 * @throws RangeError if a numeric leaf is not finite (NaN or ±Infinity would not survive JSON), or if
 *   two leaves get the same path (two elements of a named list with the same name)
 */
export function flattenMetrics(result: SimulationResult): FlatMetrics {
  const paths: string[] = [];
  const values: (number | null)[] = [];
  const seen = new Set<string>();
  const emit = (path: string, value: number | null): void => {
    if (seen.has(path)) throw new RangeError(`flattenMetrics: two metrics share the path '${path}' (duplicate names in a list)`);
    if (value !== null && !Number.isFinite(value)) {
      throw new RangeError(`flattenMetrics: metric '${path}' must be a finite number or null, got ${value}`);
    }
    seen.add(path);
    paths.push(path);
    values.push(value);
  };
  const walk = (prefix: string, value: unknown): void => {
    if (typeof value === 'number') emit(prefix, value);
    else if (value === null) emit(prefix, null);
    else if (Array.isArray(value)) walkArray(prefix, value);
    else if (typeof value === 'object') walkObject(prefix, value as Record<string, unknown>);
    // strings and booleans are labels, not metrics
  };
  const walkArray = (prefix: string, items: readonly unknown[]): void => {
    items.forEach((item, index) => {
      const named = isNamed(item);
      if (!named) return walk(join(prefix, String(index)), item);
      const { name, value, ...rest } = item as Record<string, unknown> & { name: string };
      const at = join(prefix, name);
      // `{ name, value }` pairs (meanQueueLengthByContactType) flatten to the name itself.
      if (Object.keys(rest).length === 0 && typeof value === 'number') walk(at, value);
      // (An undefined value is passed over by walk, as a missing one.)
      else walkObject(at, { value, ...rest });
    });
  };
  const walkObject = (prefix: string, object: Record<string, unknown>): void => {
    for (const [key, value] of Object.entries(object)) {
      if (prefix === '' && IDENTITY_FIELDS.has(key)) continue;
      walk(join(prefix, key), value);
    }
  };
  walkObject('', result as unknown as Record<string, unknown>);
  return { paths, values };
}

function isNamed(item: unknown): boolean {
  // (A primitive has no string name either.)
  return typeof (item as { name?: unknown } | null | undefined)?.name === 'string';
}

function join(prefix: string, segment: string): string {
  const text = pathSegment(segment);
  return prefix === '' || text.startsWith('[') ? prefix + text : `${prefix}.${text}`;
}
