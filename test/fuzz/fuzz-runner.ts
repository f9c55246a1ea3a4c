import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError } from 'commander';
import { scenarioInput } from './scenario-input';
import { createFuzzPool, type FuzzPool } from './fuzz-pool';
import { FuzzTally, type Failure } from './fuzz-report';
import { writeNewFile } from './fuzz-output';
import { reduceCase } from './reduce-case';

/**
 * `npm run fuzz -- --count 10000 [--seed S] [--threads N] [--out DIR]`: generates `count`
 * scenarios from the seed, checks each on worker threads (see `check-case.ts`), prints progress
 * and a summary, writes every failing case (the scenario as JSON, the error, and a reduced
 * scenario that fails the same way) into the output folder, and exits with 1 when any case failed.
 *
 * @module
 */

/** Options of {@link runFuzz}. */
export interface FuzzOptions {
  /** Number of cases. */
  readonly count: number;
  /** Master seed: case i is generated from `<seed>/<i>` and simulated with seed i. */
  readonly seed: number;
  /** Worker threads. */
  readonly threads: number;
  /** Folder for failing cases. */
  readonly out: string;
  /** Wall-clock limit of one case (ms). */
  readonly timeoutMs: number;
  /** Reduce at most this many failing cases per signature (0: none). */
  readonly reducePerSignature: number;
  /** Where progress and the summary go. */
  readonly log: (line: string) => void;
}

/** The scenario seed of case `index` of a run with master `seed`. */
export function caseSeed(seed: number, index: number): string {
  return `${seed}/${index}`;
}

async function writeFailure(pool: FuzzPool, failure: Failure, options: FuzzOptions, reduce: boolean): Promise<void> {
  const { index, caseSeed: seedText, result } = failure;
  const input = scenarioInput(seedText);
  const base = `case-${options.seed}-${index}`;
  const how = `generated from scenario seed '${seedText}' (npm run fuzz -- --seed ${options.seed}, case #${index}); simulation seed ${index}`;
  const scenarioText = `${JSON.stringify(input, null, 2)}\n`;
  writeNewFile(options.out, `${base}.json`, scenarioText);
  let reducedNote = '';
  if (reduce) {
    const reduction = await reduceCase(input, async (candidate) => (await pool.run({ input: candidate, seed: index })).signature === result.signature);
    writeNewFile(options.out, `${base}.reduced.json`, `${JSON.stringify(reduction.input, null, 2)}\n`);
    reducedNote = `reduced in ${reduction.attempts} attempts: ${base}.reduced.json (same signature)\n`;
  }
  writeNewFile(options.out, `${base}.error.txt`, `${result.signature}\n\n${result.message}\n\n${how}\n${reducedNote}`);
}

/**
 * Runs the fuzzer (see the module comment).
 *
 * @returns the tally of the run
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzTally> {
  const pool = createFuzzPool(options.threads, options.timeoutMs);
  const tally = new FuzzTally();
  const started = performance.now();
  const failures: Failure[] = [];
  const step = Math.max(1, Math.round(options.count / 20));
  try {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < options.count) {
        const index = next++;
        const seedText = caseSeed(options.seed, index);
        const result = await pool.run({ caseSeed: seedText, seed: index });
        tally.add(index, seedText, result);
        if (result.verdict !== 'ok') failures.push({ index, caseSeed: seedText, result });
        if (tally.cases % step === 0 || tally.cases === options.count) {
          const seconds = (performance.now() - started) / 1000;
          options.log(`${tally.cases}/${options.count} cases, ${tally.failures} failed, ${seconds.toFixed(0)} s`);
        }
      }
    };
    await Promise.all(Array.from({ length: options.threads }, worker));
    const seconds = (performance.now() - started) / 1000;
    for (const line of tally.summary(seconds, options.threads)) options.log(line);
    if (failures.length > 0) {
      failures.sort((a, b) => a.index - b.index);
      const reduced = new Map<string, number>();
      for (const failure of failures) {
        const done = reduced.get(failure.result.signature) ?? 0;
        reduced.set(failure.result.signature, done + 1);
        await writeFailure(pool, failure, options, done < options.reducePerSignature);
      }
      options.log(`failing cases written to ${options.out} (reduced: up to ${options.reducePerSignature} per signature)`);
    }
  } finally {
    await pool.close();
  }
  return tally;
}

function wholeNumber(min: number) {
  return (text: string): number => {
    const value = Number(text);
    if (!/^\s*\d+\s*$/.test(text) || !Number.isSafeInteger(value) || value < min) throw new InvalidArgumentError(`must be a whole number ≥ ${min}, got '${text}'`);
    return value;
  };
}

/**
 * The command line of `npm run fuzz`; resolves to the exit code (0: every case passed, 1: a case
 * failed or a flag was bad).
 */
export async function fuzzMain(argv: readonly string[]): Promise<number> {
  const program = new Command('fuzz')
    .description('Generate random valid scenarios and check every run: no exception, no hang, invariants, trace consistency, determinism.')
    .option('--count <n>', 'number of cases', wholeNumber(1), 200)
    .option('--seed <n>', 'master seed of the generated scenarios', wholeNumber(0), 1)
    .option('--threads <n>', 'worker threads', wholeNumber(1), Math.max(1, availableParallelism() - 1))
    .option('--out <dir>', 'folder for failing cases', 'fuzz-failures')
    .option('--timeout <ms>', 'wall-clock limit of one case, ms', wholeNumber(1), 60_000)
    .option('--reduce <n>', 'failing cases to reduce per signature', wholeNumber(0), 1)
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  try {
    program.parse([...argv], { from: 'user' });
  } catch {
    return 1;
  }
  const o = program.opts<{ count: number; seed: number; threads: number; out: string; timeout: number; reduce: number }>();
  const tally = await runFuzz({
    count: o.count,
    seed: o.seed,
    threads: o.threads,
    out: o.out,
    timeoutMs: o.timeout,
    reducePerSignature: o.reduce,
    log: (line) => process.stdout.write(`${line}\n`),
  });
  return tally.failures === 0 ? 0 : 1;
}
