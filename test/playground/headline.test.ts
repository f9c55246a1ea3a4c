import { describe, expect, it } from 'vitest';
import { runExperiment, type ExperimentResult, type ScenarioInput } from 'routelab';
import { formatValue, headlineRows } from '../../playground/headline';

const scenario: ScenarioInput = {
  name: 'one queue',
  horizon: '2h',
  skills: ['calls'],
  contactTypes: [{ name: 'calls', skills: { calls: 1 }, handleTime: { kind: 'exponential', mean: '4m' }, patience: { kind: 'exponential', mean: '3m' }, arrivals: { rate: '60/h' } }],
  agentGroups: [
    { name: 'front', skills: { calls: 1 }, agents: 3 },
    { name: 'back office', skills: { calls: 1 }, agents: 2 },
  ],
};

describe('headlineRows', () => {
  it('shows the headline figures the result has, and each group occupancy, with intervals', async () => {
    const result: ExperimentResult = await runExperiment(scenario, { replications: 3, seed: 5, threads: 1 });
    const rows = headlineRows(result);
    // Without a journey block each contact is its own issue: FCR is still measured.
    expect(rows.map((r) => r.metric)).toEqual([
      'overall.serviceLevel',
      'overall.asa',
      'overall.abandonmentRate',
      'journey.overall.fcr',
      'agents.occupancy',
      'byAgentGroup.front.occupancy',
      'byAgentGroup.back office.occupancy',
    ]);
    expect(rows[6]?.label).toBe('Occupancy, back office');
    const sl = result.summary['overall.serviceLevel']!;
    expect(rows[0]).toMatchObject({ mean: formatValue(sl.mean, 'percent'), interval: `${formatValue(sl.lower, 'percent')} – ${formatValue(sl.upper, 'percent')}` });
  });

  it('formats fractions as percentages, seconds with one decimal, and null as a dash', () => {
    expect(formatValue(0.8456, 'percent')).toBe('84.6 %');
    expect(formatValue(12.34, 'seconds')).toBe('12.3 s');
    expect(formatValue(null, 'percent')).toBe('–');
  });
});
