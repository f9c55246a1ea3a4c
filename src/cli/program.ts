import { Command } from 'commander';
import { VERSION } from '../version';
import { addExperimentCommands } from './experiment-commands';
import { addRunCommand } from './run-command';

/** Builds the `routelab` command line (commander), without running it. */
export function createProgram(): Command {
  const program = new Command();
  program
    .name('routelab')
    .description('Simulate contact-center routing policies with a fast, reproducible discrete-event engine.')
    .version(VERSION, '-v, --version', 'print the routelab version')
    .helpOption('-h, --help', 'show this help')
    .showHelpAfterError();
  addRunCommand(program);
  addExperimentCommands(program);
  return program;
}
