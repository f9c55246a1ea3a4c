import { loadBenchmarks, runBenchmark } from '../src/index';
const inst = loadBenchmarks().find((i) => i.name === process.argv[2])!;
const t = Date.now();
const rows = await runBenchmark(inst, { replications: Number(process.argv[3] ?? 100), threads: 2, seed: 1 });
for (const r of rows) console.log(r.verdict, r.figure.padEnd(60), r.published, r.routelab.toFixed(4), '±', r.routelabHalfWidth.toFixed(4), (r.difference / r.combinedHalfWidth).toFixed(2));
console.log(Date.now() - t, 'ms');
