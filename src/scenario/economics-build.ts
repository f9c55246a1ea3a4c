import { CHANNELS } from '../model/channel';
import type { AgentGroupDefinition, SegmentDefinition, SiteDefinition } from '../model/definition';
import type { AgentRates, ChurnModel, EconomicsDefinition, JourneyWeights } from '../model/economics';
import { DEFAULT_EFFORT_WEIGHTS, JOURNEY_WEIGHT_KEYS, type ParsedCosts, type ParsedCustomerImpact } from './economics-schema';

/**
 * Resolves `costs` and `customerImpact` into the model's {@link EconomicsDefinition}: a group's
 * rate is its own (`costs.agentGroups.<group>`), else its site's (`costs.sites.<site>`), else 0,
 * field by field; omitted prices are 0; a segment's churn model is the scenario-wide one with the
 * segment's `base` and weights laid over it.
 *
 * @module
 */

function weights(given: Partial<Record<string, number | undefined>> | undefined, fallback: JourneyWeights): JourneyWeights {
  const out: Record<string, number> = {};
  for (const key of JOURNEY_WEIGHT_KEYS) out[key] = given?.[key] ?? fallback[key];
  return out as unknown as JourneyWeights;
}

const NO_WEIGHTS: JourneyWeights = weights({}, { ...DEFAULT_EFFORT_WEIGHTS, extraContacts: 0, repeatedInformation: 0, transfers: 0, abandons: 0, brokenPromises: 0, unresolved: 0 });

/**
 * The economics of a model, or undefined when the scenario gives neither `costs` nor
 * `customerImpact` (then nothing is priced and the result has no `economics`).
 */
export function buildEconomics(
  costs: ParsedCosts | undefined,
  impact: ParsedCustomerImpact | undefined,
  groups: readonly AgentGroupDefinition[],
  sites: readonly SiteDefinition[],
  segments: readonly SegmentDefinition[],
): EconomicsDefinition | undefined {
  if (costs === undefined && impact === undefined) return undefined;
  const agentRates = groups.map((g): AgentRates => {
    const own = costs?.agentGroups?.[g.name];
    const site = costs?.sites?.[sites[g.site]!.name];
    return {
      perHour: own?.perHour ?? site?.perHour ?? 0,
      perHandledContact: own?.perHandledContact ?? site?.perHandledContact ?? 0,
      perHandledMinute: own?.perHandledMinute ?? site?.perHandledMinute ?? 0,
    };
  });
  const channels = (costs?.channels ?? {}) as Partial<Record<string, { perContact: number; perHandledMinute: number; perQueueMinute: number; perCallbackAttempt: number; perSelfServiceSession: number }>>;
  const channelRates = CHANNELS.map((ch) => {
    const r = channels[ch];
    return { perContact: r?.perContact ?? 0, perHandledMinute: r?.perHandledMinute ?? 0, perQueueMinute: r?.perQueueMinute ?? 0, perCallbackAttempt: r?.perCallbackAttempt ?? 0, perSelfServiceSession: r?.perSelfServiceSession ?? 0 };
  });
  const p = costs?.penalties;
  const penalties = {
    perAbandoned: p?.perAbandoned ?? 0,
    perBlocked: p?.perBlocked ?? 0,
    perBrokenPromise: p?.perBrokenPromise ?? 0,
    perUnfinished: p?.perUnfinished ?? 0,
    waitBeyond: p?.waitBeyond?.after ?? 0,
    perMinuteBeyond: p?.waitBeyond?.perMinute ?? 0,
  };
  const c = impact?.churn;
  const churn =
    c === undefined
      ? null
      : segments.map((s): ChurnModel => {
          const override = c.bySegment?.[s.name];
          const base = weights(c.weights, NO_WEIGHTS);
          return { kind: c.model, base: override?.base ?? c.base, weights: weights(override?.weights, base) };
        });
  return {
    currency: costs?.currency ?? '',
    agentRates,
    channelRates,
    penalties,
    churn,
    effort: weights(impact?.effort, DEFAULT_EFFORT_WEIGHTS),
  };
}
