import type { ModelDefinition } from '../model/definition';
import { IssueList, ScenarioError } from '../scenario/errors';
import { TARGET_METRICS, type StaffingTarget, type TargetMetric, type TargetScope } from '../scenario/target-spec';
import { closestName } from '../util/closest-name';

/**
 * Staffing targets: what the optimizer must achieve (service level, abandonment, ASA, FCR,
 * occupancy), how they are written (`'service-level calls 80% 20s'`), and their check against a
 * resolved model, every problem located.
 *
 * @module
 */

export { parseTargetSpec, TARGET_METRICS } from '../scenario/target-spec';
export type { StaffingTarget, TargetMetric, TargetScope } from '../scenario/target-spec';

/** A target checked against a model: ids instead of names, every field filled in. */
export interface ResolvedTarget {
  /** Position of the target in the list given. */
  readonly index: number;
  /** The metric. */
  readonly metric: TargetMetric;
  /** Contact type id, or -1 for all contacts (contact metrics only). */
  readonly type: number;
  /** Agent group id, or -1 for all agents (`occupancy` only). */
  readonly group: number;
  /** The bound. */
  readonly value: number;
  /** Service-level threshold (seconds); 0 for other metrics. */
  readonly within: number;
  /** Where it holds. */
  readonly scope: TargetScope;
  /** +1 when the metric must be at least `value`, -1 when at most. */
  readonly sense: 1 | -1;
  /** A label such as `service-level calls ≥ 80% within 20s`. */
  readonly label: string;
}

const LOWER_BOUNDS: readonly TargetMetric[] = ['service-level', 'fcr'];

/** Whether a metric must be at least its target (+1) or at most (-1). */
export function targetSense(metric: TargetMetric): 1 | -1 {
  return LOWER_BOUNDS.includes(metric) ? 1 : -1;
}

/**
 * Checks targets against a model and resolves names to ids. Every problem is reported at once as
 * a {@link ScenarioError} with paths `targets[i].field` (`where` replaces `targets`).
 */
export function resolveTargets(model: ModelDefinition, targets: readonly StaffingTarget[], where = 'targets'): ResolvedTarget[] {
  const issues = new IssueList();
  if (!Array.isArray(targets) || targets.length === 0) {
    issues.add(where, 'give at least one target (e.g. service-level calls 80% 20s)');
    throw new ScenarioError(issues.items);
  }
  const typeNames = model.contactTypes.map((t) => t.name);
  const groupNames = model.agentGroups.map((g) => g.name);
  const out: ResolvedTarget[] = [];
  targets.forEach((target, index) => {
    const at = (field: string) => `${where}[${index}].${field}`;
    if (typeof target !== 'object' || target === null) {
      issues.add(`${where}[${index}]`, 'must be an object with metric and value');
      return;
    }
    if (!(TARGET_METRICS as readonly string[]).includes(target.metric)) {
      issues.add(at('metric'), `must be one of ${TARGET_METRICS.join(', ')}, got ${JSON.stringify(target.metric)}`);
      return;
    }
    const metric = target.metric;
    const type = lookup(issues, at('contactType'), target.contactType, typeNames, 'contact type');
    const group = lookup(issues, at('agentGroup'), target.agentGroup, groupNames, 'agent group');
    if (metric === 'occupancy' && target.contactType !== undefined) issues.add(at('contactType'), 'an occupancy target names an agentGroup, not a contact type');
    if (metric !== 'occupancy' && target.agentGroup !== undefined) issues.add(at('agentGroup'), `a ${metric} target names a contactType, not an agent group`);
    const value = target.value;
    const seconds = metric === 'asa';
    if (!Number.isFinite(value) || (seconds ? value < 0 : !(value > 0 && value <= 1))) {
      issues.add(at('value'), seconds ? `must be a number of seconds >= 0, got ${String(value)}` : `must be a fraction in (0, 1] (80% is 0.8), got ${String(value)}`);
    }
    if (target.within !== undefined && (metric !== 'service-level' || !(Number.isFinite(target.within) && target.within >= 0))) {
      issues.add(at('within'), metric !== 'service-level' ? 'only a service-level target has a threshold' : `must be seconds >= 0, got ${String(target.within)}`);
    }
    const scope = target.scope ?? (metric === 'fcr' ? 'day' : 'interval');
    if (scope !== 'interval' && scope !== 'day') issues.add(at('scope'), `must be 'interval' or 'day', got ${JSON.stringify(scope)}`);
    if (metric === 'fcr' && model.journey === null && type !== undefined) {
      issues.add(at('metric'), 'the scenario has no journey (resolution), so every first contact resolves: an FCR target is met trivially');
    }
    // Stryker disable next-line ConditionalExpression,LogicalOperator: each way out has added an issue, so the list built is thrown away below; the guard keeps undefined ids out of it for the types
    if (type === undefined || group === undefined || issues.length > 0) return;
    const within = metric === 'service-level' ? (target.within ?? (type >= 0 ? model.contactTypes[type]!.serviceLevel.threshold : 20)) : 0;
    out.push({ index, metric, type, group, value, within, scope, sense: targetSense(metric), label: targetLabel(metric, target.contactType ?? target.agentGroup, value, within, scope) });
  });
  if (issues.length > 0) throw new ScenarioError(issues.items);
  return out;
}

function lookup(issues: IssueList, path: string, name: string | undefined, names: readonly string[], what: string): number | undefined {
  if (name === undefined) return -1;
  const id = names.indexOf(name);
  if (id >= 0) return id;
  const near = closestName(name, names);
  issues.add(path, `no ${what} is named '${String(name)}'${near === undefined ? '' : `; did you mean '${near}'?`} (known: ${names.join(', ')})`);
  return undefined;
}

/** `service-level calls ≥ 80% within 20s (per interval)`. */
export function targetLabel(metric: TargetMetric, name: string | undefined, value: number, within: number, scope: TargetScope): string {
  const who = name ?? 'all';
  const bound = targetSense(metric) === 1 ? '≥' : '≤';
  const amount = metric === 'asa' ? `${value}s` : `${round(value * 100)}%`;
  const threshold = metric === 'service-level' ? ` within ${within}s` : '';
  return `${metric} ${who} ${bound} ${amount}${threshold} (${scope === 'day' ? 'day' : 'per interval'})`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
