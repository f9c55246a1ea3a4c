import type { SimulationResult } from '../run/simulate';
import { formatJourneyTables, MIXED_CHANNELS_NOTE, runCells } from './journey-table';
import { formatRunMoneyTable } from './money-table';
import { formatValue } from './summary-table';
import { formatTable, percent } from './table';
import { formatWorkforceTable } from './workforce-table';

/** A duration, in the unit every CLI table uses for it (see `durationScale`). */
function duration(x: number | null): string {
  return formatValue(x, 'seconds');
}

/**
 * The headline tables of one run: contacts by type (and overall), then agents by group, then
 * resolution, waits per channel and callbacks, then agent-hours and money when the run has them.
 * With several channels the overall row leaves out ASA and p90 wait.
 */
export function formatRunTables(result: SimulationResult): string {
  const mixed = result.byChannel.length > 1;
  const contactRow = (m: SimulationResult['overall'] & { readonly name: string }, hideWaits: boolean): string[] => [
    m.name,
    String(m.offered),
    String(m.answered),
    percent(m.serviceLevel),
    hideWaits ? '–' : duration(m.asa),
    hideWaits ? '–' : duration(m.wait.p90),
    percent(m.abandonmentRate),
    String(m.blocked),
    duration(m.meanHandleTime),
  ];
  const contactRows = [...result.byContactType.map((m) => contactRow(m, false)), contactRow({ name: 'overall', ...result.overall }, mixed)];
  const agentRows = [...result.byAgentGroup, { name: 'all agents', ...result.agents }].map((g) => [
    g.name,
    g.staffedHours.toFixed(1),
    String(g.answered),
    percent(g.occupancy),
    percent(g.utilization),
    duration(g.meanHandleTime),
  ]);
  const { metrics, cell } = runCells(result);
  return [
    `${result.scenario} — policy ${result.policy}, seed ${result.seed}, replication ${result.replication}`,
    '',
    formatTable(['contact type', 'offered', 'answered', 'service level', 'ASA', 'p90 wait', 'abandoned', 'blocked', 'AHT'], contactRows),
    ...(mixed ? [MIXED_CHANNELS_NOTE] : []),
    '',
    formatTable(['agent group', 'staffed h', 'answered', 'occupancy', 'utilization', 'AHT'], agentRows),
    '',
    formatJourneyTables(metrics, cell),
    ...(result.workforce === undefined ? [] : ['', formatWorkforceTable(result.workforce)]),
    ...(result.economics === undefined ? [] : ['', formatRunMoneyTable(result.economics)]),
  ].join('\n');
}
