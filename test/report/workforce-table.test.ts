import { describe, expect, it } from 'vitest';
import { formatWorkforceTable } from '../../src/report/workforce-table';

describe('formatWorkforceTable()', () => {
  it('lists each group’s agent-hours with one decimal, in the order scheduled … productive', () => {
    const hours = { scheduledHours: 80, absentHours: 8, paidHours: 72, breakHours: 4.5, shrinkageHours: 10.25, availableHours: 57.25, productiveHours: 41.04 };
    const text = formatWorkforceTable([{ name: 'tier1', ...hours, intervals: [] }]);
    const lines = text.split('\n');
    expect(lines[0]!.split(/\s{2,}/)).toEqual(['agent group', 'scheduled h', 'absent h', 'paid h', 'break h', 'shrinkage h', 'available h', 'productive h']);
    expect(lines[2]!.trim().split(/\s+/)).toEqual(['tier1', '80.0', '8.0', '72.0', '4.5', '10.3', '57.3', '41.0']);
  });
});
