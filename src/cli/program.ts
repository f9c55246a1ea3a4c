import { Command, CommanderError } from 'commander';
import { printableMessage } from '../util/excerpt';
import { VERSION } from '../version';
import { addBenchCommand } from './bench-command';
import { addBenchmarkCommand } from './benchmark-command';
import { RunawayError } from '../model/runaway';
import { ScenarioError } from '../scenario/errors';
import { ScenarioFileError } from '../scenario/read-document';
import { CliError } from './cli-error';
import { processIo, type CliIo } from './cli-io';
import { addCompareCommand } from './compare-command';
import { SCENARIO_EXIT_CODE } from './load-scenario';
import { addMergeCommand } from './merge-command';
import { guardOutputs } from './output-guard';
import { addReplayCommand } from './replay-command';
import { addOptimizeCommand, addOptimizeShardCommand } from './optimize-command';
import { addRunCommand } from './run-command';
import { addValidateCommand } from './validate-command';

/**
 * Builds the `routelab` command line (commander), without running it. Commander's own errors
 * (unknown option, bad `--format` choice, missing argument) are written to `io.stderr` as one
 * `routelab: ...` line and thrown as a `CommanderError` (the program uses `exitOverride`).
 */
export function createProgram(io: CliIo = processIo()): Command {
  const program = new Command();
  program
    .name('routelab')
    .description('Simulate contact-center routing policies with a fast, reproducible discrete-event engine.')
    .version(VERSION, '-v, --version', 'print the routelab version')
    .helpOption('-h, --help', 'show this help')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`routelab: ${text.replace(/^error: /, '')}`),
    })
    .hook('preAction', (_program, command) => guardOutputs(command));
  addRunCommand(program, io);
  addCompareCommand(program, io);
  addValidateCommand(program, io);
  addMergeCommand(program, io);
  addReplayCommand(program, io);
  addBenchCommand(program, io);
  addBenchmarkCommand(program, io);
  addOptimizeCommand(program, io);
  addOptimizeShardCommand(program, io);
  return program;
}

/**
 * Runs the command line on `args` (the arguments after `routelab`) and returns the exit code:
 * 0 on success, 2 for an invalid scenario, 1 for other errors. Errors are written to `io.stderr`
 * as `routelab: <message>`, without a stack trace.
 */
export async function runCli(args: readonly string[], io: CliIo = processIo()): Promise<number> {
  try {
    await createProgram(io).parseAsync([...args], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode; // commander has printed it (or the help)
    io.stderr.write(`routelab: ${printableMessage(error instanceof Error ? error.message : String(error))}\n`);
    return exitCodeOf(error);
  }
}

/**
 * The exit code of an error: a CliError's own; 2 for a problem with a scenario (a ScenarioError
 * or ScenarioFileError that reached the command line without being turned into a CliError, or a
 * RunawayError: a run that cannot end); 1 for anything else.
 */
export function exitCodeOf(error: unknown): number {
  if (error instanceof CliError) return error.exitCode;
  if (error instanceof ScenarioError || error instanceof ScenarioFileError || error instanceof RunawayError) return SCENARIO_EXIT_CODE;
  return 1;
}
