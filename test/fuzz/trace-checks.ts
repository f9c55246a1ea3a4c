import type { ContactRecord } from '../../src/metrics/contact-trace';
import type { SimulationResult } from '../../src/run/simulate';

/**
 * Consistency of a run's per-contact trace with itself and with the run's metrics, for the
 * fuzzer: times in order for every record, fields present exactly when the outcome says so, one
 * record per contact, and the outcome counts of the contacts that arrived after the warm-up equal
 * the metrics' counts.
 *
 * @module
 */

/**
 * Problems of one record (empty when it is consistent).
 *
 * @param away - the run lets a contact spend part of its service with no agent (interruptions, or
 *   messaging sessions whose slot is released during reply gaps): its handle time (agent work) is
 *   then at most its time in service instead of equal to it
 */
export function recordProblems(r: ContactRecord, endTime: number, away = false): string[] {
  const out: string[] = [];
  const at = `contact #${r.serial} (${r.outcome})`;
  if (!(r.end >= r.arrival)) out.push(`${at}: end ${r.end} before arrival ${r.arrival}`);
  if (!(r.end <= endTime)) out.push(`${at}: end ${r.end} after the end of the run ${endTime}`);
  if (r.outcome === 'blocked') {
    if (r.wait !== null) out.push(`${at}: a blocked contact has wait ${r.wait}`);
  } else if (r.wait === null) {
    out.push(`${at}: wait missing`);
  } else if (!(r.wait >= 0)) {
    out.push(`${at}: negative wait ${r.wait}`);
  } else {
    const queuedAt = (r.serviceStart ?? r.end) - r.wait;
    if (!(queuedAt >= r.arrival - 1e-9 * Math.max(1, r.arrival))) out.push(`${at}: entered the queue at ${queuedAt}, before arriving at ${r.arrival}`);
  }
  if (r.serviceStart !== null) {
    if (!(r.serviceStart >= r.arrival)) out.push(`${at}: service start ${r.serviceStart} before arrival ${r.arrival}`);
    if (!(r.end >= r.serviceStart)) out.push(`${at}: end ${r.end} before service start ${r.serviceStart}`);
    if (r.agent === null || r.group === null || r.site === null) out.push(`${at}: service started without an agent, group and site`);
  } else if (r.agent !== null) {
    out.push(`${at}: an agent without a service start`);
  }
  if (r.outcome === 'served') {
    if (r.serviceStart === null || r.handleTime === null) out.push(`${at}: served without service start or handle time`);
    else if (away ? !(r.handleTime >= 0 && r.handleTime <= r.end - r.serviceStart + 1e-9 * Math.max(1, r.end)) : Math.abs(r.end - r.serviceStart - r.handleTime) > 1e-9 * Math.max(1, r.end)) {
      out.push(`${at}: handle time ${r.handleTime} ${away ? 'outside [0, end − service start]' : '≠ end − service start'}`);
    }
  } else {
    if (r.handleTime !== null) out.push(`${at}: handle time on a contact that was not served`);
    if ((r.outcome === 'abandoned' || r.outcome === 'blocked') && r.serviceStart !== null) out.push(`${at}: service started, yet ${r.outcome}`);
  }
  return out;
}

/** Counts per outcome of the records arriving at or after `warmup`. */
function outcomeCounts(records: readonly ContactRecord[], warmup: number): Record<ContactRecord['outcome'], number> {
  const counts = { served: 0, abandoned: 0, blocked: 0, unfinished: 0, balked: 0, voicemail: 0, rerouted: 0, cleared: 0 };
  for (const r of records) if (r.arrival >= warmup) counts[r.outcome]++;
  return counts;
}

/**
 * Every trace problem of a run (the first `limit` of them).
 *
 * @param contacts - number of contacts the run created (serials 0 .. contacts − 1)
 */
export function traceProblems(records: readonly ContactRecord[], result: SimulationResult, warmup: number, limit = 10): string[] {
  const out: string[] = [];
  const serials = new Set<number>();
  const away = result.interruptions !== undefined || result.messagingSessions !== undefined;
  for (const r of records) {
    if (serials.has(r.serial)) out.push(`contact #${r.serial} has two records`);
    serials.add(r.serial);
    out.push(...recordProblems(r, result.endTime, away));
    if (out.length >= limit) return out.slice(0, limit);
  }
  const maxSerial = records.reduce((m, r) => Math.max(m, r.serial), -1);
  if (serials.size !== maxSerial + 1) out.push(`${maxSerial + 1 - serials.size} contacts have no record (serials up to ${maxSerial})`);
  const counts = outcomeCounts(records, warmup);
  const overall = result.overall;
  for (const key of ['served', 'abandoned', 'blocked', 'unfinished'] as const) {
    if (counts[key] !== overall[key]) out.push(`the trace has ${counts[key]} ${key} contacts after the warm-up, the metrics ${overall[key]}`);
  }
  const exits = counts.balked + counts.voicemail + counts.rerouted + counts.cleared;
  const total = counts.served + counts.abandoned + counts.blocked + counts.unfinished + exits;
  for (const key of ['balked', 'voicemail', 'rerouted', 'cleared'] as const) {
    const measured = (result.queueExits ?? []).reduce((sum, m) => sum + m[key], 0);
    if (counts[key] !== measured) out.push(`the trace has ${counts[key]} ${key} contacts after the warm-up, the metrics ${measured}`);
  }
  if (total !== overall.offered) out.push(`the trace has ${total} contacts after the warm-up, the metrics offered ${overall.offered}`);
  const slices = [
    ['contact type', 'type', result.byContactType],
    ['channel', 'channel', result.byChannel],
    ['segment', 'segment', result.bySegment],
  ] as const;
  for (const [what, field, metrics] of slices) {
    for (const m of metrics) {
      const mine = outcomeCounts(records.filter((r) => r[field] === m.name), warmup);
      for (const key of ['served', 'abandoned', 'blocked', 'unfinished'] as const) {
        if (mine[key] !== m[key]) out.push(`${what} '${m.name}': the trace has ${mine[key]} ${key} contacts after the warm-up, the metrics ${m[key]}`);
      }
    }
  }
  return out.slice(0, limit);
}

/** Paths of the numbers in `value` that are NaN or infinite (the first `limit`). */
export function nonFinitePaths(value: unknown, path = 'result', out: string[] = [], limit = 10): string[] {
  if (out.length >= limit) return out;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => nonFinitePaths(v, `${path}[${i}]`, out, limit));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) nonFinitePaths(v, `${path}.${k}`, out, limit);
  }
  return out;
}
