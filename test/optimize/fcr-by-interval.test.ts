import { describe, expect, it } from 'vitest';
import { measurePlaces, measureRun } from '../../src/optimize/measure';
import { TargetCollector } from '../../src/optimize/target-collector';
import { resolveTargets } from '../../src/optimize/targets';
import { resolveScenario } from '../../src/scenario/resolve';
import type { ScenarioInput } from '../../src/scenario/schema';
import { simulateModel } from '../../src/run/simulate';

/**
 * First-contact resolution per interval of first contact, on a center whose every event is known:
 * one billing agent (10-minute calls, 5-minute patience, every served call resolves) and one sales
 * agent (nothing resolves), half-hour intervals over one hour.
 *
 * billing: 0 → served 0–600, resolved (interval 0); 60 → abandons at 360 (interval 0);
 * 1700 → served 1700–2300, resolved, counted in interval 0 where it arrived though it ends in 1;
 * 1850 → abandons at 2150 (interval 1); 3500 → served 3500–4100, after the horizon.
 * sales: 100 → served, unresolved (interval 0).
 */
function scenario(endOfDay: 'drain' | 'cut'): ScenarioInput {
  return {
    name: 'fcr by interval',
    horizon: '1h',
    interval: '30m',
    endOfDay,
    journey: {},
    skills: ['b', 's'],
    contactTypes: [
      {
        name: 'billing',
        skills: { b: 1 },
        handleTime: { kind: 'deterministic', value: '10m' },
        patience: { kind: 'deterministic', value: '5m' },
        arrivals: { trace: [0, 60, 1700, 1850, 3500] },
        resolution: { probability: 1 },
      },
      { name: 'sales', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: '10m' }, arrivals: { trace: [100] }, resolution: { probability: 0 } },
    ],
    agentGroups: [
      { name: 'billing-agents', skills: { b: 1 }, agents: 1 },
      { name: 'sales-agents', skills: { s: 1 }, agents: 1 },
    ],
  };
}

function measure(endOfDay: 'drain' | 'cut') {
  const model = resolveScenario(scenario(endOfDay));
  const targets = resolveTargets(model, [
    { metric: 'fcr', contactType: 'billing', value: 0.75, scope: 'interval' },
    { metric: 'fcr', value: 0.75, scope: 'interval' },
    { metric: 'fcr', contactType: 'billing', value: 0.75, scope: 'day' },
  ]);
  const collector = new TargetCollector(2, 1800, []);
  const result = simulateModel(model, { seed: 1, observers: [collector] });
  const places = measurePlaces(targets, 2);
  return { values: measureRun(targets, places, collector.result(), result.journey, 2, 2), tallies: collector.result(), journey: result.journey };
}

describe('FCR per interval of first contact', () => {
  it('attributes each issue to the interval its first contact arrived in, abandons counting as unresolved', () => {
    const { values, tallies } = measure('drain');
    // billing [interval 0, interval 1], all types [0, 1], billing over the day (journey collector)
    expect(values).toEqual([2 / 3, 1 / 2, 2 / 4, 1 / 2, 3 / 5]);
    expect([...tallies.firstEnded]).toEqual([3, 2, 1, 0]);
    expect([...tallies.resolvedAtFirst]).toEqual([2, 1, 0, 0]);
  });

  it('leaves out first contacts still in service when the run is cut at the horizon (censored)', () => {
    const { values, journey } = measure('cut');
    expect(values.slice(0, 4)).toEqual([2 / 3, 0, 2 / 4, 0]);
    expect(journey.byContactType[0]!.firstContactsEnded).toBe(4);
  });

  it('adds up to the journey collector’s day counts when every first contact ends', () => {
    const { tallies, journey } = measure('drain');
    journey.byContactType.forEach((m, type) => {
      expect(tallies.firstEnded[type * 2]! + tallies.firstEnded[type * 2 + 1]!).toBe(m.firstContactsEnded);
      expect(tallies.resolvedAtFirst[type * 2]! + tallies.resolvedAtFirst[type * 2 + 1]!).toBe(m.resolvedAtFirstContact);
    });
  });

  it('gives null in an interval where no first contact ended', () => {
    const model = resolveScenario({ ...scenario('cut'), contactTypes: scenario('cut').contactTypes.map((t) => ({ ...t, arrivals: { trace: [100] } })) });
    const targets = resolveTargets(model, [{ metric: 'fcr', contactType: 'billing', value: 0.75, scope: 'interval' }]);
    const collector = new TargetCollector(2, 1800, []);
    const run = simulateModel(model, { seed: 1, observers: [collector] });
    expect(measureRun(targets, measurePlaces(targets, 2), collector.result(), run.journey, 2, 2)).toEqual([1, null]);
  });
});
