import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runExperiment } from '../../src/experiment/replications';
import { ScenarioError } from '../../src/scenario/errors';
import type { ScenarioInput } from '../../src/scenario/schema';
import { helpDesk } from './scenarios';

const policyModule = fileURLToPath(new URL('./fixtures/checked-policy.ts', import.meta.url));
const withOptions = (options: Record<string, unknown>): ScenarioInput => ({ ...helpDesk(1), routing: { policy: 'patient-longest-idle', options } });

describe('policyModule checkOptions', () => {
  it('checks routing.options with the module’s checker before any run', async () => {
    const failure = runExperiment(withOptions({ depth: 3 }), { replications: 2, threads: 1, policyModule });
    await expect(failure).rejects.toThrow(ScenarioError);
    await expect(failure).rejects.toThrow('routing.options.depth: must be 1 or 2, got 3');
  });

  it('runs when the options pass', async () => {
    const experiment = await runExperiment(withOptions({ depth: 2 }), { replications: 2, threads: 1, policyModule });
    expect(experiment.policy).toBe('patient-longest-idle');
  });
});
