import { erlangA } from '../analytic/erlang-a';
import { erlangC } from '../analytic/erlang-c';
import type { ContactTypeDefinition, ModelDefinition } from '../model/definition';
import type { PlanningGrid } from './staffing-plan';
import type { ResolvedTarget } from './targets';

/**
 * The optimizer's starting point: per contact type and interval, the Erlang C agents (Erlang A when
 * the type has patience) that meet the type's service-level, abandonment and ASA targets were the
 * type served alone by a pool of its own, and which groups may serve each type. These become the
 * first constraints of the staffing integer program: a type cannot get by with fewer agents in the
 * groups able to serve it than it would need alone, if the model's assumptions held.
 *
 * @module
 */

/** The Erlang requirements of a model. */
export interface ErlangStart {
  /** Agents needed `[type][interval]` (scheduled, shrinkage included). */
  readonly required: readonly (readonly number[])[];
  /** Offered load (erlangs) `[type][interval]`. */
  readonly load: readonly (readonly number[])[];
  /** Arrival rate (per second) `[type][interval]`. */
  readonly rate: readonly (readonly number[])[];
  /** Groups able to serve each type (primary or overflow), `[type]`. */
  readonly eligible: readonly (readonly number[])[];
}

/** Largest number of agents the start looks at for one type and interval. */
const MAX_START_AGENTS = 5000;

/** Whether group g may serve contacts of type t (skills, channel, or an overflow step naming it). */
export function groupServes(model: ModelDefinition, type: number, group: number): boolean {
  const t = model.contactTypes[type]!;
  const g = model.agentGroups[group]!;
  if ((g.concurrency[t.channel] ?? 0) === 0) return false;
  if (t.requirements.every((r) => (g.proficiency[r.skill] ?? 0) >= r.minProficiency)) return true;
  return (t.overflow ?? []).some((step) => step.groups.includes(group));
}

/** Mean arrival rate (per second) of a type over [from, to). */
export function meanArrivalRate(t: ContactTypeDefinition, from: number, to: number): number {
  const a = t.arrivals;
  if (a.kind === 'poisson') return a.rate;
  if (a.kind === 'trace') return a.times.filter((x) => x >= from && x < to).length / (to - from);
  const steps = 16;
  let sum = 0;
  for (let i = 0; i < steps; i++) {
    const at = (from + ((i + 0.5) * (to - from)) / steps) % a.period;
    sum += a.rates[Math.floor(at / a.intervalLength)] ?? 0;
  }
  return sum / steps;
}

/**
 * Smallest number of servers meeting every target of a single queue (Erlang A with patience, else
 * Erlang C); 0 without arrivals.
 */
export function erlangAgents(rate: number, meanService: number, meanPatience: number | null, targets: readonly ResolvedTarget[]): number {
  if (rate <= 0) return 0;
  const a = rate * meanService;
  if (targets.length === 0) return 0;
  const first = meanPatience === null ? Math.floor(a) + 1 : Math.max(1, Math.floor(a * 0.5));
  for (let c = first; c <= MAX_START_AGENTS; c++) {
    const q =
      meanPatience === null
        ? erlangC({ arrivalRate: rate, meanServiceTime: meanService, agents: c })
        : erlangA({ arrivalRate: rate, meanServiceTime: meanService, meanPatience, agents: c });
    const abandon = 'probabilityOfAbandon' in q ? q.probabilityOfAbandon : 0;
    const ok = targets.every((t) => {
      if (t.metric === 'service-level') return q.serviceLevel(t.within) >= t.value;
      if (t.metric === 'abandonment') return abandon <= t.value;
      if (t.metric === 'asa') return q.averageSpeedOfAnswer <= t.value;
      return true;
    });
    if (ok) return c;
  }
  return MAX_START_AGENTS;
}

/**
 * Erlang requirements per type and interval (see {@link ErlangStart}). A chat or e-mail agent
 * holding `m` contacts at once counts as `m` servers; `shrinkage` (a share of scheduled time not
 * available) divides the requirement by `1 − shrinkage`.
 */
export function erlangStart(model: ModelDefinition, targets: readonly ResolvedTarget[], grid: PlanningGrid, shrinkage = 0): ErlangStart {
  const eligible = model.contactTypes.map((_, k) => model.agentGroups.map((_, g) => g).filter((g) => groupServes(model, k, g)));
  const rate: number[][] = [];
  const load: number[][] = [];
  const required: number[][] = [];
  model.contactTypes.forEach((t, k) => {
    const own = targets.filter((x) => (x.type === k || x.type === -1) && x.metric !== 'fcr' && x.metric !== 'occupancy');
    const concurrency = Math.max(1, ...eligible[k]!.map((g) => model.agentGroups[g]!.concurrency[t.channel] ?? 1));
    const patience = t.patience === null || !Number.isFinite(t.patience.mean) ? null : t.patience.mean;
    const r: number[] = [];
    const l: number[] = [];
    const n: number[] = [];
    for (let i = 0; i < grid.intervals; i++) {
      const from = i * grid.intervalLength;
      const lambda = meanArrivalRate(t, from, Math.min(from + grid.intervalLength, Math.max(model.horizon, from + 1)));
      r.push(lambda);
      l.push(lambda * t.handleTime.mean);
      const servers = erlangAgents(lambda, t.handleTime.mean, patience, own);
      // max(0, …): a need of 0 is +0, not the −0 that ceil gives just below 0 (a result compared with toEqual or Object.is)
      n.push(Math.max(0, Math.ceil(servers / concurrency / (1 - shrinkage) - 1e-9)));
    }
    rate.push(r);
    load.push(l);
    required.push(n);
  });
  return { required, load, rate, eligible };
}
