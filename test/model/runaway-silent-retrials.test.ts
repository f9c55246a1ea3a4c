import { describe, expect, it } from 'vitest';
import type { ModelDefinition } from '../../src/model/definition';
import { DEFAULT_JOURNEY } from '../../src/model/journey';
import { RunawayError } from '../../src/model/runaway';
import { deterministic } from '../../src/random/distributions/deterministic';
import { simulateModel } from '../../src/run/simulate';
import { singleQueueModel } from '../support/models';

/**
 * A chat customer who has always left silently before the agent answers (after 0 s, found at once)
 * and tries again at once, with `journey.maxContacts` lifted (a model built in code): the issue
 * never closes, so the runaway watch stops the run at the first chat's instant. The loop is made
 * of retrials (a silent abandonment is an abandonment), and the watch must name them.
 */
function silentRetrialLoop(): ModelDefinition {
  const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 100 }), agents: 1, horizon: 3600, endOfDay: 'drain' });
  const type = base.contactTypes[0]!;
  return {
    ...base,
    journey: { ...(base.journey ?? DEFAULT_JOURNEY), maxContacts: 1e12 },
    contactTypes: [
      {
        ...type,
        channel: 1,
        arrivals: { kind: 'trace', times: [10] },
        silentAbandonment: { probability: 1, after: deterministic({ value: 0 }), discoveryTime: deterministic({ value: 0 }) },
        retrial: { probability: 1, delay: deterministic({ value: 0 }), next: [[0, 1]] },
      },
    ],
    agentGroups: [{ ...base.agentGroups[0]!, concurrency: [0, 1, 0, 0] }],
  };
}

describe('the runaway watch and silent abandonment', () => {
  it('names retrials when customers who left silently try again for ever', () => {
    let error: unknown = null;
    try {
      simulateModel(silentRetrialLoop(), { seed: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RunawayError);
    expect(error).toMatchObject({ mechanism: 'retrials', time: 10 });
  });
});
