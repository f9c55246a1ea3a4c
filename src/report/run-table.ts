import type { SimulationResult } from '../run/simulate';
import { formatRunMoneyTable } from './money-table';
import { formatTable, percent, seconds } from './table';
import { formatWorkforceTable } from './workforce-table';

/** The headline tables of one run: contacts by type (and overall), then agents by group, then agent-hours when the run has them. */
export function formatRunTables(result: SimulationResult): string {
  const contactRows = [...result.byContactType, { name: 'overall', ...result.overall }].map((m) => [
    m.name,
    String(m.offered),
    String(m.answered),
    percent(m.serviceLevel),
    seconds(m.asa),
    seconds(m.wait.p90),
    percent(m.abandonmentRate),
    String(m.blocked),
    seconds(m.meanHandleTime, 0),
  ]);
  const agentRows = [...result.byAgentGroup, { name: 'all agents', ...result.agents }].map((g) => [
    g.name,
    g.staffedHours.toFixed(1),
    String(g.answered),
    percent(g.occupancy),
    percent(g.utilization),
    seconds(g.meanHandleTime, 0),
  ]);
  return [
    `${result.scenario} — policy ${result.policy}, seed ${result.seed}, replication ${result.replication}`,
    '',
    formatTable(['contact type', 'offered', 'answered', 'service level', 'ASA', 'p90 wait', 'abandoned', 'blocked', 'AHT'], contactRows),
    '',
    formatTable(['agent group', 'staffed h', 'answered', 'occupancy', 'utilization', 'AHT'], agentRows),
    ...(result.workforce === undefined ? [] : ['', formatWorkforceTable(result.workforce)]),
    ...(result.economics === undefined ? [] : ['', formatRunMoneyTable(result.economics)]),
  ].join('\n');
}
