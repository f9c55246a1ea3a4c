import { SingleBar } from 'cli-progress';
import type { CliIo } from './cli-io';

/**
 * The progress bar of long runs: drawn on stderr, only when stderr is a terminal, and cleared when
 * the run ends. It only listens to the experiment's `onProgress` calls, so it cannot change a
 * result.
 *
 * @module
 */

/** A progress bar to pass to an experiment and stop afterwards. */
export interface ProgressReporter {
  /** The experiment option; undefined when no bar is drawn (stderr is not a terminal). */
  readonly onProgress: ((done: number, total: number) => void) | undefined;
  /** Clears the bar (safe to call when none was drawn, and more than once). */
  stop(): void;
}

/**
 * A progress bar labelled `label`, or a reporter that draws nothing when `io.stderr` is not a
 * terminal. The bar is drawn at once when `total` is given, else at the first `onProgress` call.
 */
export function progressReporter(io: CliIo, label: string, total?: number): ProgressReporter {
  if (io.stderr.isTTY !== true) return { onProgress: undefined, stop: () => undefined };
  let bar: SingleBar | undefined;
  const start = (n: number): SingleBar => {
    const created = new SingleBar({
      stream: io.stderr,
      format: `${label} [{bar}] {value}/{total} replications, {eta_formatted} left`,
      clearOnComplete: true,
      hideCursor: true,
      etaBuffer: 20,
    });
    created.start(n, 0);
    return created;
  };
  if (total !== undefined) bar = start(total);
  return {
    onProgress(done, n) {
      bar ??= start(n);
      if (bar.getTotal() !== n) bar.setTotal(n);
      bar.update(done);
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}

/**
 * Runs `work` with a progress bar of `total` replications (see {@link progressReporter}),
 * stopping it however `work` ends.
 */
export async function withProgress<T>(
  io: CliIo,
  label: string,
  total: number,
  work: (onProgress: ((done: number, total: number) => void) | undefined) => Promise<T>,
): Promise<T> {
  const progress = progressReporter(io, label, total);
  try {
    return await work(progress.onProgress);
  } finally {
    progress.stop();
  }
}

/** `{ onProgress }` for an experiment's options, or `{}` when there is no bar. */
export function progressOption(onProgress: ((done: number, total: number) => void) | undefined): { onProgress?: (done: number, total: number) => void } {
  return onProgress === undefined ? {} : { onProgress };
}
