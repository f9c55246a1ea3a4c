import { describe, expect, it } from 'vitest';
import { MetricTable } from '../../src/experiment/metric-table';

describe('MetricTable', () => {
  it('aligns rows on the union of paths in order of first appearance, null where a row lacks one', () => {
    const table = new MetricTable().add(0, ['a', 'b'], [1, 2]).add(1, ['b', 'c'], [3, 4]).add(2, ['c'], [5]);
    expect(table.metrics).toEqual(['a', 'b', 'c']);
    expect(table.size).toBe(3);
    const built = table.build();
    expect(built.metrics).toEqual(['a', 'b', 'c']);
    // Every cell a number or null (never a hole or undefined), each row as wide as the table.
    expect(built.replications).toStrictEqual([
      { replication: 0, values: [1, 2, null] },
      { replication: 1, values: [null, 3, 4] },
      { replication: 2, values: [null, null, 5] },
    ]);
    expect(table.column('a')).toStrictEqual([1, null, null]);
    expect(table.column('c')).toStrictEqual([null, 4, 5]);
    expect(table.column('d')).toBeUndefined();
  });

  it('counts rows, including rows without values', () => {
    const table = new MetricTable();
    expect(table.size).toBe(0);
    table.add(7, [], []);
    expect(table.size).toBe(1);
    expect(table.build().replications).toStrictEqual([{ replication: 7, values: [] }]);
  });

  it('keeps what build() returned unchanged when more rows and metrics come', () => {
    const table = new MetricTable().add(0, ['a'], [1]);
    const first = table.build();
    table.add(1, ['a', 'b'], [2, 3]);
    const second = table.build();
    expect(first).toStrictEqual({ metrics: ['a'], replications: [{ replication: 0, values: [1] }] });
    expect(second.replications[0]).toStrictEqual({ replication: 0, values: [1, null] });
    // Changing a built table does not change the table.
    (second.metrics as string[]).push('z');
    (second.replications[1]!.values as (number | null)[])[0] = 99;
    expect(table.metrics).toEqual(['a', 'b']);
    expect(table.column('a')).toEqual([1, 2]);
  });
});
