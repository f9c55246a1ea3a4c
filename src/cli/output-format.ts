import { Option } from 'commander';

/**
 * The `--format` option of the commands and what each command accepts.
 *
 * @module
 */

/** Every output format of the command line. */
export const OUTPUT_FORMATS = ['table', 'json', 'csv', 'html'] as const;

/** One output format. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/**
 * A `--format <format>` option limited to `choices` (commander rejects anything else with
 * `option '--format <format>' argument 'x' is invalid. Allowed choices are ...`).
 */
export function formatOption(choices: readonly OutputFormat[], defaultFormat: OutputFormat): Option {
  return new Option('--format <format>', 'output format').choices(choices).default(defaultFormat);
}
