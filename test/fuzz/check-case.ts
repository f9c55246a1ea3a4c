import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import { PolicyRegistry } from '../../src/routing/registry';
import { simulate, simulateModel, type SimulationResult } from '../../src/run/simulate';
import { parseScenario } from '../../src/scenario/resolve';
import { RunawayError, RunawayWatchdog, type RunawayLimits } from './runaway-watchdog';
import { metricProblems } from './metric-checks';
import { drainMustFinishEverything } from '../support/drain-contract';
import { nonFinitePaths, traceProblems } from './trace-checks';

/**
 * The fuzzer's check of one scenario: validation, then one run with the invariant checker, a
 * per-contact trace and the runaway watchdog, then the same run again from a fresh copy of the
 * input (`simulate`, as a user would call it) to check determinism. The verdict names what went
 * wrong, with a signature that groups failures of the same cause.
 *
 * @module
 */

/** What became of one case, from worst to best. */
export const VERDICTS = ['crash', 'hang', 'invariant', 'trace', 'metrics', 'non-finite', 'nondeterminism', 'rejected', 'ok'] as const;

/** One of {@link VERDICTS}. */
export type Verdict = (typeof VERDICTS)[number];

/** The outcome of one case. */
export interface CaseOutcome {
  readonly verdict: Verdict;
  /** What went wrong (empty when ok). */
  readonly message: string;
  /** The verdict plus the message with numbers blanked out: failures with one cause share it. */
  readonly signature: string;
  /** Contacts the run created (0 when it did not run). */
  readonly contacts: number;
  /** Events the kernel executed. */
  readonly events: number;
}

/** Options of {@link checkScenario}. */
export interface CheckOptions {
  /** Simulation seed. @default 1 */
  readonly seed?: number;
  /** Limits of the runaway watchdog. */
  readonly limits?: RunawayLimits;
}

/** The message with numbers and quoted names blanked, to group failures by cause. */
export function signatureOf(verdict: Verdict, message: string): string {
  const firstLine = message.split('\n')[0] ?? '';
  return `${verdict}: ${firstLine.replace(/'[^']*'/g, "'…'").replace(/#?-?\d+(\.\d+)?(e[-+]?\d+)?/g, 'N').slice(0, 160)}`;
}

function outcome(verdict: Verdict, message: string, contacts = 0, events = 0): CaseOutcome {
  return { verdict, message, signature: verdict === 'ok' ? 'ok' : signatureOf(verdict, message), contacts, events };
}

/**
 * Where in the sources an error was thrown: the first frame in src/ and, when that is in the
 * kernel (src/core/), the first frame outside it (who scheduled the bad event), so that crashes
 * with one message but different causes get different signatures.
 */
function origin(error: Error): string {
  const frames = (error.stack ?? '')
    .split('\n')
    .map((line) => /\/(src\/[^:)]+):(\d+)/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${m[1]}:${m[2]}`);
  const first = frames[0];
  if (first === undefined) return '';
  const caller = first.startsWith('src/core/') ? frames.find((f) => !f.startsWith('src/core/')) : undefined;
  return caller === undefined ? ` [${first}]` : ` [${first} < ${caller}]`;
}

function classify(error: unknown): CaseOutcome {
  if (error instanceof RunawayError) return outcome('hang', error.message);
  if (!(error instanceof Error)) return outcome('crash', `threw ${String(error)}`);
  if (error.message.startsWith('invariant violated')) return outcome('invariant', error.message);
  return outcome('crash', `${error.name}: ${error.message}${origin(error)}`);
}

interface TracedRun {
  readonly result: SimulationResult;
  readonly lines: string[];
}

function run(simulateIt: (observers: ContactTrace[]) => SimulationResult): TracedRun {
  const lines: string[] = [];
  const result = simulateIt([new ContactTrace((line) => lines.push(line), { format: 'jsonl' })]);
  return { result, lines };
}

/**
 * Checks one scenario input (see the module comment).
 *
 * @param input - a scenario as a file holds it; it is not changed
 */
export function checkScenario(input: unknown, options: CheckOptions = {}): CaseOutcome {
  const seed = options.seed ?? 1;
  const text = JSON.stringify(input);
  const policies = PolicyRegistry.withBuiltIns();
  let first: TracedRun;
  let warmup = 0;
  let mustFinish = false;
  try {
    const parsed = parseScenario(JSON.parse(text), { policies });
    if (!parsed.ok) return outcome('rejected', parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
    warmup = parsed.model.warmup;
    mustFinish = drainMustFinishEverything(parsed.model);
    const watchdog = new RunawayWatchdog(options.limits);
    first = run((trace) => simulateModel(parsed.model, { seed, policies, checkInvariants: true, observers: [watchdog, ...trace] }));
  } catch (error) {
    return classify(error);
  }
  const { result, lines } = first;
  const records = lines.map((line) => JSON.parse(line) as ContactRecord);
  const counted = (verdict: Verdict, message: string): CaseOutcome => outcome(verdict, message, records.length, result.events);
  const traceIssues = traceProblems(records, result, warmup);
  if (traceIssues.length > 0) return counted('trace', traceIssues.join('\n'));
  const nonFinite = nonFinitePaths(result);
  if (nonFinite.length > 0) return counted('non-finite', `not finite: ${nonFinite.join(', ')}`);
  const metricIssues = metricProblems(result);
  if (metricIssues.length > 0) return counted('metrics', metricIssues.join('\n'));
  if (mustFinish && result.overall.unfinished > 0) {
    return counted('metrics', `overall.unfinished = ${result.overall.unfinished} in a drained run where every type has agents who may serve it`);
  }
  let second: TracedRun;
  try {
    second = run((trace) => simulate(JSON.parse(text) as never, { seed, observers: trace }));
  } catch (error) {
    const again = classify(error);
    return counted('nondeterminism', `the second run failed where the first did not: ${again.message}`);
  }
  if (JSON.stringify(second.result) !== JSON.stringify(result)) return counted('nondeterminism', 'the same seed gave a different result');
  if (second.lines.join('\n') !== lines.join('\n')) return counted('nondeterminism', 'the same seed gave a different trace');
  return counted('ok', '');
}
