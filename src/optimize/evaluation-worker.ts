import { runEvaluationTask, type EvaluationTask } from './evaluation-task';

/**
 * Worker-thread entry of the optimizer's candidate evaluations (built to `dist/optimize-worker.js`).
 * tinypool calls the default export with one {@link EvaluationTask}.
 *
 * @module
 */

/** Runs one evaluation task in this worker thread. */
export default function runEvaluationInWorker(task: EvaluationTask): (number | null)[] {
  return runEvaluationTask(task);
}
