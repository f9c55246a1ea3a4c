import { describe, expect, it } from 'vitest';
import { runExperiment } from '../../src/experiment/replications';
import type { ScenarioInput } from '../../src/scenario/schema';

/**
 * Every bound at once where agent time adds up: a 10-year mean handle time (the longest duration
 * accepted) and wrap-up, ×1000 for the group's proficiency and ×1000 for a repeat without context.
 * The largest draw is about 37 × 3.15e8 s × 1e6 ≈ 1.2e16 s, and its square 1.4e32 is still far
 * from overflowing, so every metric and its variance stays finite (before the ranges, a mean of
 * 1e308 gave staffedHours = Infinity and occupancy NaN, and flattenMetrics threw).
 */
const extreme: ScenarioInput = {
  name: 'every bound on agent time',
  horizon: '2h',
  skills: ['help'],
  journey: { context: 'none', repeatHandleFactor: 1_000 },
  contactTypes: [
    {
      name: 'calls',
      skills: { help: 1 },
      handleTime: { kind: 'exponential', mean: '3650d' },
      patience: { kind: 'exponential', mean: '2m' },
      arrivals: { rate: '60/h' },
      resolution: { probability: 0.5 },
      repeat: { probability: 1, delay: { kind: 'exponential', mean: '1m' } },
    },
  ],
  agentGroups: [{ name: 'desk', skills: { help: 1 }, agents: 4, handleTimeFactor: { 1: 1_000 }, wrapUp: { kind: 'exponential', mean: '3650d' } }],
};

describe('a valid scenario at the bounds of agent time', () => {
  it('gives finite metrics and confidence intervals over replications', async () => {
    const result = await runExperiment(extreme, { replications: 3, threads: 1, seed: 7 });
    const summaries = Object.entries(result.summary);
    expect(summaries.length).toBeGreaterThan(10);
    const notFinite = summaries.filter(([, s]) => s === undefined || [s.mean, s.sd, s.halfWidth].some((v) => v !== null && !Number.isFinite(v)));
    expect(notFinite).toEqual([]);
    const staffed = result.summary['agents.staffedHours'];
    // 4 agents for at least the 2 h horizon, and the drain runs for years of handle time
    expect(staffed?.mean).toBeGreaterThan(8);
    expect(result.summary['agents.occupancy']?.mean).toBeLessThanOrEqual(1);
  });
});
