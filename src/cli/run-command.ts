import { createWriteStream, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { ContactTrace } from '../metrics/contact-trace';
import { formatRunTables } from '../report/run-table';
import { simulate } from '../run/simulate';
import { mergeScenario } from '../scenario/merge';
import { parseScenario } from '../scenario/resolve';
import type { ScenarioInput } from '../scenario/schema';
import { CliError, parseSeed, positiveInteger } from './cli-error';
import { runReplicated } from './experiment-commands';
import { loadScenario } from './load-scenario';

interface RunOptions {
  seed: string;
  replications: string;
  threads?: string;
  horizon?: string;
  policy?: string;
  format: string;
  out?: string;
  trace?: string;
}

/** Adds `routelab run <scenario>` and `routelab validate <scenario>` to the program. */
export function addRunCommand(program: Command): void {
  program
    .command('run')
    .description('simulate a scenario file and print its metrics')
    .argument('<scenario>', 'scenario file (YAML or JSON)')
    .option('--seed <n>', 'master seed (integer)', '1')
    .option('--replications <r>', 'independent replications (more than 1: means with confidence intervals)', '1')
    .option('--threads <t>', 'worker threads for replications (default: all cores)')
    .option('--horizon <duration>', "override the scenario's horizon, e.g. 7d")
    .option('--policy <name>', "override the scenario's routing policy")
    .option('--format <format>', 'table or json', 'table')
    .option('--out <file>', 'write the output to a file instead of stdout')
    .option('--trace <file>', 'write one CSV record per contact to a file (single replication only)')
    .action(async (file: string, opts: RunOptions) => {
      if (opts.format !== 'table' && opts.format !== 'json') throw new CliError(`--format: expected 'table' or 'json', got '${opts.format}'`);
      const seed = parseSeed(opts.seed);
      const replications = positiveInteger('--replications', opts.replications);
      let scenario = loadScenario(file, opts.policy === undefined ? {} : { policyNames: [opts.policy] });
      const override: Record<string, unknown> = {};
      if (opts.horizon !== undefined) override['horizon'] = opts.horizon;
      if (opts.policy !== undefined) override['routing'] = { policy: opts.policy, options: {} };
      if (Object.keys(override).length > 0) {
        scenario = mergeScenario(scenario as Record<string, unknown>, override) as ScenarioInput;
        const check = parseScenario(scenario);
        if (!check.ok) throw new CliError(check.errors.map((e) => `${e.path}: ${e.message}`).join('\n'), 2);
      }
      if (replications > 1) {
        if (opts.trace !== undefined) throw new CliError('--trace: only with a single replication');
        await runReplicated(scenario, {
          seed,
          replications,
          format: opts.format,
          ...(opts.threads === undefined ? {} : { threads: positiveInteger('--threads', opts.threads) }),
          ...(opts.out === undefined ? {} : { out: opts.out }),
        });
        return;
      }
      const trace = opts.trace === undefined ? undefined : createWriteStream(opts.trace);
      const observers = trace === undefined ? [] : [new ContactTrace((line) => trace.write(`${line}\n`))];
      const result = simulate(scenario, { seed, observers });
      trace?.end();
      const text = opts.format === 'json' ? JSON.stringify(result, null, 2) : formatRunTables(result);
      if (opts.out === undefined) process.stdout.write(`${text}\n`);
      else writeFileSync(opts.out, `${text}\n`);
    });

  program
    .command('validate')
    .description('check a scenario file and report every problem at once')
    .argument('<scenario>', 'scenario file (YAML or JSON)')
    .action((file: string) => {
      const scenario = loadScenario(file);
      process.stdout.write(`${file}: valid scenario '${scenario.name}'\n`);
    });
}
