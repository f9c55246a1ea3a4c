/**
 * Instructions per contact of one layer of the M/M/100+M cost ladder, split by the part of the
 * program that runs them: kernel, engine (model), observer dispatch, journey, metrics, random,
 * routing, V8 builtins, native code. Counted by valgrind (callgrind, `--dump-instr=yes`) on an
 * esbuild bundle run by `node --single-threaded --perf-basic-prof`, so the figures hold on a
 * loaded machine; JIT code is attributed through Node's perf map and esbuild's file markers (see
 * `engine-profile-parse.ts`). Each part's count at `--base` arrivals is taken from its count at
 * `--arrivals`, divided by the difference of the contacts: start-up and most compilation cancel.
 *
 * Run: `npx tsx bench/engine-profile.ts [simulate|engine|metrics|collectors] [--arrivals 150000]
 * [--base 50000] [--files 25] [--functions 0]` (several minutes under valgrind). Prints the parts, then the source
 * files with the most instructions per contact, and with `--functions N` the N compiled functions with the most.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { costByFile, costByFunction, layerOf } from './engine-profile-parse';

const LAYERS = ['simulate', 'engine', 'metrics', 'collectors'] as const;

/** Runs `layer` on `arrivals` under callgrind; returns its contacts and self instructions per source file. */
function profile(bundle: string, dir: string, layer: string, arrivals: number): { contacts: number; files: Map<string, number>; functions: Map<string, number> } {
  const out = join(dir, `cg-${layer}-${arrivals}.out`);
  const run = spawnSync(
    'valgrind',
    ['--tool=callgrind', '--dump-instr=yes', `--callgrind-out-file=${out}`, process.execPath, '--single-threaded', '--perf-basic-prof', bundle, '--run', layer, String(arrivals)],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  if (run.status !== 0) throw new Error(`valgrind failed (${run.status}): ${run.stderr.slice(-2000)}`);
  const mapFile = `/tmp/perf-${run.pid}.map`;
  try {
    const [cg, map, code] = [readFileSync(out, 'utf8'), readFileSync(mapFile, 'utf8'), readFileSync(bundle, 'utf8')];
    return { contacts: Number(run.stdout.trim()), files: costByFile(cg, map, code, 'profile.mjs'), functions: costByFunction(cg, map, code, 'profile.mjs') };
  } finally {
    rmSync(mapFile, { force: true });
  }
}

function main(argv: string[]): void {
  let layer = 'simulate';
  let arrivals = 150_000;
  let base = 50_000;
  let top = 25;
  let functions = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--arrivals') arrivals = Number(argv[++i]);
    else if (a === '--base') base = Number(argv[++i]);
    else if (a === '--files') top = Number(argv[++i]);
    else if (a === '--functions') functions = Number(argv[++i]);
    else if ((LAYERS as readonly string[]).includes(a)) layer = a;
    else throw new Error(`unknown argument '${a}' (layers: ${LAYERS.join(', ')}; --arrivals N, --base N, --files N, --functions N)`);
  }
  if (!(arrivals > base && base > 0)) throw new Error(`--arrivals (${arrivals}) must exceed --base (${base}) > 0`);
  const dir = mkdtempSync(join(tmpdir(), 'routelab-profile-'));
  try {
    const bundle = join(dir, 'profile.mjs');
    const entry = new URL('./engine-instructions.ts', import.meta.url).pathname;
    buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error' });
    const big = profile(bundle, dir, layer, arrivals);
    const small = profile(bundle, dir, layer, base);
    const contacts = big.contacts - small.contacts;
    const perFile = new Map<string, number>();
    for (const [file, n] of big.files) perFile.set(file, (n - (small.files.get(file) ?? 0)) / contacts);
    for (const [file, n] of small.files) if (!big.files.has(file)) perFile.set(file, -n / contacts);
    const perLayer = new Map<string, number>();
    let total = 0;
    for (const [file, n] of perFile) {
      perLayer.set(layerOf(file), (perLayer.get(layerOf(file)) ?? 0) + n);
      total += n;
    }
    const row = (name: string, n: number): string => `${Math.round(n).toLocaleString('en-US').padStart(8)}  ${((100 * n) / total).toFixed(1).padStart(5)} %  ${name}`;
    console.log(`${layer}: ${contacts.toLocaleString('en-US')} contacts (${arrivals} − ${base} expected arrivals); instructions per contact`);
    console.log(row('total', total));
    for (const [name, n] of [...perLayer].sort((a, b) => b[1] - a[1])) console.log(row(name, n));
    console.log('source files:');
    for (const [name, n] of [...perFile].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(row(name, n));
    if (functions > 0) {
      // Compiled functions (inlined code counts in its caller), the difference of the two runs.
      const perFunction = new Map<string, number>();
      for (const [name, n] of big.functions) perFunction.set(name, (n - (small.functions.get(name) ?? 0)) / contacts);
      for (const [name, n] of small.functions) if (!big.functions.has(name)) perFunction.set(name, -n / contacts);
      console.log('compiled functions:');
      for (const [name, n] of [...perFunction].sort((a, b) => b[1] - a[1]).slice(0, functions)) console.log(row(name, n));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2));
