/**
 * `npm run bench:optimize`: the staffing optimizer on the N-model, the W-model and a three-skill
 * bank (cost in agent-hours, targets 80 % within 20 s per type and interval, abandonment ≤ 5 % over
 * the day), against staffing each type separately by Erlang C; then the large center (20 types ×
 * 15 groups, 12 hours in 30-minute intervals). Prints one table line per instance: cost of the
 * optimized staffing, cost of the separate Erlang C staffing, the saving, the targets met on the
 * validation (fresh seeds), the simulations and the time.
 *
 * Flags: `--only multiskill|large|n-model|w-model|bank` (one instance or family at a time),
 * `--threads <n>` (default: all cores), `--criterion mean|confidence`, `--repair-rounds <n>`
 * (default 3; 0 shows the validation before repair).
 */
import { cpus, loadavg } from 'node:os';
import { agentsForServiceLevel } from '../src/analytic/staffing';
import { optimizeStaffing } from '../src/optimize/optimize-staffing';
import type { OptimizeProgress } from '../src/optimize/search';
import { parseTargetSpec } from '../src/optimize/targets';
import { resolveScenario } from '../src/scenario/resolve';
import type { ScenarioInput } from '../src/scenario/schema';
import { bank, largeCenter, nModel, wModel } from './optimize-instances';

const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const threadsAt = process.argv.indexOf('--threads');
const threads = threadsAt >= 0 ? Number(process.argv[threadsAt + 1]) : undefined;
const criterionAt = process.argv.indexOf('--criterion');
const criterion = criterionAt >= 0 ? (process.argv[criterionAt + 1] as 'mean' | 'confidence') : undefined;
const repairAt = process.argv.indexOf('--repair-rounds');
const repairRounds = repairAt >= 0 ? Number(process.argv[repairAt + 1]) : undefined;

/** Agent-hours when each type has its own agents, staffed per interval by Erlang C for 80 % in 20 s. */
function separateErlangC(scenario: ScenarioInput): number {
  const model = resolveScenario(scenario);
  let hours = 0;
  for (const t of model.contactTypes) {
    if (t.arrivals.kind !== 'piecewise') throw new Error('bench: piecewise arrivals expected');
    for (const rate of t.arrivals.rates) {
      if (rate > 0) hours += (agentsForServiceLevel({ arrivalRate: rate, meanServiceTime: t.handleTime.mean, targetTime: 20, target: 0.8 }) * model.intervalLength) / 3600;
    }
  }
  return hours;
}

async function run(scenario: ScenarioInput, replications: number, validationReplications: number): Promise<string> {
  const targets = [...scenario.contactTypes.map((t) => parseTargetSpec(`service-level ${t.name} 80% 20s`)), parseTargetSpec('abandonment * 5% day')];
  const started = performance.now();
  const onProgress = (p: OptimizeProgress) =>
    process.stderr.write(`  ${scenario.name}: ${p.phase} ${p.iteration}, cost ${p.cost.toFixed(1)}, ${p.met}/${p.total} met, ${p.simulations} simulations, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  const result = await optimizeStaffing(scenario, {
    targets, replications, validationReplications, onProgress,
    ...(threads === undefined ? {} : { threads }), ...(criterion === undefined ? {} : { criterion }), ...(repairRounds === undefined ? {} : { repairRounds }),
  });
  const seconds = (performance.now() - started) / 1000;
  const erlang = separateErlangC(scenario);
  const measured = result.targets.filter((t) => t.estimate !== null);
  const met = measured.filter((t) => t.met).length;
  const confident = measured.filter((t) => t.confident).length;
  const rounds = result.validation?.rounds ?? [];
  const firstMisses = rounds[0]?.misses.length ?? 0;
  const added = rounds.reduce((s, r) => s + r.added.length, 0);
  const repairHours = (added * result.intervalLength) / 3600; // cost 1 per agent-hour in every instance
  const meanMet = measured.filter((t) => (t.metric === 'service-level' ? t.estimate! >= t.target : t.estimate! <= t.target)).length;
  return [
    scenario.name.padEnd(20),
    result.status.padEnd(10),
    (result.cost - repairHours).toFixed(1).padStart(9),
    result.cost.toFixed(1).padStart(9),
    erlang.toFixed(1).padStart(10),
    `${((1 - result.cost / erlang) * 100).toFixed(1)} %`.padStart(8),
    `${met}/${measured.length}`.padStart(9),
    `${meanMet}/${measured.length}`.padStart(9),
    `${confident}/${measured.length}`.padStart(9),
    `${result.iterations}`.padStart(5),
    `${rounds.length}: ${firstMisses} → ${rounds[rounds.length - 1]?.misses.length ?? 0}, +${added}`.padStart(14),
    String(result.evaluations).padStart(7),
    `${seconds.toFixed(0)} s`.padStart(7),
  ].join('  ');
}

console.log(`routelab optimize benchmark — Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), load average ${loadavg()[0]!.toFixed(1)}`);
console.log('agent-hours of the optimized staffing (search: before repair) vs each type staffed separately by Erlang C (80 % in 20 s); targets met on the last validation round');
console.log(['instance'.padEnd(20), 'status'.padEnd(10), 'search'.padStart(9), 'optimized'.padStart(9), 'Erlang C'.padStart(10), 'saving'.padStart(8), 'met'.padStart(9), 'mean met'.padStart(9), 'confident'.padStart(9), 'iter'.padStart(5), 'rounds: misses'.padStart(14), 'sims'.padStart(7), 'time'.padStart(7)].join('  '));
const multiskill = { 'n-model': nModel, 'w-model': wModel, bank } as const;
for (const [name, build] of Object.entries(multiskill)) {
  if (only === undefined || only === 'multiskill' || only === name) console.log(await run(build(), 20, 50));
}
if (only === undefined || only === 'large') console.log(await run(largeCenter(), 10, 50));
