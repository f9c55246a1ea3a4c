import type { IssueList, PathElement } from './errors';
import { list, record, unknownName, type Raw } from './raw-input';
import { typeNeeds, whyNot, type TypeNeeds } from './serving-check';
import { formatDuration, toSeconds } from './units';

/**
 * Cross-references of overflow routing: every group named by `overflow.primary` and
 * `overflow.steps[].groups` must exist, be able to serve the contact type and appear only once,
 * and `after` must increase from step to step. Reads the raw input leniently, like the rest of
 * the cross-reference pass, so these errors come together with the schema's.
 *
 * @module
 */

/** How a step is named in messages: step 0 is `primary`, step k ≥ 1 is `steps[k - 1]`. */
export function stepLabel(step: number): string {
  return step === 0 ? 'step 0 (primary)' : `step ${step} (steps[${step - 1}])`;
}

/** Seconds of a raw duration, or undefined when it does not parse (reported by the schema pass). */
function seconds(value: unknown): number | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  try {
    const s = toSeconds(value);
    return Number.isFinite(s) ? s : undefined;
  } catch {
    return undefined;
  }
}

/** The first raw group of each name. */
function groupsByName(groups: readonly unknown[]): Map<string, Raw> {
  const byName = new Map<string, Raw>();
  for (const item of groups) {
    const group = record(item);
    const name = group?.['name'];
    if (group !== undefined && typeof name === 'string' && !byName.has(name)) byName.set(name, group);
  }
  return byName;
}

interface TypeContext {
  readonly typeName: string;
  readonly needs: TypeNeeds | undefined;
  readonly groups: ReadonlyMap<string, Raw>;
  /** Step of each group already listed. */
  readonly seen: Map<string, number>;
  readonly out: IssueList;
}

function checkGroupList(names: unknown, step: number, path: PathElement[], context: TypeContext): void {
  const { typeName, needs, groups, seen, out } = context;
  list(names).forEach((name, j) => {
    if (typeof name !== 'string' || name === '') return; // reported by the schema pass
    const at: PathElement[] = [...path, j];
    const group = groups.get(name);
    if (group === undefined) {
      out.add(at, unknownName('agent group', name, [...groups.keys()]));
      return;
    }
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      out.add(at, `group '${name}' is already in ${stepLabel(earlier)}`);
      return;
    }
    seen.set(name, step);
    const reason = needs === undefined ? null : whyNot(group, needs);
    if (reason !== null) out.add(at, `group '${name}' cannot serve contact type '${typeName}': ${reason}`);
  });
}

function checkAfterOrder(steps: readonly unknown[], path: PathElement[], out: IssueList): void {
  let previous: number | undefined;
  steps.forEach((item, k) => {
    const after = seconds(record(item)?.['after']);
    if (after === undefined || !(after > 0)) return; // reported by the schema pass
    if (previous !== undefined && !(after > previous)) {
      out.add(
        [...path, k, 'after'],
        `must be greater than the after of the steps before it (${formatDuration(previous)}), got ${formatDuration(after)}; list steps in increasing after`,
      );
    }
    previous = previous === undefined ? after : Math.max(previous, after);
  });
}

/**
 * Checks the overflow steps of every contact type against the agent groups.
 *
 * @param types - the raw `contactTypes` list
 * @param groups - the raw `agentGroups` list
 * @param skills - the skill names defined (to read what a type needs)
 * @param out - where errors go
 */
export function checkOverflowNames(types: readonly unknown[], groups: readonly unknown[], skills: readonly string[], out: IssueList): void {
  const byName = groupsByName(groups);
  types.forEach((item, i) => {
    const type = record(item);
    const overflow = record(type?.['overflow']);
    if (type === undefined || overflow === undefined) return;
    const path: PathElement[] = ['contactTypes', i, 'overflow'];
    const typeName = typeof type['name'] === 'string' ? type['name'] : '(unnamed)';
    const context: TypeContext = { typeName, needs: typeNeeds(type, skills), groups: byName, seen: new Map(), out };
    checkGroupList(overflow['primary'], 0, [...path, 'primary'], context);
    const steps = list(overflow['steps']);
    steps.forEach((step, k) => checkGroupList(record(step)?.['groups'], k + 1, [...path, 'steps', k, 'groups'], context));
    checkAfterOrder(steps, [...path, 'steps'], out);
  });
}
