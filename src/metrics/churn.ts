import type { ChurnModel, JourneyWeights } from '../model/economics';

/**
 * The customer consequences of one issue's journey: the probability that the customer leaves
 * (churn) and the customer effort score, both from the same counts.
 *
 * @module
 */

/** The counts of one closed issue's journey that the churn model and the effort score weigh. */
export interface JourneyCounts {
  /** Contacts about the issue beyond the first, transfers not counted. */
  readonly extraContacts: number;
  /** Times the customer repeated the information. */
  readonly repeatedInformation: number;
  /** Transfers. */
  readonly transfers: number;
  /** Contacts the customer abandoned. */
  readonly abandons: number;
  /** Callback promises broken. */
  readonly brokenPromises: number;
  /** Minutes waited in queue over the contacts. */
  readonly waitMinutes: number;
  /** 1 when the issue closed unresolved (the customer gave up), else 0. */
  readonly unresolved: number;
}

/** s = Σ wᵢ xᵢ over the journey counts. */
export function weightedJourney(weights: JourneyWeights, x: JourneyCounts): number {
  return (
    weights.extraContacts * x.extraContacts +
    weights.repeatedInformation * x.repeatedInformation +
    weights.transfers * x.transfers +
    weights.abandons * x.abandons +
    weights.brokenPromises * x.brokenPromises +
    weights.waitMinutes * x.waitMinutes +
    weights.unresolved * x.unresolved
  );
}

/**
 * Probability in [0, 1] that the customer leaves after this journey (see {@link ChurnModel}):
 * `hazard`: `1 − (1 − base) · exp(−s)`; `logistic`: `1 / (1 + exp(−(logit(base) + s)))`.
 */
export function churnProbability(model: ChurnModel, x: JourneyCounts): number {
  const s = weightedJourney(model.weights, x);
  if (model.kind === 'hazard') return 1 - (1 - model.base) * Math.exp(-s);
  const z = Math.log(model.base / (1 - model.base)) + s;
  // Stryker disable next-line EqualityOperator: at z = 0 both forms give 1/2
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** The customer effort score of a journey: Σ wᵢ xᵢ with the effort weights (effort points). */
export function effortScore(weights: JourneyWeights, x: JourneyCounts): number {
  return weightedJourney(weights, x);
}
