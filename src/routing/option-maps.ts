import { didYouMean } from '../util/closest-name';
import type { OptionReader } from './option-reader';
import { describeValue, isPlainRecord } from './options';

/**
 * Options that give a number per contact type or agent group (`{ billing: 2, sales: 1 }`), or per
 * (contact type, agent group) pair (`{ billing: { tier1: 0.5 } }`), read with every problem
 * recorded in an {@link OptionReader}. Without the model's names only the shapes and numbers are
 * checked; with them, the names too.
 *
 * @module
 */

/** What a number in a map may be. */
export interface NumberRule {
  /** Smallest value allowed. @default -Infinity */
  readonly min?: number;
  /** Whether `min` itself is allowed. @default true */
  readonly minIncluded?: boolean;
}

function numberIssue(value: unknown, rule: NumberRule): string | null {
  const min = rule.min ?? -Infinity;
  const included = rule.minIncluded ?? true;
  // (Number.isFinite is false for every non-number.)
  const ok = Number.isFinite(value) && (included ? (value as number) >= min : (value as number) > min);
  if (ok) return null;
  const bound = min === -Infinity ? '' : ` ${included ? '≥' : '>'} ${min}`;
  return `must be a finite number${bound}, got ${describeValue(value)}`;
}

/**
 * Reads `options[key]`, a map from names of one kind to numbers; returns one value per name
 * (`fallback` where absent or bad). `names` undefined: shapes only (the result has no entries).
 */
export function readNumberByName(
  reader: OptionReader,
  key: string,
  kind: string,
  names: readonly string[] | undefined,
  fallback: number,
  rule: NumberRule = {},
): Float64Array {
  const out = new Float64Array(names?.length ?? 0).fill(fallback);
  const raw = reader.options[key];
  if (raw === undefined) return out;
  if (!isPlainRecord(raw)) {
    reader.add([key], `must be an object mapping ${kind} names to numbers, got ${describeValue(raw)}`, true);
    return out;
  }
  for (const [name, value] of Object.entries(raw)) {
    // Stryker disable next-line UnaryOperator: without names the table is empty, and a write to it is ignored
    const id = names === undefined ? -1 : names.indexOf(name);
    if (names !== undefined && id < 0) reader.add([key, name], `unknown ${kind} '${name}'${didYouMean(name, names)}`);
    const issue = numberIssue(value, rule);
    if (issue !== null) {
      reader.add([key, name], issue, typeof value !== 'number');
      continue;
    }
    // Stryker disable next-line ConditionalExpression: id is -1 for an unknown name (an issue: the table is not used) or without names (an empty table); a typed array ignores a write at -1
    if (id >= 0) out[id] = value as number;
  }
  return out;
}

/**
 * Reads `options[key]` given either as one number for every (type, group) pair or as
 * `{ <type>: number | { <group>: number } }`; pairs not given take `fallback`. Returns a
 * `types × groups` table, row-major by type.
 */
export function readNumberByPair(
  reader: OptionReader,
  key: string,
  typeNames: readonly string[] | undefined,
  groupNames: readonly string[] | undefined,
  fallback: number,
  rule: NumberRule = {},
): Float64Array {
  const groups = groupNames?.length ?? 0;
  const out = new Float64Array((typeNames?.length ?? 0) * groups).fill(fallback);
  const raw = reader.options[key];
  if (raw === undefined) return out;
  // (A number is not a plain record.)
  if (!isPlainRecord(raw)) {
    const issue = numberIssue(raw, rule);
    if (issue !== null) reader.add([key], `${issue} (or an object by contact type, then by agent group)`, typeof raw !== 'number');
    else out.fill(raw as number);
    return out;
  }
  for (const [typeName, byGroup] of Object.entries(raw)) {
    // Stryker disable next-line UnaryOperator: without names the table is empty, and a write to it is ignored
    const type = typeNames === undefined ? -1 : typeNames.indexOf(typeName);
    if (typeNames !== undefined && type < 0) reader.add([key, typeName], `unknown contact type '${typeName}'${didYouMean(typeName, typeNames)}`);
    if (!isPlainRecord(byGroup)) {
      const issue = numberIssue(byGroup, rule);
      if (issue !== null) {
        reader.add([key, typeName], `${issue} (or an object by agent group)`, typeof byGroup !== 'number');
        continue;
      }
      // Stryker disable next-line ConditionalExpression: for type -1 (an unknown name or no names) fill(v, −groups, 0) fills nothing: its end is not after its start
      if (type >= 0) out.fill(byGroup as number, type * groups, (type + 1) * groups);
      continue;
    }
    for (const [groupName, value] of Object.entries(byGroup)) {
      // Stryker disable next-line UnaryOperator: without names the table is empty, and a write to it is ignored
      const group = groupNames === undefined ? -1 : groupNames.indexOf(groupName);
      if (groupNames !== undefined && group < 0) reader.add([key, typeName, groupName], `unknown agent group '${groupName}'${didYouMean(groupName, groupNames)}`);
      const issue = numberIssue(value, rule);
      if (issue !== null) {
        reader.add([key, typeName, groupName], issue, typeof value !== 'number');
        continue;
      }
      // Stryker disable next-line ConditionalExpression,LogicalOperator: -1 is an unknown name (an issue: the table is not used) or no names (an empty table, writes ignored)
      if (type >= 0 && group >= 0) out[type * groups + group] = value as number;
    }
  }
  return out;
}
