import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { runExperiment } from '../../src/experiment/replications';
import { ScenarioError } from '../../src/scenario/errors';
import { helpDesk } from './scenarios';

const policyModule = fileURLToPath(new URL('./fixtures/first-group-first.ts', import.meta.url));

describe('policyModule', () => {
  it('registers custom policies in every worker, with the same results as in-process', async () => {
    const options = { replications: 4, seed: 3, policyModule };
    const inProcess = await runExperiment(helpDesk(2, 'first-group-first'), { ...options, threads: 1 });
    const workers = await runExperiment(helpDesk(2, 'first-group-first'), { ...options, threads: 2 });
    expect(inProcess.policy).toBe('first-group-first');
    expect(JSON.stringify(workers)).toBe(JSON.stringify(inProcess));
    // The custom policy really routes differently: the first group answers more.
    const builtIn = await runExperiment(helpDesk(2), { replications: 4, seed: 3, threads: 1 });
    const share = (e: typeof builtIn) => e.summary['byAgentGroup.billing-team.answered']!.mean! / e.summary['agents.answered']!.mean!;
    expect(share(inProcess)).toBeGreaterThan(share(builtIn));
  });

  it('is needed for an unknown policy name, which fails before any run', async () => {
    await expect(runExperiment(helpDesk(2, 'first-group-first'), { replications: 2, threads: 1 })).rejects.toThrow(ScenarioError);
  });

  it('says what is wrong with a module without policies', async () => {
    const bad = fileURLToPath(new URL('./scenarios.ts', import.meta.url));
    await expect(runExperiment(helpDesk(), { replications: 2, threads: 1, policyModule: bad })).rejects.toThrow(/must export 'policies'/);
  });

  it('cannot be combined with a registry', async () => {
    const { PolicyRegistry } = await import('../../src/routing/registry');
    await expect(
      runExperiment(helpDesk(), { replications: 2, threads: 1, policyModule, policies: PolicyRegistry.withBuiltIns() }),
    ).rejects.toThrow(/either policies .* or policyModule/);
  });
});
