import type { ModelDefinition } from '../model/definition';
import type { ContactCenterView } from '../model/view';

/**
 * What the literature's index policies know of each (contact type, agent group) pair, from the
 * model: the service rate μ (1 / mean handle time of the group's agents on the type, the type's
 * mean times the group's handle-time factor at its proficiency in the type's primary skill) and
 * the probability p that a first contact is resolved (the resolution model at that proficiency;
 * 1 without a resolution model). Both are `types × groups` tables, row-major by type; 0 where the
 * group has no proficiency in the primary skill.
 */
export interface PairRates {
  /** Service rate per second. */
  readonly mu: Float64Array;
  /** Probability that a service resolves a new issue. */
  readonly resolve: Float64Array;
}

/** The {@link PairRates} of a model. */
export function pairRates(model: ModelDefinition): PairRates {
  const groups = model.agentGroups.length;
  const mu = new Float64Array(model.contactTypes.length * groups);
  const resolve = new Float64Array(model.contactTypes.length * groups);
  for (const t of model.contactTypes) {
    const primary = t.requirements[0];
    for (const g of model.agentGroups) {
      const level = primary === undefined ? 0 : (g.proficiency[primary.skill] ?? 0);
      const factor = primary === undefined ? 1 : (g.handleTimeFactor[level] ?? 1);
      const mean = t.handleTime.mean * factor;
      mu[t.id * groups + g.id] = mean > 0 ? 1 / mean : Number.MAX_VALUE;
      const r = t.resolution;
      resolve[t.id * groups + g.id] = r === null ? 1 : Math.min(1, r.probability * (r.byProficiency[level] ?? 1));
    }
  }
  return { mu, resolve };
}

/**
 * The service rate μ of `agent` on contact `type`: from the {@link PairRates} table for an agent of
 * a group of identical agents; for an individual agent (its group has `individuals`), 1 / (the
 * type's mean handle time × `view.agentHandleTimeFactor`), so its own factor, proficiency and
 * learning count.
 */
export function agentMu(view: ContactCenterView, rates: PairRates, type: number, agent: number): number {
  const model = view.model;
  const group = view.agentGroup(agent);
  if (model.agentGroups[group]!.individuals === undefined) return rates.mu[type * model.agentGroups.length + group] as number;
  const mean = model.contactTypes[type]!.handleTime.mean * view.agentHandleTimeFactor(agent, type);
  return mean > 0 ? 1 / mean : Number.MAX_VALUE;
}

/**
 * The probability p that `agent`'s service of a new contact of `type` resolves it: from the
 * {@link PairRates} table for identical agents; for an individual agent, `min(1, probability ×
 * view.agentResolutionFactor)` (1 without a resolution model).
 */
export function agentResolve(view: ContactCenterView, rates: PairRates, type: number, agent: number): number {
  const model = view.model;
  const group = view.agentGroup(agent);
  if (model.agentGroups[group]!.individuals === undefined) return rates.resolve[type * model.agentGroups.length + group] as number;
  const r = model.contactTypes[type]!.resolution;
  return r === null ? 1 : Math.min(1, r.probability * view.agentResolutionFactor(agent, type));
}
