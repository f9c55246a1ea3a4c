import { EXCERPT_LENGTH } from '../util/excerpt';
/**
 * Problems found in a scenario, each tied to the place in the scenario where it was written.
 *
 * @module
 */

/** One problem (error or warning) in a scenario. */
export interface ScenarioIssue {
  /** Where: `agentGroups[2].skills.billing`; `''` for the scenario as a whole. */
  readonly path: string;
  /** What: `proficiency must be an integer between 1 and 5, got 7`. */
  readonly message: string;
}

/** A path element: an object key or an array index. */
export type PathElement = string | number;

const PLAIN_KEY = /^[\w$-]{1,80}$/;

/**
 * Formats a path as users read it: `['contactTypes', 0, 'handleTime']` →
 * `contactTypes[0].handleTime`. Keys that are not plain words are quoted: `skills["a b"]`; a key
 * longer than 80 characters is cut (`["xxx…"]`), as a long value in a message is.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const element of path) {
    if (typeof element === 'number') text += `[${element}]`;
    else if (typeof element === 'symbol') text += `[${String(element)}]`;
    else if (PLAIN_KEY.test(element)) text += text === '' ? element : `.${element}`;
    else text += `[${JSON.stringify(element.length > EXCERPT_LENGTH ? `${element.slice(0, EXCERPT_LENGTH)}…` : element)}]`;
  }
  return text;
}

/** Formats one issue as `path: message` (just the message when the path is empty). */
export function formatIssue(issue: ScenarioIssue): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
}

/**
 * Thrown by `resolveScenario` when a scenario has errors. `message` lists every issue, one per
 * line as `path: message`, ready for a command line to print as is.
 */
export class ScenarioError extends Error {
  /** Every error found, in the order found. */
  readonly issues: readonly ScenarioIssue[];
  /** Warnings found alongside the errors. */
  readonly warnings: readonly ScenarioIssue[];

  /**
   * @param issues - the errors (at least one)
   * @param warnings - warnings to carry along
   */
  constructor(issues: readonly ScenarioIssue[], warnings: readonly ScenarioIssue[] = []) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ScenarioError';
    this.issues = issues;
    this.warnings = warnings;
  }
}

/** Collects issues, dropping exact duplicates. */
export class IssueList {
  private readonly seen = new Set<string>();
  private readonly paths: (readonly PathElement[] | undefined)[] = [];
  /** The issues in the order added. */
  readonly items: ScenarioIssue[] = [];

  /** Adds an issue at `path` (path elements, or an already formatted path). */
  add(path: string | readonly PathElement[], message: string): void {
    const text = typeof path === 'string' ? path : formatPath(path);
    const key = `${text}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push({ path: text, message });
    this.paths.push(typeof path === 'string' ? (path === '' ? [] : undefined) : path);
  }

  /** Number of issues. */
  get length(): number {
    return this.items.length;
  }

  /**
   * The issues in document order: by position in `input` (keys in the order written, list
   * elements by index), an object's own issues before those of its fields; issues at paths
   * absent from `input` (unknown or missing fields) come after the known fields of their object.
   */
  inDocumentOrder(input: unknown): ScenarioIssue[] {
    const keys = this.items.map((_, i) => sortKey(input, this.paths[i]));
    const order = this.items.map((_, i) => i);
    order.sort((a, b) => compareKeys(keys[a] as number[], keys[b] as number[]) || a - b);
    return order.map((i) => this.items[i] as ScenarioIssue);
  }
}

/** Position of each path element in `input`: array index, or index of the key in its object. */
function sortKey(input: unknown, path: readonly PathElement[] | undefined): number[] {
  if (path === undefined) return [Infinity];
  const key: number[] = [];
  let value = input;
  for (const element of path) {
    if (typeof element === 'number') key.push(element);
    else {
      const object = typeof value === 'object' && value !== null ? Object.keys(value) : [];
      const at = object.indexOf(element);
      key.push(at < 0 ? object.length : at);
    }
    value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[element] : undefined;
  }
  return key;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}
