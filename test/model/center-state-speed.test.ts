import { describe, expect, it } from 'vitest';
import type { ModelDefinition } from '../../src/model/definition';
import type { ContactCenterView } from '../../src/model/view';
import { deterministic } from '../../src/random/distributions/deterministic';
import { simulateModel } from '../../src/run/simulate';
import { singleQueueModel } from '../support/models';

/**
 * The handle-time factor the view gives for a pair that is not eligible (`agentHandleTimeFactor`:
 * from the model), in a model built in code whose first type no group may serve (the scenario
 * would refuse it; code-built models skip that check). One group, proficiency 3 in skill 0 and
 * none in skill 1, handle-time factors 1.4 at level 0 and 0.7 at level 3.
 */
function model(): ModelDefinition {
  const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 10 }), agents: 1, horizon: 100, endOfDay: 'drain' });
  const calls = base.contactTypes[0]!;
  return {
    ...base,
    contactTypes: [
      { ...calls, id: 0, name: 'rare', arrivals: { kind: 'trace', times: [] }, requirements: [{ skill: 1, minProficiency: 1 }] },
      { ...calls, id: 1, arrivals: { kind: 'trace', times: [0] } },
    ],
    agentGroups: [{ ...base.agentGroups[0]!, handleTimeFactor: [1.4, 1, 1, 0.7, 1, 1] }],
  };
}

describe('the handle-time factor of a pair that is not eligible', () => {
  it('comes from the model, not from the next type served', () => {
    let view!: ContactCenterView;
    const factors: number[][] = [];
    simulateModel(model(), {
      observers: [{ attach: (v) => void (view = v), onServiceStart: (_c, agent) => void factors.push([view.agentHandleTimeFactor(agent, 0), view.agentHandleTimeFactor(agent, 1)]) }],
    });
    expect(factors).toEqual([[1.4, 0.7]]);
  });
});
