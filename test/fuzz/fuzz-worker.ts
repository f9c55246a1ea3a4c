import { checkScenario, type CaseOutcome } from './check-case';
import { scenarioInput } from './scenario-input';

/**
 * The fuzzer's worker-thread entry (tinypool): checks one case, either generated from its seed or
 * given as a scenario input (a reduction attempt), and says how long it took.
 *
 * @module
 */

/** One task: a generated case (`caseSeed`) or a given scenario (`input`), run with `seed`. */
export interface FuzzTask {
  /** Seed of the generated scenario (ignored when `input` is given). */
  readonly caseSeed?: string;
  /** A scenario input to check instead of generating one. */
  readonly input?: unknown;
  /** Simulation seed. */
  readonly seed: number;
}

/** A task's outcome and its wall-clock time in milliseconds. */
export interface FuzzTaskResult extends CaseOutcome {
  readonly ms: number;
}

/** Checks one task (see {@link FuzzTask}). */
export default function runFuzzTask(task: FuzzTask): FuzzTaskResult {
  const started = performance.now();
  const input = task.input ?? scenarioInput(task.caseSeed ?? '0');
  const outcome = checkScenario(input, { seed: task.seed });
  return { ...outcome, ms: performance.now() - started };
}
