import { describe, expect, it } from 'vitest';
import { AgentTable } from '../../src/model/agent-table';
import { CHANNEL_COUNT } from '../../src/model/channel';
import { singleQueueModel } from '../support/models';
import { exponential } from '../../src/random/distributions/exponential';
import { makeRng } from '../metrics/stats/helpers';

describe('AgentTable.hasFreeCapacity()', () => {
  it('is true exactly when the agent can take one more contact of some channel', () => {
    const g = singleQueueModel({ arrivalRate: 1, handleTime: exponential({ mean: 1 }), agents: 1, horizon: 10 }).agentGroups[0]!;
    const groups = [
      { ...g, id: 0, concurrency: [1, 0, 0, 0] },
      { ...g, id: 1, concurrency: [0, 3, 2, 0] },
      { ...g, id: 2, concurrency: [1, 2, 1, 3] },
      { ...g, id: 3, concurrency: [0, 0, 0, 0] },
    ];
    const table = new AgentTable(groups, [2, 2, 2, 2]);
    const rng = makeRng('free-capacity');
    for (let trial = 0; trial < 2000; trial++) {
      const a = Math.floor(rng() * table.count);
      table.onDuty[a] = rng() < 0.9 ? 1 : 0;
      table.leaving[a] = rng() < 0.1 ? 1 : 0;
      let total = 0;
      for (let ch = 0; ch < CHANNEL_COUNT; ch++) total += table.load[a * CHANNEL_COUNT + ch] = Math.floor(rng() * 3);
      table.totalLoad[a] = total;
      let any = false;
      for (let ch = 0; ch < CHANNEL_COUNT; ch++) any ||= table.canTake(a, ch);
      expect(table.hasFreeCapacity(a)).toBe(any);
    }
  });
});
