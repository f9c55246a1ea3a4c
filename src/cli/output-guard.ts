import { Option, type Command } from 'commander';
import { OUTPUT_FLAGS, OutputFiles } from './output-file';

/**
 * The program-wide output check: before any command's action, the files it is asked to write
 * (its `--out`, `--report`, `--trace`) are checked to be writable, distinct, and none of the files
 * it reads that the command line names (its arguments, and options such as `--scenario <file>`,
 * `<module>`, `<path>`, `<csv>`, ...).
 * A new command gets this for free; see `output-file.ts` for the inputs it reads by itself.
 *
 * @module
 */

const checked = new WeakMap<Command, OutputFiles>();
const outputOptions = new WeakSet<Option>();

/**
 * An option naming a file the command writes, other than `--out`, `--report` and `--trace`
 * (which are outputs whatever the command): `.addOption(outputOption('--staffing <file>', 'write the staffing to a file'))`.
 * It gets the same checks as they do.
 */
export function outputOption(flags: string, description: string): Option {
  const option = new Option(flags, description);
  outputOptions.add(option);
  return option;
}

function isOutput(option: Option): boolean {
  return outputOptions.has(option) || (option.long !== undefined && OUTPUT_FLAGS.includes(option.long));
}

/** An option whose value names a file it reads: `--scenario <file>`, `--policies <module>`, `--calls <csv>`. */
const FILE_VALUE = /<[^>]*(file|module|path|csv|json|yaml)/i;

/** What an argument names, in the words of an error: `the scenario file`. */
function inputWords(name: string): string {
  if (name === 'scenario' || name === 'scenarios') return 'the scenario file';
  if (name === 'shards') return 'a shard file';
  return `the <${name}> argument`;
}

/** The files the command line names as inputs of `command`, with what each is. */
function namedInputs(command: Command): { file: string; what: string }[] {
  const inputs: { file: string; what: string }[] = [];
  command.registeredArguments.forEach((argument, k) => {
    const value: unknown = command.processedArgs[k];
    for (const file of Array.isArray(value) ? value : [value]) {
      if (typeof file === 'string') inputs.push({ file, what: inputWords(argument.name()) });
    }
  });
  for (const option of command.options) {
    if (option.long === undefined || isOutput(option) || !FILE_VALUE.test(option.flags)) continue;
    const value: unknown = command.getOptionValue(option.attributeName());
    for (const file of Array.isArray(value) ? value : [value]) {
      if (typeof file === 'string') inputs.push({ file, what: `the ${option.long} file` });
    }
  }
  return inputs;
}

/**
 * Checks the output files of the command about to run (the program's `preAction` hook): each
 * writable, no two the same, none an input named on its command line. The result is kept for
 * {@link outputFilesOf}.
 *
 * @throws CliError (exit code 1) naming the flag and the input or other output
 */
export function guardOutputs(command: Command): void {
  const files: Record<string, string | undefined> = {};
  for (const option of command.options) {
    if (option.long === undefined || !isOutput(option)) continue;
    const value: unknown = command.getOptionValue(option.attributeName());
    if (typeof value === 'string') files[option.long] = value;
  }
  const outputs = new OutputFiles(files);
  for (const { file, what } of namedInputs(command)) outputs.refuseInput(file, what);
  checked.set(command, outputs);
}

/**
 * The output files of a running command, as checked by {@link guardOutputs}; pass them to
 * `loadScenario` (and refuse any other file the command reads) before the work starts.
 */
export function outputFilesOf(command: Command): OutputFiles {
  if (!checked.has(command)) guardOutputs(command);
  return checked.get(command)!;
}
