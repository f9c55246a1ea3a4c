/**
 * `npm run fuzz -- --count 10000 [--seed S] [--threads N] [--out DIR]`: the seeded scenario
 * fuzzer at length (see `test/fuzz/fuzz-runner.ts` and docs/fuzzing.md).
 */
import { fuzzMain } from '../test/fuzz/fuzz-runner';

process.exitCode = await fuzzMain(process.argv.slice(2));
