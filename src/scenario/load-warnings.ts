import { meanSlotTime, meanWrapUpsPerSession } from '../model/messaging-session-definition';
import type { AgentGroupDefinition, ContactTypeDefinition, ModelDefinition } from '../model/definition';
import { isOnlineChannel } from '../model/channel';
import { staffingSteps, type StaffingSteps } from '../model/staffing-plan';
import type { IssueList } from './errors';
import { formatDuration } from './units';
import { rateSteps, serves, stepAt } from './warnings';

/**
 * A warning when a contact type's offered load is far above what the agents who can serve it can
 * handle: such a run is mostly abandonment or an ever-growing backlog, and with a huge arrival
 * rate it may take very long, so the user should hear before it starts.
 *
 * The check is cheap (one pass over the rate and staffing changes) and errs on the side of
 * silence: each type is compared with the full capacity of every group that may serve it, as if
 * no other type used those agents; it counts no wrap-up (but a messaging session's wrap-ups after
 * each turn with `wrapUpPerTurn`), repeats, retrials or transfers, and it uses each group's speed
 * (handle-time factor of its proficiency in the type's primary skill). A messaging session counts
 * all its turns, its gaps when the slot is held, and its context loss as if every reply reached
 * another agent (see `meanSlotTime`).
 * Voice and chat are judged at their peak (the worst stretch between two rate or staffing
 * changes); e-mail and messaging, which wait in a backlog, over the whole horizon. Trace arrivals
 * are not checked.
 *
 * @module
 */

/** Offered load above this multiple of the capacity gets a warning. */
export const OVERLOAD_FACTOR = 3;

/** From this many expected arrivals on, an overload warning adds that the run may take very long. */
export const SLOW_RUN_CONTACTS = 1e7;

/** Handle-time multiplier of agents of `group` for contacts of `type` (as the engine uses it). */
function speed(type: ContactTypeDefinition, group: AgentGroupDefinition): number {
  const primary = type.requirements[0];
  if (primary === undefined) return 1;
  return group.handleTimeFactor[group.proficiency[primary.skill] ?? 0] ?? 1;
}

/** Three significant digits: 833333.3 → `833000`, 2.4567 → `2.46`. */
function rough(value: number): string {
  return String(Number(value.toPrecision(3)));
}

/** A per-second rate as `120/h`, to three significant digits. */
function roughRate(perSecond: number): string {
  return `${rough(perSecond * 3_600)}/h`;
}

/** One stretch of constant arrival rate and staffing. */
interface Stretch {
  readonly start: number;
  readonly end: number;
  /** Arrivals per second. */
  readonly rate: number;
  /** Contacts per second the serving agents on duty can finish. */
  readonly capacity: number;
  /** Serving agents on duty. */
  readonly agents: number;
}

/** The stretches of `[0, horizon)` between changes of the arrival rate or of a group's staffing. */
function stretches(rates: readonly [number, number][], staff: readonly StaffingSteps[], perAgent: readonly number[], horizon: number): Stretch[] {
  const times = new Set<number>(rates.map(([t]) => t));
  for (const steps of staff) for (const t of steps.times) if (t < horizon) times.add(t);
  const sorted = [...times].sort((a, b) => a - b);
  const out: Stretch[] = [];
  let rateIndex = -1;
  sorted.forEach((start, i) => {
    while (rateIndex + 1 < rates.length && (rates[rateIndex + 1] as [number, number])[0] <= start) rateIndex++;
    const rate = rateIndex >= 0 ? (rates[rateIndex] as [number, number])[1] : 0;
    let capacity = 0;
    let agents = 0;
    staff.forEach((steps, k) => {
      const n = stepAt(steps, start);
      agents += n;
      capacity += n * (perAgent[k] as number);
    });
    out.push({ start, end: i + 1 < sorted.length ? (sorted[i + 1] as number) : horizon, rate, capacity, agents });
  });
  return out;
}

/** Adds a warning for each contact type whose offered load is over {@link OVERLOAD_FACTOR} × capacity. */
export function addLoadWarnings(model: ModelDefinition, out: IssueList): void {
  const { horizon } = model;
  const steps = model.agentGroups.map((g) => staffingSteps(g.staffing, horizon));
  model.contactTypes.forEach((type, t) => {
    // A messaging session takes a slot for all its turns (its gaps when held, its context loss and wrap-ups per turn when released).
    const mean = meanSlotTime(type.handleTime.mean, type.session);
    const wrapUps = meanWrapUpsPerSession(type.session);
    if (type.arrivals.kind === 'trace' || !(mean > 0) || !Number.isFinite(mean)) return;
    const groups = model.agentGroups.filter((_, g) => serves(model, g, t));
    if (groups.length === 0) return; // an error, reported by the cross-reference pass
    // Contacts per second one agent of each group can finish.
    const perAgent = groups.map((g) => (g.concurrency[type.channel] ?? 0) / (mean * speed(type, g) + (wrapUps > 0 && g.wrapUp !== null ? wrapUps * g.wrapUp.mean : 0)));
    const perContact = `${formatDuration(mean)} per contact${wrapUps > 0 && groups.some((g) => g.wrapUp !== null) ? ' and the wrap-up after each of its turns but the last' : ''}`;
    const parts = stretches(rateSteps(type.arrivals, horizon), groups.map((g) => steps[g.id] as StaffingSteps), perAgent, horizon);
    const offered = parts.reduce((sum, p) => sum + p.rate * (p.end - p.start), 0);
    const servable = parts.reduce((sum, p) => sum + p.capacity * (p.end - p.start), 0);
    const who = `the agents who can serve them (groups: ${groups.map((g) => g.name).join(', ')})`;
    const slow = offered >= SLOW_RUN_CONTACTS ? `; about ${rough(offered)} contacts arrive in the ${formatDuration(horizon)} horizon, so the run may take very long` : '';
    if (!isOnlineChannel(type.channel)) {
      if (servable > 0 && offered > OVERLOAD_FACTOR * servable) {
        out.add(
          ['contactTypes', t],
          `offered load far above capacity: about ${rough(offered)} contacts of '${type.name}' arrive in the ${formatDuration(horizon)} horizon, ` +
            `${rough(offered / servable)} times the about ${rough(servable)} that ${who} can finish in that time at ${perContact}; ` +
            `the backlog keeps growing${offered >= SLOW_RUN_CONTACTS ? ' and the run may take very long' : ''}`,
        );
      }
      return;
    }
    let peak: Stretch | undefined;
    for (const p of parts) {
      if (p.capacity > 0 && p.rate > 0 && (peak === undefined || p.rate / p.capacity > peak.rate / peak.capacity)) peak = p;
    }
    if (peak === undefined || !(peak.rate > OVERLOAD_FACTOR * peak.capacity)) return;
    out.add(
      ['contactTypes', t],
      `offered load far above capacity: during ${formatDuration(peak.start)}–${formatDuration(peak.end)} contacts of '${type.name}' arrive at ${roughRate(peak.rate)}, ` +
        `${rough(peak.rate / peak.capacity)} times the ${roughRate(peak.capacity)} that ${who}, ${peak.agents} on duty, can finish ` +
        `at ${perContact}; most of them will wait or abandon${slow}`,
    );
  });
}
