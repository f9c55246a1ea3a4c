import { metricAt, type MetricRecord } from '../experiment/metric-keys';
import type { MetricSummary } from '../experiment/summary';
import type { IndividualAgentMetrics } from '../metrics/result';
import { csvTable, type CsvValue } from './csv';
import { formatSummary, formatValue, type Headline } from './summary-table';
import { formatTable } from './table';

/**
 * The per-agent table (`byAgent`: contacts, handle time, resolution rate, occupancy of every
 * agent), as text for the CLI's `--agents` and as CSV for `--agents-csv`, from one run or from an
 * experiment's summary (mean ± half-width per agent). See docs/agents.md.
 *
 * @module
 */

/** The per-agent fields shown, in column order, with their units and CSV names. */
export const AGENT_COLUMNS: readonly { readonly field: keyof IndividualAgentMetrics; readonly label: string; readonly csv: string; readonly unit: Headline['unit'] }[] = [
  { field: 'staffedHours', label: 'staffed h', csv: 'staffed_hours', unit: 'count' },
  { field: 'answered', label: 'answered', csv: 'answered', unit: 'count' },
  { field: 'served', label: 'served', csv: 'served', unit: 'count' },
  { field: 'occupancy', label: 'occupancy', csv: 'occupancy', unit: 'percent' },
  { field: 'meanHandleTime', label: 'AHT', csv: 'mean_handle_time', unit: 'seconds' },
  { field: 'resolutionRate', label: 'resolution', csv: 'resolution_rate', unit: 'percent' },
];

const BY_AGENT = /^byAgent(?:\.([^.[\]"]+)|\[("(?:[^"\\]|\\.)*")\])\.([A-Za-z]+)$/;

/** The agents of an experiment's metric paths (`byAgent.<name>.<field>`), in path order. */
export function agentsOfMetrics(metrics: readonly string[]): { name: string; prefix: string }[] {
  const agents = new Map<string, string>();
  for (const path of metrics) {
    const m = BY_AGENT.exec(path);
    if (m === null) continue;
    const name = m[1] ?? (JSON.parse(m[2]!) as string);
    agents.set(name, path.slice(0, path.length - m[3]!.length - 1));
  }
  return [...agents].map(([name, prefix]) => ({ name, prefix }));
}

function cell(a: IndividualAgentMetrics, field: keyof IndividualAgentMetrics): number | null {
  const v = a[field];
  return typeof v === 'number' ? v : null;
}

/** The per-agent table of one run (empty text when the run has no `byAgent`). */
export function formatRunAgentTable(byAgent: readonly IndividualAgentMetrics[] | undefined): string {
  if (byAgent === undefined || byAgent.length === 0) return 'no per-agent results: the scenario has no individual agents';
  // A run's counts are whole numbers; staffed hours get one decimal.
  const text = (a: IndividualAgentMetrics, c: (typeof AGENT_COLUMNS)[number]): string =>
    c.field === 'staffedHours' ? a.staffedHours.toFixed(1) : c.unit === 'count' ? String(cell(a, c.field)) : formatValue(cell(a, c.field), c.unit);
  const rows = byAgent.map((a) => [a.name, a.group, ...AGENT_COLUMNS.map((c) => text(a, c))]);
  return formatTable(['agent', 'group', ...AGENT_COLUMNS.map((c) => c.label)], rows);
}

/** The per-agent CSV of one run: one line per agent, its group and every column of {@link AGENT_COLUMNS}, plus `resolved`. */
export function runAgentCsv(byAgent: readonly IndividualAgentMetrics[] | undefined): string {
  const rows: CsvValue[][] = (byAgent ?? []).map((a) => [a.name, a.group, ...AGENT_COLUMNS.map((c) => cell(a, c.field)), a.utilization, a.resolved]);
  return csvTable(['agent', 'group', ...AGENT_COLUMNS.map((c) => c.csv), 'utilization', 'resolved'], rows);
}

/** The per-agent table of an experiment: mean ± half-width of each column per agent. */
export function formatExperimentAgentTable(metrics: readonly string[], summary: MetricRecord<MetricSummary>): string {
  const agents = agentsOfMetrics(metrics);
  if (agents.length === 0) return 'no per-agent results: the scenario has no individual agents';
  const rows = agents.map((a) => [a.name, ...AGENT_COLUMNS.map((c) => formatSummary(metricAt(summary, `${a.prefix}.${c.field}`), c.unit))]);
  return formatTable(['agent', ...AGENT_COLUMNS.map((c) => c.label)], rows);
}

/** The per-agent CSV of an experiment: per agent, the mean and half-width of every column. */
export function experimentAgentCsv(metrics: readonly string[], summary: MetricRecord<MetricSummary>): string {
  const rows: CsvValue[][] = agentsOfMetrics(metrics).map((a) => [
    a.name,
    ...AGENT_COLUMNS.flatMap((c) => {
      const s = metricAt(summary, `${a.prefix}.${c.field}`);
      return [s?.mean ?? null, s?.halfWidth ?? null];
    }),
  ]);
  return csvTable(['agent', ...AGENT_COLUMNS.flatMap((c) => [`${c.csv}_mean`, `${c.csv}_half_width`])], rows);
}
