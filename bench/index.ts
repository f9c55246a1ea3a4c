/**
 * `npm run bench`: every benchmark, each printing ratios against a baseline run in the same
 * process. `npm run bench -- --quick` for a fast smoke run; `--only queue|random|engine|routing|memory`
 * for one.
 */
import { arch, cpus } from 'node:os';
import { runEngineBench } from './engine';
import { runEventQueueBench } from './event-queue';
import { runMemoryBench } from './memory';
import { runRandomBench } from './random';
import { runRoutingCostBench } from './routing-cost';

const quick = process.argv.includes('--quick');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;

console.log(`routelab benchmarks — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores, ${arch()})${quick ? ', quick mode' : ''}`);
if (only === undefined || only === 'queue') runEventQueueBench({ quick });
if (only === undefined || only === 'random') runRandomBench({ quick });
if (only === undefined || only === 'engine') runEngineBench({ quick });
if (only === undefined || only === 'routing') runRoutingCostBench({ quick });
if (only === undefined || only === 'memory') runMemoryBench({ quick });
