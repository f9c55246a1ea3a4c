import type { ContactRecord } from '../../src/index';

/** What the records of one run are checked against. */
export interface TraceContext {
  /** The run's horizon (seconds). */
  readonly horizon: number;
  /** With `cut`, nothing ends after the horizon. */
  readonly endOfDay: 'drain' | 'cut';
}

/**
 * The problems of a per-contact trace (see `ContactTrace`), one line each, empty when consistent.
 * Every record: times finite and `0 ≤ arrival ≤ end`; a wait (null only for a blocked contact)
 * ≥ 0 and within the contact's time in the system; a service start (null exactly when no agent is
 * named) within `[arrival + wait, end]` (the wait ends where service starts); a handle time exactly
 * for served contacts, equal to `end − serviceStart`; served contacts name their agent, abandoned
 * and blocked ones none; group and site named with the agent; serials distinct; under `cut`
 * nothing ends after the horizon.
 */
export function traceProblems(records: readonly ContactRecord[], context: TraceContext): string[] {
  const problems: string[] = [];
  const serials = new Set<number>();
  const eps = 1e-9;
  for (const r of records) {
    const bad = (what: string) => problems.push(`contact #${r.serial} (${r.outcome}): ${what}`);
    if (serials.has(r.serial)) bad('serial seen twice');
    serials.add(r.serial);
    if (!(Number.isFinite(r.arrival) && r.arrival >= 0)) bad(`arrival ${r.arrival}`);
    if (!(Number.isFinite(r.end) && r.end >= r.arrival)) bad(`end ${r.end} before arrival ${r.arrival}`);
    if (context.endOfDay === 'cut' && r.end > context.horizon) bad(`ends at ${r.end}, after the cut at ${context.horizon}`);
    if ((r.wait === null) !== (r.outcome === 'blocked')) bad(`wait ${r.wait} (null only when blocked)`);
    if (r.wait !== null) {
      if (!(Number.isFinite(r.wait) && r.wait >= 0)) bad(`wait ${r.wait}`);
      if (r.wait > r.end - r.arrival + eps) bad(`wait ${r.wait} longer than the time in the system ${r.end - r.arrival}`);
    }
    if ((r.serviceStart === null) !== (r.agent === null)) bad(`serviceStart ${r.serviceStart} with agent ${r.agent}`);
    if ((r.agent === null) !== (r.group === null) || (r.agent === null) !== (r.site === null)) bad('group or site without agent');
    if (r.serviceStart !== null) {
      if (!(r.serviceStart >= r.arrival)) bad(`serviceStart ${r.serviceStart} before arrival ${r.arrival}`);
      if (!(r.serviceStart <= r.end)) bad(`serviceStart ${r.serviceStart} after end ${r.end}`);
      if (r.wait !== null && r.serviceStart - r.wait < r.arrival - eps) bad(`queued at ${r.serviceStart - r.wait}, before arrival ${r.arrival}`);
    } else if (r.wait !== null && r.end - r.wait < r.arrival - eps) {
      bad(`queued at ${r.end - r.wait}, before arrival ${r.arrival}`);
    }
    if (r.outcome === 'served') {
      if (r.serviceStart === null || r.handleTime === null) bad('served without service start or handle time');
      else if (Math.abs(r.handleTime - (r.end - r.serviceStart)) > eps) bad(`handleTime ${r.handleTime} ≠ end − serviceStart`);
    } else if (r.handleTime !== null) bad(`handleTime ${r.handleTime} on a contact not served`);
    if ((r.outcome === 'abandoned' || r.outcome === 'blocked') && r.agent !== null) bad(`agent ${r.agent} on a contact never served`);
  }
  return problems;
}
