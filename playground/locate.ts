import { isNode, LineCounter, parseDocument } from 'yaml';

/**
 * Where a scenario problem was written: a field path as routelab prints it
 * (`agentGroups[0].agents`, `skills["a b"]`) mapped to a line of the YAML text, through the source
 * ranges the `yaml` library keeps. A path whose field is missing (a required field left out)
 * points at its nearest written ancestor.
 *
 * @module
 */

/** A problem placed in the text: 1-based line and column, and the path actually found there. */
export interface TextLocation {
  /** 1-based line of the field's value (or of its nearest written ancestor). */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** The part of the path that was found in the text (shorter than asked when a field is missing). */
  readonly foundPath: readonly (string | number)[];
}

/**
 * Splits a formatted path into its elements: `a.b[2]["c d"]` → `['a', 'b', 2, 'c d']`. The
 * inverse of routelab's `formatPath` for the paths it prints.
 *
 * @param path - a path as in `ScenarioIssue.path`
 */
export function pathElements(path: string): (string | number)[] {
  const elements: (string | number)[] = [];
  const pattern = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([^.[\]]+)/g;
  for (const match of path.matchAll(pattern)) {
    if (match[1] !== undefined) elements.push(Number(match[1]));
    else if (match[2] !== undefined) elements.push(JSON.parse(match[2]) as string);
    else if (match[3] !== undefined) elements.push(match[3]);
  }
  return elements;
}

/**
 * Finds the line of a field path in a YAML (or JSON) text.
 *
 * @param text - the scenario text
 * @param path - the path (`''` for the scenario as a whole: no location)
 * @returns the location, or `undefined` when the text does not parse or the path is empty
 */
export function locatePath(text: string, path: string): TextLocation | undefined {
  const elements = pathElements(path);
  if (elements.length === 0) return undefined;
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  if (document.errors.length > 0) return undefined;
  for (let length = elements.length; length > 0; length -= 1) {
    const prefix = elements.slice(0, length);
    const node: unknown = document.getIn(prefix, true);
    if (isNode(node) && node.range !== undefined && node.range !== null) {
      const position = lineCounter.linePos(node.range[0]);
      return { line: position.line, column: position.col, foundPath: prefix };
    }
  }
  return undefined;
}
