import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, resolve } from 'node:path';
import { mergeScenario } from './merge';
import { ScenarioFileError, readScenarioDocument } from './read-document';
import { quoteExcerpt } from '../util/excerpt';
import { describeValue } from './schema-parts';
import { sourceOfPath } from './value-source';

/**
 * `extends` in scenario files: a file names a base file (relative to itself) and overrides parts
 * of it; bases may extend further bases. The chain is read, checked for cycles and merged with
 * `mergeScenario`, base first.
 *
 * @module
 */

/** The field of a scenario file that names its base file. */
export const EXTENDS_KEY = 'extends';

/** One file of an `extends` chain. */
export interface ScenarioFileLayer {
  /** The file as named: the path given for the first, then relative to the extending file's. */
  readonly file: string;
  /** Its document, without `extends`. */
  readonly document: unknown;
}

/** A scenario file with its `extends` chain resolved. */
export interface LoadedScenarioFile {
  /** The merged scenario, without `extends`, not yet validated. */
  readonly input: unknown;
  /** The files read: the given file first, then its base, the base's base, ... */
  readonly files: readonly string[];
  /**
   * The file whose document set the value at `path` of `input` (a path as in scenario issues:
   * `contactTypes[1].handleTime.cv`); for a value no file sets (a missing field), the file that
   * set the closest enclosing value. Always the given file when nothing is extended.
   */
  sourceOf(path: string): string;
}

function isPlain(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The chain of layers, the given file first. */
function readChain(path: string): ScenarioFileLayer[] {
  const layers: ScenarioFileLayer[] = [];
  const seen: string[] = [];
  let file = path;
  let absolute = resolve(path);
  let document: unknown = readScenarioDocument(file);
  for (;;) {
    seen.push(absolute);
    const base = isPlain(document) ? document[EXTENDS_KEY] : undefined;
    if (base === undefined) {
      layers.push({ file, document });
      return layers;
    }
    if (typeof base !== 'string' || base.trim() === '') {
      throw new ScenarioFileError(file, `${file}: ${EXTENDS_KEY}: must be the path of a scenario file (a string), got ${describeValue(base)}`);
    }
    const { [EXTENDS_KEY]: _, ...rest } = document as Record<string, unknown>;
    layers.push({ file, document: rest });
    const baseFile = isAbsolute(base) ? base : normalize(join(dirname(file), base));
    const baseAbsolute = isAbsolute(base) ? base : resolve(dirname(absolute), base);
    const at = seen.indexOf(baseAbsolute);
    if (at >= 0) {
      const names = [...layers.map((l) => l.file), layers[at]!.file];
      throw new ScenarioFileError(path, `${path}: ${EXTENDS_KEY}: files extend each other in a cycle: ${names.join(' → ')}`);
    }
    if (!existsSync(baseAbsolute)) {
      throw new ScenarioFileError(file, `${file}: ${EXTENDS_KEY}: no such file ${quoteExcerpt(base)} (looked for ${baseFile})`);
    }
    document = readScenarioDocument(baseFile, { file, field: EXTENDS_KEY, as: quoteExcerpt(base) });
    if (!isPlain(document)) {
      throw new ScenarioFileError(baseFile, `${baseFile}: a scenario file that is extended must be a mapping of fields, got ${describeValue(document)} (extended by ${file})`);
    }
    file = baseFile;
    absolute = baseAbsolute;
  }
}

/** Merges the layers, base first; a failed merge names the file that asked for it. */
function mergeLayers(layers: readonly ScenarioFileLayer[]): unknown {
  let merged = layers[layers.length - 1]!.document;
  for (let i = layers.length - 2; i >= 0; i--) {
    const layer = layers[i]!;
    if (!isPlain(layer.document)) return layer.document;
    try {
      merged = mergeScenario(merged as Record<string, unknown>, layer.document);
    } catch (error) {
      throw new ScenarioFileError(layer.file, `${layer.file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return merged;
}

/**
 * Reads a scenario file and the files it `extends`, and merges them: the base first, then each
 * extending file over it with `mergeScenario` (objects merge field by field; `segments`, `sites`,
 * `contactTypes` and `agentGroups` merge by `name`, `{ name, remove: true }` removes an element;
 * other lists are replaced whole; `null` removes a field). `extends` is a path relative to the
 * file that says it, to a YAML or JSON file.
 *
 * @param path - the scenario file
 * @returns the merged input with the files read and where each value came from
 * @throws ScenarioFileError when a file cannot be read or parsed, a base does not exist
 *   (`child.yaml: extends: no such file './base.yaml' (looked for examples/base.yaml)`), the
 *   files extend each other in a cycle (`a.yaml: extends: files extend each other in a cycle:
 *   a.yaml → b.yaml → a.yaml`), or an override removes an element its base lacks
 *
 * @example
 * const { input, sourceOf } = loadScenarioFile('scenarios/peak-day.yaml');
 * const result = parseScenario(input);
 */
export function loadScenarioFile(path: string): LoadedScenarioFile {
  const layers = readChain(path);
  const input = mergeLayers(layers);
  const files = layers.map((l) => l.file);
  return {
    input,
    files,
    sourceOf: (at: string) => (layers.length === 1 ? path : sourceOfPath(layers, input, at)),
  };
}
