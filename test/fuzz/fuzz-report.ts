import { VERDICTS, type Verdict } from './check-case';
import type { FuzzTaskResult } from './fuzz-worker';

/**
 * The fuzzer's tally: cases and contacts, counts per verdict, and the failures grouped by
 * signature (the first cases of each), printed as the summary of `npm run fuzz`.
 *
 * @module
 */

/** One failing case. */
export interface Failure {
  /** The case's number in the run (also its simulation seed). */
  readonly index: number;
  /** The seed its scenario was generated from. */
  readonly caseSeed: string;
  /** What went wrong. */
  readonly result: FuzzTaskResult;
}

/** Counts of a fuzz run. */
export class FuzzTally {
  /** Cases checked. */
  cases = 0;
  /** Contacts created by the runs (trace records). */
  contacts = 0;
  /** Events the kernel executed. */
  events = 0;
  /** Cases per verdict. */
  readonly verdicts = new Map<Verdict, number>(VERDICTS.map((v) => [v, 0]));
  /** Failing cases by signature. */
  readonly bySignature = new Map<string, Failure[]>();
  /** The case that took longest (wall clock). */
  slowest: { index: number; ms: number } = { index: -1, ms: 0 };

  /** Counts one case. */
  add(index: number, caseSeed: string, result: FuzzTaskResult): void {
    this.cases++;
    this.contacts += result.contacts;
    this.events += result.events;
    this.verdicts.set(result.verdict, (this.verdicts.get(result.verdict) ?? 0) + 1);
    if (result.ms > this.slowest.ms) this.slowest = { index, ms: result.ms };
    if (result.verdict !== 'ok') this.bySignature.set(result.signature, [...(this.bySignature.get(result.signature) ?? []), { index, caseSeed, result }]);
  }

  /** Number of cases that did not pass. */
  get failures(): number {
    return this.cases - (this.verdicts.get('ok') ?? 0);
  }

  /** The summary lines. */
  summary(seconds: number, threads: number): string[] {
    const n = (v: Verdict): number => this.verdicts.get(v) ?? 0;
    const lines = [
      `cases: ${this.cases}, contacts: ${this.contacts}, events: ${this.events}, time: ${seconds.toFixed(1)} s on ${threads} thread${threads === 1 ? '' : 's'} (slowest case #${this.slowest.index}: ${Math.round(this.slowest.ms)} ms)`,
      `crashes: ${n('crash')}, hangs: ${n('hang')}, invariant violations: ${n('invariant')}, trace violations: ${n('trace')}, metric range violations: ${n('metrics')}, non-finite results: ${n('non-finite')}, nondeterminism: ${n('nondeterminism')}, validation rejections: ${n('rejected')}`,
    ];
    const groups = [...this.bySignature.entries()].sort((a, b) => b[1].length - a[1].length);
    if (groups.length > 0) lines.push(`failures by signature (${groups.length}):`);
    for (const [signature, cases] of groups) {
      lines.push(`  ${cases.length} × ${signature}`, `      cases ${cases.slice(0, 8).map((c) => `#${c.index}`).join(' ')}${cases.length > 8 ? ' …' : ''}`);
    }
    return lines;
  }
}
