/**
 * Timing of one benchmark run, and the table printer.
 * @module
 */
import type { RunResult } from './queue-loops-routelab';

/** Best-of-repetitions measurement of one queue on one workload at one N. */
export interface Measurement {
  readonly queue: string;
  readonly n: number;
  /** Best nanoseconds per operation over the repetitions. */
  readonly nsPerOp: number;
  readonly checksum: number;
  readonly note: string;
}

/**
 * Runs `run` once and returns ns per operation. No garbage collection is forced between runs:
 * in V8 a forced GC that frees the previous run's queue also deoptimizes the queue code built
 * on it, so every timed run would start cold (an allocation-heavy queue pays its own GC anyway).
 */
export function timeOnce(run: () => RunResult): { nsPerOp: number; checksum: number } {
  const result = run();
  return { nsPerOp: (result.ms * 1e6) / result.ops, checksum: result.checksum };
}

/** Formats measurements as a table with the speed-up over `reference` at the same N. */
export function formatTable(title: string, rows: readonly Measurement[], reference: string): string {
  const header = ['N', 'queue', 'ns/op', `x vs ${reference}`, 'checksum', 'note'];
  const lines = rows.map((row) => {
    const ref = rows.find((r) => r.n === row.n && r.queue === reference);
    const ratio = ref === undefined ? 'n/a' : (ref.nsPerOp / row.nsPerOp).toFixed(2);
    const first = rows.find((r) => r.n === row.n);
    const agree = first === undefined || first.checksum === row.checksum ? '' : ' (differs)';
    return [
      row.n.toExponential(0).replace('e+', 'e'),
      row.queue,
      row.nsPerOp.toFixed(1),
      ratio,
      row.checksum.toString(16).padStart(8, '0') + agree,
      row.note,
    ];
  });
  const widths = header.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c]!.length)));
  const format = (cells: string[]): string =>
    cells.map((cell, c) => (c < 2 || c === 5 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [`\n${title}`, format(header), rule, ...lines.map(format)].join('\n');
}
