import type { z } from 'zod';
import { closestName, didYouMean } from '../util/closest-name';
import type { IssueList, PathElement } from './errors';
import { describeValue, UNKNOWN_FIELD, type UnknownFieldParams } from './schema-parts';

/**
 * Turns zod issues into `path: message` issues a scenario author understands: unknown fields
 * with a suggestion, missing required fields, wrong types named in plain words, and the
 * relevant branch of a union instead of every branch's complaint.
 *
 * @module
 */

type ZodIssue = z.core.$ZodIssue;

const TYPE_WORDS: Readonly<Record<string, string>> = {
  number: 'a number',
  int: 'a whole number',
  string: 'a string',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object (a mapping of fields)',
  record: 'an object (a mapping of names)',
};

/** The value at `path` inside `root`, or undefined. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** True when `path` names a field absent from an object that exists. */
function isMissingField(root: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return root === undefined;
  const parent = valueAt(root, path.slice(0, -1));
  if (typeof parent !== 'object' || parent === null || Array.isArray(parent)) return false;
  return (parent as Record<PropertyKey, unknown>)[path[path.length - 1] as PropertyKey] === undefined;
}

function isUnknownField(params: unknown): params is UnknownFieldParams {
  return typeof params === 'object' && params !== null && (params as Record<string, unknown>)[UNKNOWN_FIELD] === true;
}

/** True when `input` has the JavaScript type a zod `expected` names (`int` is a number). */
function hasExpectedType(expected: string, input: unknown): boolean {
  switch (expected) {
    case 'number':
    case 'int':
      return typeof input === 'number';
    case 'array':
      return Array.isArray(input);
    case 'object':
    case 'record':
      return typeof input === 'object' && input !== null && !Array.isArray(input);
    default:
      return typeof input === expected;
  }
}

/** True when a union branch failed only because the input has another type than it takes. */
function isTypeMismatch(issues: readonly ZodIssue[], input: unknown): boolean {
  return issues.every(
    (issue) =>
      issue.path.length === 0 &&
      (issue.code === 'invalid_value' || (issue.code === 'invalid_type' && !hasExpectedType(issue.expected, input))),
  );
}

function expectedWords(issue: ZodIssue & { code: 'invalid_type' }): string {
  return TYPE_WORDS[issue.expected] ?? issue.expected;
}

/**
 * Adds the issues of a failed zod parse to `out`, prefixing `base` to their paths.
 *
 * @param issues - zod's issues (parsed with `reportInput: true`)
 * @param input - the value that was parsed (to tell a missing field from a wrong one)
 * @param base - path of `input` inside the scenario
 * @param out - where issues go
 */
export function addZodIssues(issues: readonly ZodIssue[], input: unknown, base: readonly PathElement[], out: IssueList): void {
  for (const issue of issues) addZodIssue(issue, input, base, out);
}

function addZodIssue(issue: ZodIssue, input: unknown, base: readonly PathElement[], out: IssueList): void {
  const local = issue.path as PathElement[];
  const path = [...base, ...local];
  switch (issue.code) {
    case 'custom': {
      if (isUnknownField(issue.params)) {
        const key = String(local[local.length - 1]);
        const { known, noun } = issue.params;
        // one-character keys (proficiency levels) are all one edit apart: list them instead
        const suggestion = key.length >= 3 ? closestName(key, known) : undefined;
        const tail = suggestion !== undefined ? `; did you mean '${suggestion}'?` : `; known: ${known.join(', ')}`;
        out.add(path, `unknown ${noun}${tail}`);
      } else {
        out.add(path, issue.message);
      }
      return;
    }
    case 'invalid_type': {
      if (isMissingField(input, local)) out.add(path, 'required field is missing');
      else if (issue.message.startsWith('Invalid input')) out.add(path, `must be ${expectedWords(issue)}, got ${describeValue(issue.input)}`);
      else out.add(path, issue.message);
      return;
    }
    case 'invalid_union': {
      const discriminator = (issue as { discriminator?: string }).discriminator;
      if (discriminator !== undefined) {
        addDiscriminatorIssue(issue, discriminator, path, out);
        return;
      }
      const value = valueAt(input, local);
      const matching = issue.errors.filter((branch) => !isTypeMismatch(branch, value));
      if (matching.length === 1) {
        addZodIssues(matching[0] as ZodIssue[], value, path, out);
      } else if (isMissingField(input, local)) {
        out.add(path, 'required field is missing');
      } else if (issue.message !== 'Invalid input') {
        out.add(path, issue.message);
      } else {
        out.add(path, `has an unexpected form, got ${describeValue(issue.input)}`);
      }
      return;
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const got = issue.input;
      if (isMissingField(input, local)) {
        out.add(path, `required field is missing; one of ${options.join(', ')}`);
      } else {
        const hint = typeof got === 'string' ? didYouMean(got, options) : '';
        out.add(path, `must be one of ${options.join(', ')}, got ${describeValue(got)}${hint}`);
      }
      return;
    }
    case 'too_small':
    case 'too_big': {
      if (!issue.message.startsWith('Too ')) {
        out.add(path, issue.message);
        return;
      }
      const small = issue.code === 'too_small';
      const bound = small ? issue.minimum : issue.maximum;
      if (issue.origin === 'array') {
        out.add(path, small ? `must list at least ${String(bound)} item(s)` : `must list at most ${String(bound)} item(s)`);
      } else if (issue.origin === 'string') {
        out.add(path, small ? 'must not be empty' : `must be at most ${String(bound)} characters`);
      } else {
        const relation = small ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<';
        out.add(path, `must be ${relation} ${String(bound)}, got ${describeValue(issue.input)}`);
      }
      return;
    }
    default:
      out.add(path, issue.message);
  }
}

function addDiscriminatorIssue(issue: ZodIssue & { code: 'invalid_union' }, key: string, path: PathElement[], out: IssueList): void {
  const options = ((issue as { options?: unknown[] }).options ?? []).map(String);
  const object = issue.input;
  const isObject = typeof object === 'object' && object !== null && !Array.isArray(object);
  // zod puts the discriminator key at the end of the path; report on the object when it is not one
  const at = path[path.length - 1] === key ? path.slice(0, -1) : path;
  if (!isObject) {
    out.add(at, `must be a distribution like { kind: 'exponential', mean: '3m' }, got ${describeValue(object)}`);
    return;
  }
  const value = (object as Record<string, unknown>)[key];
  if (value === undefined) {
    out.add([...at, key], `required field is missing; one of ${options.join(', ')}`);
  } else {
    const hint = typeof value === 'string' ? didYouMean(value, options) : '';
    out.add([...at, key], `unknown distribution ${key} ${describeValue(value)}${hint === '' ? `; known: ${options.join(', ')}` : hint}`);
  }
}
