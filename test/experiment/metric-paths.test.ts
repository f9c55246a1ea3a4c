import { beforeEach, describe, expect, it } from 'vitest';
import { flattenMetrics, metricPath, pathSegment, type FlatMetrics } from '../../src/experiment/metric-paths';
import { simulate, type SimulationResult } from '../../src/run/simulate';
import { helpDesk } from './scenarios';

describe('flattenMetrics()', () => {
  const result = simulate(helpDesk(1), { seed: 2 });
  // Flattened inside each test (not here), so that a mutation test sees the work.
  let flat: FlatMetrics;
  beforeEach(() => {
    flat = flattenMetrics(result);
  });
  const value = (path: string) => flat.values[flat.paths.indexOf(path)];

  it('flattens a hand-made result leaf by leaf, in field order', () => {
    const made = {
      scenario: 's',
      policy: 'p',
      seed: 1,
      replication: 0,
      endTime: 10,
      label: 'a label',
      flag: true,
      absent: undefined,
      overall: { a: 1, b: null, nested: { c: 2 }, replication: 7 },
      byContactType: [
        { name: 'calls', asa: 3 },
        { name: 'a.b', asa: 4 },
        { name: '', asa: 5 },
      ],
      meanQueueLengthByContactType: [{ name: 'calls', value: 0.5 }],
      named: [{ name: 'g', other: 2, value: 1 }],
      intervals: [
        { start: 0, x: 1 },
        { start: 60, x: null },
      ],
      list: [5, null, 'text'],
      // a named pair whose value is not a number keeps its value key; one without a value, its other keys
      pairs: [{ name: 'n', value: null }, { name: 'o', value: { k: 1 } }, { name: 'q', other: 3 }],
    } as unknown as SimulationResult;
    const { paths, values } = flattenMetrics(made);
    expect(paths.map((p, i) => [p, values[i]])).toEqual([
      ['endTime', 10],
      ['overall.a', 1],
      ['overall.b', null],
      ['overall.nested.c', 2],
      ['overall.replication', 7],
      ['byContactType.calls.asa', 3],
      ['byContactType["a.b"].asa', 4],
      ['byContactType[""].asa', 5],
      ['meanQueueLengthByContactType.calls', 0.5],
      ['named.g.value', 1],
      ['named.g.other', 2],
      ['intervals.0.start', 0],
      ['intervals.0.x', 1],
      ['intervals.1.start', 60],
      ['intervals.1.x', null],
      ['list.0', 5],
      ['list.1', null],
      ['pairs.n.value', null],
      ['pairs.o.value.k', 1],
      ['pairs.q.other', 3],
    ]);
  });

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
    expect(metricPath('a"b', 'x[1]', 'y]', '')).toBe('["a\\"b"]["x[1]"]["y]"][""]');
    expect(pathSegment('tier1')).toBe('tier1');
    expect(pathSegment('Paris HQ')).toBe('Paris HQ');
  });

  it('refuses non-finite values and duplicate names', () => {
    const bad = { ...result, meanQueueLength: Infinity } as SimulationResult;
    expect(() => flattenMetrics(bad)).toThrow("flattenMetrics: metric 'meanQueueLength' must be a finite number or null, got Infinity");
    const twice = { ...result, byContactType: [result.byContactType[0]!, result.byContactType[0]!] } as SimulationResult;
    expect(() => flattenMetrics(twice)).toThrow(/two metrics share the path 'byContactType.billing.offered'/);
  });
});
