/**
 * A greedy reducer for failing fuzz cases: it tries to delete fields and list elements, and to
 * make numbers smaller, keeping each change under which the failure's signature stays the same,
 * until no change helps or the attempt budget is spent. It works on any scenario input, so a
 * user's own failing file can be reduced too.
 *
 * @module
 */

/** Checks a candidate: true when it still fails the same way. */
export type StillFails = (candidate: unknown) => Promise<boolean>;

/** Options of {@link reduceCase}. */
export interface ReduceOptions {
  /** Most candidates to check. @default 400 */
  readonly maxAttempts?: number;
}

/** The reduced input and how many candidates were checked. */
export interface Reduction {
  readonly input: unknown;
  readonly attempts: number;
}

type Path = (string | number)[];

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Every path to a field or list element, deepest first (so children go before their parents). */
function paths(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i]), [...at, i]));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]), [...at, k]);
  return out;
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> | undefined {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>) : undefined;
}

/** The candidates one path offers: without it, then replaced by an element of one of its lists (a mixture by one of its components), then with a smaller number. */
function candidates(root: unknown, path: Path): unknown[] {
  const out: unknown[] = [];
  const key = path[path.length - 1]!;
  const removed = clone(root);
  const parent = parentOf(removed, path);
  if (parent === undefined) return out;
  if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete parent[key];
  out.push(removed);
  const value = parentOf(root, path)?.[key];
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const child of Object.values(value)) {
      const first: unknown = Array.isArray(child) ? child[0] : undefined;
      if (typeof first !== 'object' || first === null || Array.isArray(first)) continue;
      const hoisted = clone(root);
      parentOf(hoisted, path)![key] = clone(first);
      out.push(hoisted);
    }
  }
  if (typeof value === 'number' && value !== 0) {
    for (const smaller of [0, 1, Math.trunc(value / 2)]) {
      if (Math.abs(smaller) >= Math.abs(value)) continue;
      const changed = clone(root);
      parentOf(changed, path)![key] = smaller;
      out.push(changed);
    }
  }
  return out;
}

/**
 * Reduces a failing input greedily (see the module comment).
 *
 * @param input - the failing scenario input; it is not changed
 * @param stillFails - whether a candidate fails the same way (e.g. the same signature)
 */
export async function reduceCase(input: unknown, stillFails: StillFails, options: ReduceOptions = {}): Promise<Reduction> {
  const maxAttempts = options.maxAttempts ?? 400;
  let current = clone(input);
  let attempts = 0;
  let progress = true;
  while (progress && attempts < maxAttempts) {
    progress = false;
    // One pass over the paths; after a change the paths are listed again and the pass goes on
    // from the same position (the deepest parts first, so small deletions come before big ones).
    for (let i = 0; attempts < maxAttempts; i++) {
      const path = paths(current)[i];
      if (path === undefined) break;
      for (const candidate of candidates(current, path)) {
        if (attempts >= maxAttempts) break;
        attempts++;
        if (await stillFails(candidate)) {
          current = candidate;
          progress = true;
          i--;
          break;
        }
      }
    }
  }
  return { input: current, attempts };
}
