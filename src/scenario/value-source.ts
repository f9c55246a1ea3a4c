import type { PathElement } from './errors';
import { NAMED_LISTS } from './merge';

/**
 * Which file of an `extends` chain a value of the merged scenario came from, for error messages.
 *
 * @module
 */

const TOKEN = /^(?:\.?([\w$-]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;

/**
 * Parses a path as `formatPath` writes it (`contactTypes[0].skills["a b"]`) back into its
 * elements; undefined when the text is not such a path.
 */
export function parsePath(text: string): PathElement[] | undefined {
  const out: PathElement[] = [];
  let rest = text;
  while (rest !== '') {
    const match = TOKEN.exec(rest);
    if (match === null) return undefined;
    if (match[1] !== undefined) out.push(match[1]);
    else if (match[2] !== undefined) out.push(Number(match[2]));
    else out.push(JSON.parse(match[3] as string) as string);
    rest = rest.slice(match[0].length);
  }
  return out;
}

type Layer = { readonly file: string; readonly document: unknown };

function child(value: unknown, key: PathElement): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return (value as Record<PropertyKey, unknown>)[key];
}

/**
 * True when `document` itself writes a value at `path` of the merged scenario. Elements of the
 * named lists are found by name (an index of the merged list is not an index of the file's).
 */
function writes(document: unknown, merged: unknown, path: readonly PathElement[]): boolean {
  let value = document;
  let at = 0;
  const list = path[0];
  if (typeof list === 'string' && (NAMED_LISTS as readonly string[]).includes(list) && typeof path[1] === 'number') {
    const name = child(child(child(merged, list), path[1]), 'name');
    const items = child(document, list);
    if (!Array.isArray(items)) return false;
    value = items.find((item) => child(item, 'name') === name);
    at = 2;
  }
  for (; at < path.length && value !== undefined; at++) value = child(value, path[at] as PathElement);
  return value !== undefined && value !== null;
}

/**
 * The file of `layers` (the extending file first, its bases after) that set the value at `path`
 * of `merged`: the first whose document writes it; for a value no file writes (a missing field),
 * the one that wrote the closest enclosing value; the first file when nothing matches.
 *
 * @param layers - the chain, extending file first, documents without `extends`
 * @param merged - the merged scenario
 * @param path - a path as in scenario issues
 */
export function sourceOfPath(layers: readonly Layer[], merged: unknown, path: string): string {
  const first = layers[0]?.file ?? '';
  const elements = parsePath(path);
  if (elements === undefined) return first;
  for (let length = elements.length; length > 0; length--) {
    const prefix = elements.slice(0, length);
    const layer = layers.find((l) => writes(l.document, merged, prefix));
    if (layer !== undefined) return layer.file;
  }
  return first;
}
