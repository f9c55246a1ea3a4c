/**
 * `npm run bench`: every benchmark, each printing ratios against a baseline run in the same
 * process (or, for `scale`, in fresh child processes so that peak memory is per rung).
 *
 * Flags (after `npm run bench --`):
 * - `--quick`: a fast smoke run of everything (smaller sizes, shorter loops; under a minute or two);
 * - `--only <name>`: one benchmark, `queue | random | engine | routing | scale | parallel | memory | interruptions`;
 * - `--runs <n>`: `scale`: run each rung n times (each in a fresh process) and keep the fastest
 *   (default 1; use 2 or 3 on a busy machine); `interruptions`: timed runs of each variant, the
 *   fastest kept (default 2);
 * - `--ladder`: `scale` only, the multi-site network ladder of `scale-ladder.ts` instead (500 to
 *   50,000 agents, a week each; `--max-agents <n>` stops early, `--days <d>` shortens the horizon).
 *
 * The full run takes a few minutes on a 2-core machine (scale about 1–2 minutes, parallel and
 * memory under a minute each).
 */
import { arch, cpus, loadavg } from 'node:os';
import { runEngineBench } from './engine';
import { runEventQueueBench } from './event-queue';
import { runInterruptionsBench } from './interruptions';
import { runMemoryBench } from './memory';
import { runParallelBench } from './parallel';
import { runRandomBench } from './random';
import { runRoutingCostBench } from './routing-cost';
import { runScaleBench } from './scale';
import { numberFlag, runScaleLadder } from './scale-ladder';

const BENCHES = ['queue', 'random', 'engine', 'routing', 'scale', 'parallel', 'memory', 'interruptions'] as const;

const quick = process.argv.includes('--quick');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
if (only !== undefined && !(BENCHES as readonly string[]).includes(only)) {
  throw new RangeError(`--only: unknown benchmark '${only}'; choose one of ${BENCHES.join(', ')}`);
}
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 1;
if (!(Number.isInteger(runs) && runs >= 1)) throw new RangeError(`--runs must be a positive integer, got ${process.argv[runsAt + 1]}`);
const wanted = (name: (typeof BENCHES)[number]): boolean => only === undefined || only === name;

console.log(
  `routelab benchmarks — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} ` +
    `(${cpus().length} cores, ${arch()}), load average ${loadavg()[0]!.toFixed(1)}${quick ? ', quick mode' : ''}`,
);
if (wanted('queue')) runEventQueueBench({ quick });
if (wanted('random')) runRandomBench({ quick });
if (wanted('engine')) runEngineBench({ quick });
if (wanted('routing')) runRoutingCostBench({ quick });
if (wanted('scale') && process.argv.includes('--ladder')) {
  const maxAgents = numberFlag(process.argv, '--max-agents');
  const days = numberFlag(process.argv, '--days');
  runScaleLadder({ runs, ...(maxAgents !== undefined ? { maxAgents } : {}), ...(days !== undefined ? { days } : {}) });
} else if (wanted('scale')) runScaleBench({ quick, runs });
if (wanted('parallel')) await runParallelBench({ quick });
if (wanted('memory')) runMemoryBench({ quick });
if (wanted('interruptions')) runInterruptionsBench({ quick, ...(runsAt >= 0 ? { runs } : {}) });
