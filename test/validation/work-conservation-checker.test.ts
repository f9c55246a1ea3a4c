import { describe, expect, it } from 'vitest';
import { longestIdleAgentPolicy } from '../../src/routing/longest-idle-agent';
import { PolicyRegistry } from '../../src/routing/registry';
import { simulateModel } from '../../src/run/simulate';
import { expMean, singleQueueModel } from '../support/models';
import { WorkConservationChecker } from '../support/work-conservation';

/** The work-conservation check of the property tests must catch a policy that leaves work undone. */
describe('WorkConservationChecker', () => {
  const model = singleQueueModel({ arrivalRate: 1 / 60, handleTime: expMean(120), agents: 3, horizon: 3600 });

  it('passes a work-conserving policy', () => {
    const checker = new WorkConservationChecker();
    simulateModel(model, { observers: [checker] });
    expect(checker.checks).toBeGreaterThan(20);
  });

  it('catches a policy that queues contacts while agents are free', () => {
    // Never picks an agent on arrival; agents only take work when they finish a contact.
    const lazy = PolicyRegistry.withBuiltIns().register('lazy', (context) => ({
      selectAgent: () => -1,
      selectContact: longestIdleAgentPolicy(context).selectContact,
    }));
    const lazyModel = { ...model, routing: { policy: 'lazy', options: {} } };
    const run = () => simulateModel(lazyModel, { policies: lazy, observers: [new WorkConservationChecker()] });
    expect(run).toThrow(/work conservation violated/);
  });
});
