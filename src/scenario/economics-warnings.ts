import { CHANNELS } from '../model/channel';
import type { ModelDefinition } from '../model/definition';
import type { IssueList } from './errors';

/**
 * Warnings about the money settings of a valid model, so that no price is silently 0: an agent
 * group left without any rate when other agents are priced, prices for a channel no contact type
 * uses, and a churn model on a center whose segments all have value 0.
 *
 * @module
 */

/** Adds the economics warnings of a resolved model to `out`. */
export function addEconomicsWarnings(model: ModelDefinition, out: IssueList): void {
  const e = model.economics;
  if (e === undefined) return;
  const priced = (g: number): boolean => {
    const r = e.agentRates[g]!;
    return r.perHour > 0 || r.perHandledContact > 0 || r.perHandledMinute > 0;
  };
  if (model.agentGroups.some((_, g) => priced(g))) {
    const unpriced = model.agentGroups.filter((_, g) => !priced(g)).map((g) => g.name);
    if (unpriced.length > 0) {
      out.add(['costs', 'agentGroups'], `no rate for ${unpriced.map((n) => `'${n}'`).join(', ')} (nor for its site): its agents cost 0; give perHour (0 if they are really free)`);
    }
  }
  CHANNELS.forEach((channel, ch) => {
    const r = e.channelRates[ch]!;
    const any = r.perContact > 0 || r.perHandledMinute > 0 || r.perQueueMinute > 0 || r.perCallbackAttempt > 0 || r.perSelfServiceSession > 0;
    if (any && !model.contactTypes.some((t) => t.channel === ch)) {
      out.add(['costs', 'channels', channel], `no contact type uses channel '${channel}': these prices are never charged`);
    }
  });
  if (e.churn !== null && model.segments.every((s) => s.value === 0)) {
    out.add(['customerImpact', 'churn'], 'every segment has value 0: customers lost are counted but the value lost is 0; give the segments their lifetime value');
  }
}
