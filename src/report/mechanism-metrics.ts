import { metricPath } from '../experiment/metric-paths';

/**
 * The per-contact-type results of the contact mechanisms a scenario may use (self-service,
 * messaging sessions, interruptions, silent abandonment: `result.selfService`,
 * `result.messagingSessions`, `result.interruptions`, `result.silentAbandonment`), laid out for
 * the CLI tables and the HTML report from the metric paths a result has. A field the code does not
 * list below still shows, labelled from its name and given a unit by its name (a `…Rate` or
 * `…Share` is a share, a `…Time` a duration, anything else a number), so that a field added to a
 * result appears without a change here. A scenario without the mechanism has no such paths and
 * nothing shows.
 *
 * @module
 */

/** The unit a mechanism metric is printed in (durations in the one duration unit of the tables). */
export type MechanismUnit = 'percent' | 'seconds' | 'count';

/** One field of a mechanism's result per contact type. */
export interface MechanismField {
  /** The field's name in the result (`meanFirstResponseTime`). */
  readonly field: string;
  /** How the tables label it. */
  readonly label: string;
  readonly unit: MechanismUnit;
  /** Which direction of a difference is an improvement in the report; null when neither is. */
  readonly better: 'higher' | 'lower' | null;
}

/** A mechanism: the result field holding its per-contact-type list, a title, and its known fields in display order. */
export interface MechanismBlock {
  /** The result field (`messagingSessions`): a list of `{ name, ...fields }` per contact type. */
  readonly key: string;
  /** Title of its table (`messaging sessions`). */
  readonly title: string;
  /** The known fields, in display order; other fields present follow them, in result order. */
  readonly fields: readonly MechanismField[];
  /** The field drawn in the report's chart of shares (a share per contact type), if any. */
  readonly share?: string;
}

const f = (field: string, label: string, unit: MechanismUnit, better: MechanismField['better'] = null): MechanismField => ({ field, label, unit, better });

/** The mechanisms shown, in the order of the tables. */
export const MECHANISM_BLOCKS: readonly MechanismBlock[] = [
  {
    key: 'selfService',
    title: 'self-service (bot)',
    share: 'containmentRate',
    fields: [
      f('sessions', 'sessions', 'count'),
      f('contained', 'contained', 'count'),
      f('escalated', 'escalated to an agent', 'count'),
      f('optedOut', 'opted out', 'count'),
      f('containmentRate', 'containment rate', 'percent', 'higher'),
      f('meanTime', 'mean time in self-service', 'seconds'),
    ],
  },
  {
    key: 'messagingSessions',
    title: 'messaging sessions',
    share: 'resolutionRate',
    fields: [
      f('sessions', 'sessions', 'count'),
      f('resolved', 'resolved', 'count'),
      f('timedOut', 'timed out', 'count', 'lower'),
      f('resolutionRate', 'resolution rate', 'percent', 'higher'),
      f('meanFirstResponseTime', 'first response', 'seconds', 'lower'),
      f('meanResponseTime', 'response per reply', 'seconds', 'lower'),
      f('meanResolutionTime', 'resolution time', 'seconds', 'lower'),
      f('meanTurns', 'turns per session', 'count'),
      f('meanAgentTime', 'agent time per session', 'seconds'),
      f('meanSlotTime', 'slot time per session', 'seconds'),
    ],
  },
  {
    key: 'interruptions',
    title: 'interruptions by calls',
    fields: [
      f('served', 'served', 'count'),
      f('interrupted', 'interrupted', 'count'),
      f('interruptions', 'interruptions', 'count'),
      f('interruptionsPerContact', 'interruptions per contact', 'count', 'lower'),
      f('meanSuspendedTime', 'time suspended per contact', 'seconds', 'lower'),
      f('meanHandleTime', 'handle time', 'seconds'),
    ],
  },
  {
    key: 'silentAbandonment',
    title: 'silent abandonment',
    share: 'silentAbandonedShare',
    fields: [
      f('served', 'served', 'count'),
      f('silentAbandoned', 'found gone', 'count', 'lower'),
      f('silentAbandonedShare', 'share found gone', 'percent', 'lower'),
      f('meanDiscoveryTime', 'time to find them gone', 'seconds', 'lower'),
    ],
  },
];

/** A field the blocks do not list: labelled from its camelCase name, its unit read from the name. */
export function unlistedField(field: string): MechanismField {
  const label = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  const unit: MechanismUnit = /(Rate|Share)$/.test(field) ? 'percent' : /Time$/.test(field) ? 'seconds' : 'count';
  return f(field, label, unit);
}

/** The layout of one block in a result: its contact types and fields, and the metric path of each cell. */
export interface MechanismLayout {
  readonly block: MechanismBlock;
  /** Contact types with results, in result order. */
  readonly names: readonly string[];
  /** Known fields present, then unlisted ones, in result order. */
  readonly fields: readonly MechanismField[];
  /** The metric path of a type's field. */
  readonly path: (name: string, field: string) => string;
}

/** `<name>.<field>` or `["<name>"].<field>` after a block's key; null for another shape (a nested field). */
function nameAndField(rest: string): { name: string; field: string } | null {
  let name: string;
  let tail: string;
  if (rest.startsWith('.')) {
    const end = rest.indexOf('.', 1);
    if (end < 0) return null;
    name = rest.slice(1, end);
    tail = rest.slice(end);
  } else if (rest.startsWith('["')) {
    const end = rest.indexOf('"]');
    if (end < 0) return null;
    name = JSON.parse(rest.slice(1, end + 1)) as string;
    tail = rest.slice(end + 2);
  } else return null;
  const field = tail.slice(1);
  return tail.startsWith('.') && /^[A-Za-z]+$/.test(field) ? { name, field } : null;
}

/**
 * The blocks present in `metrics` (metric paths of a run or of an experiment), in
 * {@link MECHANISM_BLOCKS} order, each with its contact types and fields; none for a scenario that
 * uses none of the mechanisms.
 */
export function mechanismLayouts(metrics: readonly string[]): MechanismLayout[] {
  return MECHANISM_BLOCKS.flatMap((block) => {
    const names: string[] = [];
    const present: string[] = [];
    for (const path of metrics) {
      if (!path.startsWith(block.key)) continue;
      const parsed = nameAndField(path.slice(block.key.length));
      if (parsed === null) continue;
      if (!names.includes(parsed.name)) names.push(parsed.name);
      if (!present.includes(parsed.field)) present.push(parsed.field);
    }
    if (names.length === 0) return [];
    const known = block.fields.filter((k) => present.includes(k.field));
    const others = present.filter((p) => !block.fields.some((k) => k.field === p)).map(unlistedField);
    return [{ block, names, fields: [...known, ...others], path: (name: string, field: string) => metricPath(block.key, name, field) }];
  });
}
