import type { Command } from 'commander';
import { formatRunTables } from '../report/run-table';
import { simulateModel } from '../run/simulate';
import { PolicyRegistry } from '../routing/registry';
import { readScenarioFile } from '../scenario/load-file';
import { parseScenario } from '../scenario/resolve';
import { formatIssue } from '../scenario/errors';
import { didYouMean } from '../util/closest-name';
import { CliError, parseSeed } from './cli-error';

/** Adds `routelab run <scenario>` to the program. */
export function addRunCommand(program: Command): void {
  program
    .command('run')
    .description('simulate a scenario file and print its metrics')
    .argument('<scenario>', 'scenario file (YAML or JSON)')
    .option('--seed <n>', 'master seed (integer)', '1')
    .option('--policy <name>', 'routing policy, overriding the scenario')
    .option('--format <format>', 'table or json', 'table')
    .action((file: string, opts: { seed: string; policy?: string; format: string }) => {
      if (opts.format !== 'table' && opts.format !== 'json') {
        throw new CliError(`--format: expected 'table' or 'json', got '${opts.format}'`);
      }
      const seed = parseSeed(opts.seed);
      const policies = PolicyRegistry.withBuiltIns();
      const raw = readScenarioFile(file);
      const parsed = parseScenario(raw, { knownPolicies: policies.names() });
      for (const w of parsed.warnings) process.stderr.write(`warning: ${formatIssue(w)}\n`);
      if (!parsed.ok) {
        throw new CliError(`${file}: ${parsed.errors.length} problem(s)\n${parsed.errors.map((e) => `  ${formatIssue(e)}`).join('\n')}`, 2);
      }
      let model = parsed.model;
      if (opts.policy !== undefined) {
        if (!policies.has(opts.policy)) {
          throw new CliError(
            `--policy: unknown policy '${opts.policy}'${didYouMean(opts.policy, policies.names()) || '.'} Known policies: ${policies.names().join(', ')}`,
          );
        }
        model = { ...model, routing: { policy: opts.policy, options: {} } };
      }
      const result = simulateModel(model, { seed, policies });
      process.stdout.write(opts.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : `${formatRunTables(result)}\n`);
    });
}
