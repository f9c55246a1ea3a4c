import type { WorkforceGroupMetrics } from '../model/workforce-ledger';
import { formatTable } from './table';

/**
 * The agent-hours table of a run that uses workforce realism (see docs/workforce.md): per group,
 * hours scheduled, absent, paid, on break, in shrinkage, available and productive.
 */
export function formatWorkforceTable(groups: readonly WorkforceGroupMetrics[]): string {
  const rows = groups.map((g) =>
    [g.name, ...[g.scheduledHours, g.absentHours, g.paidHours, g.breakHours, g.shrinkageHours, g.availableHours, g.productiveHours].map((h) => h.toFixed(1))],
  );
  return formatTable(['agent group', 'scheduled h', 'absent h', 'paid h', 'break h', 'shrinkage h', 'available h', 'productive h'], rows);
}
