import type { z } from 'zod';
import { closestName } from '../util/closest-name';
import type { IssueList, PathElement } from './errors';
import {
  agentGroupSchema,
  contactTypeSchema,
  scenarioSchema,
  segmentSchema,
  siteSchema,
  type ParsedAgentGroup,
  type ParsedContactType,
  type ParsedScenario,
  type ParsedSegment,
  type ParsedSite,
} from './schema';
import { describeValue } from './schema-parts';
import { addZodIssues } from './zod-issues';

/**
 * The schema pass, run field by field and list element by list element, so that one bad
 * element does not hide the others: every part that parses is kept (for later checks) and every
 * part that does not contributes its issues.
 *
 * @module
 */

/** The parts of a scenario that passed the schema; `undefined` where a part had errors. */
export interface ParsedParts {
  /** Top-level fields other than the named lists (undefined where invalid). */
  readonly fields: { readonly [K in keyof ParsedScenario]?: ParsedScenario[K] };
  /** Elements of each named list; an element is undefined when it had errors. */
  readonly segments: readonly (ParsedSegment | undefined)[] | undefined;
  readonly sites: readonly (ParsedSite | undefined)[] | undefined;
  readonly contactTypes: readonly (ParsedContactType | undefined)[] | undefined;
  readonly agentGroups: readonly (ParsedAgentGroup | undefined)[] | undefined;
  /** True when every part parsed. */
  readonly complete: boolean;
}

const LISTS = {
  segments: { schema: segmentSchema, noun: 'segment' },
  sites: { schema: siteSchema, noun: 'site' },
  contactTypes: { schema: contactTypeSchema, noun: 'contact type' },
  agentGroups: { schema: agentGroupSchema, noun: 'agent group' },
} as const;

type ListKey = keyof typeof LISTS;

function isListKey(key: string): key is ListKey {
  return Object.prototype.hasOwnProperty.call(LISTS, key);
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, path: readonly PathElement[], out: IssueList): T | undefined {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  addZodIssues(result.error.issues, value, path, out);
  return undefined;
}

/**
 * Runs the schema over `input`, adding issues to `out`.
 *
 * @param input - the scenario as loaded from YAML/JSON or written in code
 */
export function parseParts(input: unknown, out: IssueList): ParsedParts {
  const before = out.length;
  const fields: Record<string, unknown> = {};
  const lists: Partial<Record<ListKey, unknown[] | undefined>> = {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    out.add('', `a scenario must be an object (a mapping of fields), got ${describeValue(input)}`);
    return { fields: {}, segments: undefined, sites: undefined, contactTypes: undefined, agentGroups: undefined, complete: false };
  }
  const raw = input as Record<string, unknown>;
  const shape = scenarioSchema.shape as Record<string, z.ZodType>;
  const known = Object.keys(shape);
  for (const key of Object.keys(raw)) {
    if (known.includes(key) || raw[key] === undefined) continue;
    const suggestion = closestName(key, known);
    out.add([key], `unknown field${suggestion === undefined ? `; known: ${known.join(', ')}` : `; did you mean '${suggestion}'?`}`);
  }
  for (const key of known) {
    const value = raw[key];
    if (isListKey(key) && Array.isArray(value)) {
      const { schema, noun } = LISTS[key];
      if (value.length === 0) {
        out.add([key], `must list at least one ${noun}`);
        lists[key] = undefined;
        continue;
      }
      // Array.from visits holes of a sparse list (as undefined), which map would skip
      lists[key] = Array.from(value, (element: unknown, i) => {
        if (element !== undefined) return parseWith(schema as z.ZodType, element, [key, i], out);
        out.add([key, i], `must be a ${noun} (an object), got nothing`);
        return undefined;
      });
      continue;
    }
    const parsed = parseWith(shape[key] as z.ZodType, value, [key], out);
    if (isListKey(key)) lists[key] = parsed as unknown[] | undefined;
    else if (parsed !== undefined) fields[key] = parsed;
  }
  return {
    fields: fields as ParsedParts['fields'],
    segments: lists.segments as ParsedParts['segments'],
    sites: lists.sites as ParsedParts['sites'],
    contactTypes: lists.contactTypes as ParsedParts['contactTypes'],
    agentGroups: lists.agentGroups as ParsedParts['agentGroups'],
    complete: out.length === before,
  };
}
