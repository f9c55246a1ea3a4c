import type { Command } from 'commander';
import { quoteExcerpt } from '../util/excerpt';
import { CliError } from './cli-error';
import type { CliIo } from './cli-io';
import { loadScenario } from './load-scenario';

/** Adds `routelab validate <scenario...>` to the program. */
export function addValidateCommand(program: Command, io: CliIo): void {
  program
    .command('validate')
    .description('check scenario files and report every problem at once')
    .argument('<scenarios...>', 'scenario files (YAML or JSON)')
    .action((files: string[]) => {
      const problems: string[] = [];
      let exitCode = 1;
      for (const file of files) {
        try {
          const scenario = loadScenario(file, { warn: (text) => io.stderr.write(`${text}\n`) });
          io.stdout.write(`${file}: valid scenario ${quoteExcerpt(scenario.name)}\n`);
        } catch (error) {
          problems.push(error instanceof Error ? error.message : String(error));
          if (error instanceof CliError) exitCode = Math.max(exitCode, error.exitCode);
        }
      }
      if (problems.length > 0) throw new CliError(problems.join('\n'), exitCode);
    });
}
