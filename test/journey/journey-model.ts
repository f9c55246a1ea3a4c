import type { ContactTypeDefinition, JourneyDefinition, ModelDefinition } from '../../src/model/definition';
import { deterministic } from '../../src/random/distributions/deterministic';
import type { Distribution } from '../../src/random/distributions/distribution';
import { singleQueueModel } from '../support/models';

/** A one-type, one-group center with journey settings, for exact journey tests. */
export function journeyModel(options: {
  agents?: number;
  arrivals?: ContactTypeDefinition['arrivals'];
  handleTime?: Distribution;
  horizon?: number;
  journey?: Partial<JourneyDefinition>;
  type?: Partial<ContactTypeDefinition>;
}): ModelDefinition {
  const base = singleQueueModel({
    arrivalRate: 1,
    handleTime: options.handleTime ?? deterministic({ value: 100 }),
    agents: options.agents ?? 1,
    horizon: options.horizon ?? 10 * 86_400,
    endOfDay: 'drain',
  });
  return {
    ...base,
    contactTypes: [{ ...base.contactTypes[0]!, arrivals: options.arrivals ?? { kind: 'trace', times: [0] }, ...options.type }],
    journey: { context: 'none', contextHandleFactor: 1, repeatHandleFactor: 1, maxContacts: 10, ...options.journey },
  };
}
