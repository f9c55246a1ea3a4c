import { describe, expect, it } from 'vitest';
import { metricObjective, tunePolicy } from '../../src/experiment/tune-policy';

const scenario = {
  name: 'tune',
  horizon: '2h',
  skills: ['s'],
  contactTypes: [
    { name: 'calls', skills: { s: 1 }, handleTime: { kind: 'exponential', mean: '3m' }, patience: { kind: 'exponential', mean: '2m' }, arrivals: { rate: '80/h' } },
  ],
  agentGroups: [{ name: 'desk', skills: { s: 1 }, agents: 5 }],
};

describe('tunePolicy()', () => {
  // WR with a constant of −10 min keeps every call waiting 10 minutes before any agent may take it:
  // nearly every caller (mean patience 2 min) abandons. The search must find the constant 0.
  const options = {
    policy: 'weight-based',
    start: { constant: -600 },
    space: { constant: [-600, -60, 0] },
    objective: metricObjective('overall.abandonmentRate', 'min'),
    replications: 3,
    threads: 1,
    seed: 5,
  };

  it('finds the options that lower the objective, and confirms them on fresh seeds', async () => {
    const tuned = await tunePolicy(scenario as never, options);
    expect(tuned.best).toEqual({ constant: 0 });
    expect(tuned.candidates.map((c) => c.options)).toEqual([{ constant: -600 }, { constant: -60 }, { constant: 0 }]);
    const [slow, , quick] = tuned.candidates;
    expect(slow!.objective.mean!).toBeGreaterThan(0.6);
    expect(quick!.objective.mean!).toBeLessThan(0.3);
    expect(tuned.validation.seed).toBe('5/validation');
    expect(tuned.validation.replications).toBe(6);
    expect(tuned.validation.improved).toBe(true);
    expect(tuned.validation.difference.upper!).toBeLessThan(0);
  });

  it('is reproducible: the same seed gives the same search and validation', async () => {
    const a = await tunePolicy(scenario as never, { ...options, space: { constant: [0, -60] } });
    const b = await tunePolicy(scenario as never, { ...options, space: { constant: [0, -60] } });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('rejects an empty space and a non-finite objective', async () => {
    await expect(tunePolicy(scenario as never, { ...options, space: {} })).rejects.toThrow(/space must name at least one option/);
    await expect(tunePolicy(scenario as never, { ...options, space: { constant: [0] }, objective: () => Number.NaN })).rejects.toThrow(/objective must return a finite number/);
  });
});
