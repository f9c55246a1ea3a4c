import type { Command } from 'commander';
import { quoteExcerpt } from '../util/excerpt';
import { CliError } from './cli-error';
import { stdinOnce, type CliIo } from './cli-io';
import { loadScenario, scenarioLabel, STDIN_FILE } from './load-scenario';

/** Adds `routelab validate <scenario...>` to the program. */
export function addValidateCommand(program: Command, io: CliIo): void {
  program
    .command('validate')
    .description('check scenario files and report every problem at once')
    .argument('<scenarios...>', 'scenario files (YAML or JSON; - reads one from standard input)')
    .action((files: string[]) => {
      if (files.filter((f) => f === STDIN_FILE).length > 1) throw new CliError(`'-' (standard input) can be given only once`);
      const stdin = stdinOnce(io);
      const problems: string[] = [];
      let exitCode = 1;
      for (const file of files) {
        try {
          const scenario = loadScenario(file, { warn: (text) => io.stderr.write(`${text}\n`), stdin });
          io.stdout.write(`${scenarioLabel(file)}: valid scenario ${quoteExcerpt(scenario.name)}\n`);
        } catch (error) {
          problems.push(error instanceof Error ? error.message : String(error));
          if (error instanceof CliError) exitCode = Math.max(exitCode, error.exitCode);
        }
      }
      if (problems.length > 0) throw new CliError(problems.join('\n'), exitCode);
    });
}
