import { describe, expect, it } from 'vitest';
import { flattenMetrics, metricPath } from '../../src/experiment/metric-paths';
import { simulate, type SimulationResult } from '../../src/run/simulate';
import { helpDesk } from './scenarios';

describe('flattenMetrics()', () => {
  const result = simulate(helpDesk(1), { seed: 2 });
  const flat = flattenMetrics(result);
  const value = (path: string) => flat.values[flat.paths.indexOf(path)];

  it('names every numeric leaf by a dotted path, named lists by name and intervals by index', () => {
    expect(value('overall.serviceLevel')).toBe(result.overall.serviceLevel);
    expect(value('overall.wait.p90')).toBe(result.overall.wait.p90);
    expect(value('byContactType.tech.asa')).toBe(result.byContactType[1]!.asa);
    expect(value('byAgentGroup.billing-team.occupancy')).toBe(result.byAgentGroup[0]!.occupancy);
    expect(value('meanQueueLengthByContactType.billing')).toBe(result.meanQueueLengthByContactType[0]!.value);
    expect(value('intervals.1.serviceLevel')).toBe(result.intervals[1]!.serviceLevel);
    expect(value('intervals.1.start')).toBe(1800);
    expect(value('endTime')).toBe(result.endTime);
  });

  it('leaves out what identifies the run, and labels', () => {
    for (const p of ['seed', 'replication', 'scenario', 'policy']) expect(flat.paths).not.toContain(p);
    expect(flat.paths.some((p) => p.endsWith('.name'))).toBe(false);
    expect(new Set(flat.paths).size).toBe(flat.paths.length);
  });

  it('keeps nulls and numbers, nothing else', () => {
    for (const v of flat.values) expect(v === null || Number.isFinite(v)).toBe(true);
  });

  it('brackets names that contain dots', () => {
    const renamed = { ...result, byContactType: [{ ...result.byContactType[0]!, name: 'sales.calls' }] } as SimulationResult;
    expect(flattenMetrics(renamed).paths).toContain('byContactType["sales.calls"].asa');
    expect(metricPath('byContactType', 'sales.calls', 'asa')).toBe('byContactType["sales.calls"].asa');
    expect(metricPath('intervals', 3, 'asa')).toBe('intervals.3.asa');
  });

  it('refuses non-finite values and duplicate names', () => {
    const bad = { ...result, meanQueueLength: Infinity } as SimulationResult;
    expect(() => flattenMetrics(bad)).toThrow("flattenMetrics: metric 'meanQueueLength' must be a finite number or null, got Infinity");
    const twice = { ...result, byContactType: [result.byContactType[0]!, result.byContactType[0]!] } as SimulationResult;
    expect(() => flattenMetrics(twice)).toThrow(/two metrics share the path 'byContactType.billing.offered'/);
  });
});
