import { CHANNEL_COUNT } from '../model/channel';
import type { ModelDefinition } from '../model/definition';

/**
 * The tallies of the contact slices (overall, per contact type, channel and segment), with the
 * distinct tallies each class of contact (type, segment) updates.
 *
 * Slices that always receive exactly the same contacts share one tally: per type is the overall
 * slice when there is one contact type; a channel slice is the overall slice when every type uses
 * that channel, and the type's slice when one type alone uses it; per segment is the overall
 * slice when there is one segment. A shared tally sees the same updates in the same order as
 * separate ones would, so the results are identical; each event just updates fewer tallies.
 */
export interface ContactSlices<T> {
  readonly overall: T;
  /** By contact type id. */
  readonly byType: readonly T[];
  /** By channel id (all channels, used or not). */
  readonly byChannel: readonly T[];
  /** By segment id. */
  readonly bySegment: readonly T[];
  /** The distinct tallies a contact of type t and segment s updates, at index t * segments + s. */
  readonly byClass: readonly (readonly T[])[];
}

/** Creates the contact slices of `model`, calling `create` once per distinct tally. */
export function contactSlices<T>(model: ModelDefinition, create: () => T): ContactSlices<T> {
  const types = model.contactTypes;
  const overall = create();
  const byType = types.map(() => (types.length === 1 ? overall : create()));
  const byChannel = Array.from({ length: CHANNEL_COUNT }, (_, ch) => {
    const users = types.filter((t) => t.channel === ch);
    if (users.length > 0 && users.length === types.length) return overall;
    if (users.length === 1) return byType[users[0]!.id]!;
    return create();
  });
  const segments = model.segments.length;
  const bySegment = model.segments.map(() => (segments === 1 ? overall : create()));
  const byClass: T[][] = [];
  for (const t of types) {
    for (let s = 0; s < segments; s++) {
      byClass[t.id * segments + s] = distinct([overall, byType[t.id]!, byChannel[t.channel]!, bySegment[s]!]);
    }
  }
  return { overall, byType, byChannel, bySegment, byClass };
}

/**
 * The tallies per agent group and per site, with the distinct tallies an issue or contact served
 * by group g updates (`byGroupAndSite[g]`): a site with a single group shares that group's tally.
 */
export interface GroupSlices<T> {
  readonly byGroup: readonly T[];
  readonly bySite: readonly T[];
  readonly byGroupAndSite: readonly (readonly T[])[];
}

/** Creates the group and site slices of `model`, calling `create` once per distinct tally. */
export function groupSlices<T>(model: ModelDefinition, create: () => T): GroupSlices<T> {
  const groups = model.agentGroups;
  const byGroup = groups.map(() => create());
  const bySite = model.sites.map((s) => {
    const members = groups.filter((g) => g.site === s.id);
    return members.length === 1 ? byGroup[members[0]!.id]! : create();
  });
  const byGroupAndSite = groups.map((g) => distinct([byGroup[g.id]!, bySite[g.site]!]));
  return { byGroup, bySite, byGroupAndSite };
}

function distinct<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
