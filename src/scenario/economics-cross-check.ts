import type { IssueList } from './errors';
import { record, unknownName } from './raw-input';

/**
 * Cross-references of the money settings: the agent groups and sites priced in `costs` and the
 * segments of `customerImpact.churn.bySegment` must exist. Reads the raw input leniently, like
 * the rest of the cross-reference pass. Channel names are checked by the schema.
 *
 * @module
 */

/** Names defined elsewhere in the scenario. */
export interface EconomicsNames {
  /** Agent group names. */
  readonly groups: readonly string[];
  /** Site names, or undefined when the sites list is malformed (then not checked). */
  readonly sites: readonly string[] | undefined;
  /** Segment names, or undefined when the segments list is malformed (then not checked). */
  readonly segments: readonly string[] | undefined;
}

/** Checks the names used by `costs` and `customerImpact`. */
export function checkEconomicsNames(raw: Record<string, unknown>, names: EconomicsNames, out: IssueList): void {
  const costs = record(raw['costs']);
  for (const group of Object.keys(record(costs?.['agentGroups']) ?? {})) {
    if (!names.groups.includes(group)) out.add(['costs', 'agentGroups', group], unknownName('agent group', group, names.groups));
  }
  const sites = names.sites;
  if (sites !== undefined) {
    for (const site of Object.keys(record(costs?.['sites']) ?? {})) {
      if (!sites.includes(site)) out.add(['costs', 'sites', site], unknownName('site', site, sites));
    }
  }
  const segments = names.segments;
  if (segments === undefined) return;
  const bySegment = record(record(record(raw['customerImpact'])?.['churn'])?.['bySegment']);
  for (const segment of Object.keys(bySegment ?? {})) {
    if (!segments.includes(segment)) out.add(['customerImpact', 'churn', 'bySegment', segment], unknownName('segment', segment, segments));
  }
}
