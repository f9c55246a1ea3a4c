import { describe, expect, it } from 'vitest';
import { simulateModel } from '../../src/run/simulate';
import { expMean, singleQueueModel } from '../support/models';

/**
 * Regression: with `endOfDay: 'drain'` the run used to stop at its last event even when that came
 * before the horizon, so agent time stopped being counted early and occupancy was overstated.
 */
describe('a drain run that empties before the horizon', () => {
  // 2 agents on duty for 4 h, about one contact an hour: the last one is served well before 4 h.
  const model = singleQueueModel({ arrivalRate: 1 / 3600, handleTime: expMean(60), agents: 2, horizon: 4 * 3600, endOfDay: 'drain' });

  it('runs at least until the horizon', () => {
    const result = simulateModel(model, { seed: 3 });
    expect(result.endTime).toBeGreaterThanOrEqual(model.horizon);
  });

  it('counts the agents logged on until the horizon, as a cut run does', () => {
    const drained = simulateModel(model, { seed: 3 });
    const cut = simulateModel({ ...model, endOfDay: 'cut' }, { seed: 3 });
    expect(cut.agents.staffedHours).toBeCloseTo(8, 9);
    expect(drained.agents.staffedHours).toBeCloseTo(8, 9);
  });
});
