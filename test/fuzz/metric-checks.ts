import type { ContactMetrics } from '../../src/metrics/result';
import type { SimulationResult } from '../../src/run/simulate';

/**
 * Ranges and relations every run's metrics must respect, for the fuzzer: counts are whole and
 * non-negative, times and amounts non-negative, fractions within [0, 1], the outcomes of every
 * slice add up to its offered contacts, answered within target ≤ answered ≤ offered, and the
 * wait percentiles increase up to the maximum (within the quantile sketch's relative accuracy).
 *
 * @module
 */

const COUNTS = new Set([
  'offered', 'answered', 'served', 'abandoned', 'blocked', 'unfinished', 'shortAbandoned', 'answeredWithinTarget', 'events',
  'issues', 'firstContactsEnded', 'firstContactsServed', 'resolvedAtFirstContact', 'resolved', 'gaveUp', 'openAtEnd',
  'repeatContacts', 'transfers', 'accepted', 'attempts', 'unanswered', 'completed', 'failed', 'promisesKept', 'promisesBroken',
  'maxQueueLength',
]);
const FRACTIONS = new Set([
  'abandonmentRate', 'blockingRate', 'serviceLevel', 'serviceLevelOfAnswered', 'serviceLevelExcludingShortAbandons', 'occupancy',
  'utilization', 'fcr', 'fcrOfServed', 'overflowShare', 'acceptanceRate', 'promiseKeptRate',
]);
/** Relative accuracy allowed between sketched percentiles and the exact maximum. */
const SKETCH_SLACK = 0.02;

function walk(value: unknown, path: string, key: string, out: string[]): void {
  if (typeof value === 'number') {
    if (key === 'seed') return;
    if (!(value >= 0)) out.push(`${path} = ${value} is negative`);
    // waitDistribution[].answered is the share answered within upTo, not a count
    const fraction = FRACTIONS.has(key) || (key === 'answered' && path.includes('.waitDistribution['));
    if (COUNTS.has(key) && !fraction && !Number.isInteger(value)) out.push(`${path} = ${value} is not a whole count`);
    if (fraction && !(value <= 1 + 1e-9)) out.push(`${path} = ${value} is not a fraction`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, `${path}[${i}]`, key, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, k, out);
  }
}

/**
 * Checks one slice. `exits` is the number of its contacts that left through a queue exit (balked,
 * voicemail, re-routed, cleared), which the slice's own counts leave out; `null` when the
 * slice cannot be matched with the per-type exit counts (channels and segments of a run with
 * exits): then the outcomes may only add up to at most the offered contacts.
 */
function sliceProblems(m: ContactMetrics, path: string, out: string[], exits: number | null): void {
  const ended = m.served + m.abandoned + m.blocked + m.unfinished;
  if (exits === null) {
    if (ended > m.offered) out.push(`${path}: served + abandoned + blocked + unfinished = ${ended} > offered ${m.offered}`);
  } else if (ended + exits !== m.offered) {
    out.push(`${path}: served + abandoned + blocked + unfinished${exits > 0 ? ` + queue exits ${exits}` : ''} = ${ended + exits} ≠ offered ${m.offered}`);
  }
  if (m.answered > m.offered) out.push(`${path}: answered ${m.answered} > offered ${m.offered}`);
  if (m.answeredWithinTarget > m.answered) out.push(`${path}: answered within target ${m.answeredWithinTarget} > answered ${m.answered}`);
  if (m.shortAbandoned > m.abandoned) out.push(`${path}: short abandons ${m.shortAbandoned} > abandoned ${m.abandoned}`);
  const w = m.wait;
  const order = [w.p50, w.p80, w.p90, w.p95, w.p99].filter((x): x is number => x !== null);
  for (let i = 1; i < order.length; i++) if (order[i]! < order[i - 1]!) out.push(`${path}.wait: percentiles decrease (${order.join(', ')})`);
  if (w.max !== null) {
    const top = Math.max(...order, w.mean ?? 0);
    if (top > w.max * (1 + SKETCH_SLACK) + 1e-9) out.push(`${path}.wait: a percentile or the mean (${top}) exceeds the maximum ${w.max}`);
  }
}

/** Every range or relation problem of a run's metrics (the first `limit`). */
export function metricProblems(result: SimulationResult, limit = 10): string[] {
  const out: string[] = [];
  walk(result, 'result', '', out);
  const exitsOf = new Map((result.queueExits ?? []).map((e) => [e.name, e.balked + e.voicemail + e.rerouted + e.cleared]));
  const anyExits = result.queueExits !== undefined;
  sliceProblems(result.overall, 'overall', out, [...exitsOf.values()].reduce((a, b) => a + b, 0));
  for (const m of result.byContactType) sliceProblems(m, `byContactType['${m.name}']`, out, exitsOf.get(m.name) ?? 0);
  for (const [name, slices] of [['byChannel', result.byChannel], ['bySegment', result.bySegment]] as const) {
    for (const m of slices) sliceProblems(m, `${name}['${m.name}']`, out, anyExits ? null : 0);
  }
  let previous = 0;
  for (const point of result.waitDistribution) {
    if (point.answered === null) continue;
    if (point.answered < previous - 1e-12) out.push(`waitDistribution: the share answered within ${point.upTo} s (${point.answered}) is below an earlier one (${previous})`);
    previous = point.answered;
  }
  return out.slice(0, limit);
}
