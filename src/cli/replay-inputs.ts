import { readFileSync, statSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { importCallRecords } from '../records/import-records';
import { BUILT_IN_MAPPINGS, parseMapping, type RecordMapping } from '../records/mapping';
import { RecordsError } from '../records/records-error';
import type { ImportedRecords } from '../records/call-record';
import { didYouMean } from '../util/closest-name';
import { CliError } from './cli-error';
import { SCENARIO_EXIT_CODE } from './load-scenario';

/**
 * The inputs of `routelab replay`: the record file and its mapping (a built-in name or a YAML /
 * JSON mapping file). Problems with the data or the mapping's content exit with code 2, like a
 * scenario's; a missing file or an unknown mapping name is a usage error (code 1).
 *
 * @module
 */

function readText(file: string, what: string): string {
  let isFile: boolean;
  try {
    isFile = statSync(file).isFile();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `${file}: no such ${what}` : `${file}: cannot read (${code ?? String(error)})`);
  }
  if (!isFile) throw new CliError(`${file}: not a file`);
  return readFileSync(file, 'utf8');
}

/** The mapping named by `--mapping`: a built-in name, or a mapping file. */
export function loadMapping(nameOrFile: string): { mapping: RecordMapping; file: string | undefined } {
  const builtIn = BUILT_IN_MAPPINGS[nameOrFile];
  if (builtIn !== undefined) return { mapping: builtIn, file: undefined };
  const names = Object.keys(BUILT_IN_MAPPINGS);
  let exists = false;
  try {
    exists = statSync(nameOrFile).isFile();
  } catch {
    exists = false;
  }
  if (!exists) {
    throw new CliError(`--mapping: '${nameOrFile}' is neither a built-in mapping nor a file${didYouMean(nameOrFile, names) || '.'} Built-in mappings: ${names.join(', ')}`);
  }
  const text = readText(nameOrFile, 'mapping file');
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    throw new CliError(`${nameOrFile}: not a YAML or JSON mapping: ${error instanceof Error ? error.message : String(error)}`, SCENARIO_EXIT_CODE);
  }
  try {
    return { mapping: parseMapping(document, nameOrFile), file: nameOrFile };
  } catch (error) {
    if (error instanceof RecordsError) throw new CliError(error.message, SCENARIO_EXIT_CODE);
    throw error;
  }
}

/** Reads and imports the record file; its problems exit with code 2. */
export function loadRecords(file: string, mapping: RecordMapping): ImportedRecords {
  const text = readText(file, 'record file');
  try {
    return importCallRecords(text, mapping, { source: file });
  } catch (error) {
    if (error instanceof RecordsError) throw new CliError(error.message, SCENARIO_EXIT_CODE);
    throw error;
  }
}
