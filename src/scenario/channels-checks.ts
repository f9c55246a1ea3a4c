import type { IssueList, PathElement } from './errors';
import type { ParsedAgentGroup, ParsedContactType } from './schema';

/**
 * Value checks of channel realism (see docs/channels.md), on an agent group that passed the
 * schema: a slowdown table is given only for a channel the group handles, with one factor for
 * every number of contacts the group may hold at once; silent abandonment only on a chat or
 * messaging contact type.
 *
 * @module
 */

/** Checks the slowdown tables of one agent group (`path` is the group's). */
export function checkSlowdown(group: ParsedAgentGroup, path: PathElement[], errors: IssueList): void {
  const tables = group.slowdown;
  if (tables === undefined) return;
  const concurrency = group.channels as Partial<Record<string, number>>;
  for (const [channel, table] of Object.entries(tables)) {
    if (table === undefined) continue;
    const at: PathElement[] = [...path, 'slowdown', channel];
    const limit = concurrency[channel] ?? 0;
    if (limit === 0) {
      errors.add(at, `the group does not handle ${channel} (no ${channel} in its channels): give a slowdown table only for a channel it handles`);
    } else if (table.length < limit) {
      errors.add(
        at,
        `lists ${table.length} factor${table.length === 1 ? '' : 's'} but the group holds up to ${limit} ${channel} contacts at once: give one factor for each number held, 1 to ${limit}`,
      );
    }
  }
}

/** Checks that silent abandonment is given only for chat and messaging (`path` is the contact type's). */
export function checkSilentAbandonment(type: ParsedContactType, path: PathElement[], errors: IssueList): void {
  if (type.silentAbandonment === undefined || type.channel === 'chat' || type.channel === 'messaging') return;
  errors.add([...path, 'silentAbandonment'], `only chat and messaging customers leave without saying so; remove silentAbandonment for channel '${type.channel}'`);
}
