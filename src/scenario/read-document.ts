import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readTextFile, UnreadableFileError } from './read-text';
import { checkYamlSize } from './yaml-size';

/**
 * Reading one scenario file (YAML or JSON) into a plain, unvalidated document, with errors that
 * name the file and, for syntax errors, the line and column.
 *
 * @module
 */

/** A scenario file that cannot be read, parsed or combined with the files it extends. */
export class ScenarioFileError extends Error {
  /** The file the problem is in, as the caller named it (bases: relative to the extending file). */
  readonly file: string;

  /**
   * @param file - the file the problem is in
   * @param message - the whole message, starting with the file's name
   */
  constructor(file: string, message: string) {
    super(message);
    this.name = 'ScenarioFileError';
    this.file = file;
  }
}

/** `line L, column C` (1-based) of a character offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

function jsonMessage(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /at position (\d+)/.exec(message);
  if (at === null || /line \d+/.test(message)) return message;
  const { line, column } = lineAndColumn(text, Number(at[1]));
  return `${message.replace(/\s*at position \d+.*$/, '')} at line ${line}, column ${column}`;
}

/**
 * Reads one scenario file (YAML or JSON, by extension; YAML is a superset of JSON so anything
 * else is read as YAML) and returns the raw document, without resolving `extends`. A YAML file too
 * large for the YAML parser's memory (see `checkYamlSize`) is read with `JSON.parse` when its text
 * is JSON, and refused with a located message otherwise.
 *
 * @param path - the file
 * @param namedBy - the file and field that named `path`, and `path` as written there
 *   (`{ file: 'child.yaml', field: 'extends', as: "'adir'" }`),
 *   for the message when `path` cannot be read: `child.yaml: extends: cannot read 'adir' (looked for
 *   dir/adir): it is a folder, not a file`
 * @throws ScenarioFileError with a one-line message naming the file (and the line and column of
 *   a syntax error: `a.yaml: not valid YAML: Map keys must be unique at line 2, column 1`; an
 *   empty file: `a.yaml: the file is empty`; a folder, a binary file: see `readTextFile`)
 */
export function readScenarioDocument(path: string, namedBy?: { readonly file: string; readonly field: string; readonly as: string }): unknown {
  let text: string;
  try {
    text = readTextFile(path);
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    if (namedBy === undefined) throw new ScenarioFileError(path, error.message);
    throw new ScenarioFileError(namedBy.file, `${namedBy.file}: ${namedBy.field}: cannot read ${namedBy.as} (looked for ${path}): ${error.problem}`);
  }
  return parseScenarioDocument(text, path, extname(path).toLowerCase() === '.json');
}

/**
 * Parses the text of a scenario document (YAML, or JSON when `json`), with the messages of
 * {@link readScenarioDocument}.
 *
 * @param path - names the text in messages: its file, or `<stdin>`
 * @throws ScenarioFileError on an empty text, a syntax error (with its line and column), or a YAML
 *   text too large for the YAML parser
 */
export function parseScenarioDocument(text: string, path: string, json: boolean): unknown {
  // YAML reads an empty file (or one with only comments) as null: say what it is.
  // (a line whose first non-blank character is not '#' has content; found without copying the text)
  if (json ? /^\s*$/.test(text) : !/^[^\S\n]*[^\s#]/m.test(text)) throw new ScenarioFileError(path, `${path}: the file is empty`);
  if (!json) {
    const tooLarge = checkYamlSize(text);
    if (tooLarge !== undefined) {
      const document = parseJsonOrUndefined(text);
      if (document !== undefined) return document;
      throw new ScenarioFileError(path, `${path}: ${tooLarge}`);
    }
  }
  try {
    return json ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const message = json ? jsonMessage(error, text) : error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new ScenarioFileError(path, `${path}: not valid ${json ? 'JSON' : 'YAML'}: ${message.replace(/:$/, '')}`);
  }
}

/** The document of a text that is JSON, or undefined (JSON cannot be `undefined`). */
function parseJsonOrUndefined(text: string): unknown {
  if (!/^\s*[[{]/.test(text)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
