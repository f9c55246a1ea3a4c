import { AGENT_COLUMNS, agentsOfMetrics } from '../agent-table';
import type { DesignView } from './design-view';
import { escapeHtml } from './escape';
import { formatEstimate, rowDurationScale } from './format';

/**
 * The report's per-agent section, when a design's results have `byAgent` (groups with individual
 * agents, or `metrics: { perAgent: true }`; see docs/agents.md): per design, a table with one row
 * per agent (staffed hours, contacts answered and served, occupancy, handle time, resolution rate,
 * `mean ± half-width`). The columns are those of the CLI's `--agents` table. Without per-agent
 * results the section is empty and the report is unchanged.
 *
 * @module
 */

/** One design's per-agent table, or '' when it has no per-agent results. */
function agentTable(view: DesignView, compared: boolean): string {
  const agents = agentsOfMetrics(view.experiment.metrics);
  if (agents.length === 0) return '';
  // One duration unit per column, that of its largest value.
  const scales = AGENT_COLUMNS.map((c) => rowDurationScale(agents.map((a) => view.metric(`${a.prefix}.${c.field}`)?.mean)));
  const head = ['<th scope="col">Agent</th>', ...AGENT_COLUMNS.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`)];
  const rows = agents.map((a) => {
    const cells = AGENT_COLUMNS.map((c, k) => {
      const path = `${a.prefix}.${c.field}`;
      return `<td data-metric="${escapeHtml(path)}" data-design="${escapeHtml(view.name)}">${escapeHtml(formatEstimate(view.metric(path), c.unit === 'money' ? 'count' : c.unit, scales[k]))}</td>`;
    });
    return `<tr><th scope="row">${escapeHtml(a.name)}</th>${cells.join('')}</tr>`;
  });
  const caption = `Per-agent results${compared ? ` — ${view.name}` : ''}`;
  return `<div class="table-wrap"><table class="metrics agents" id="agent-table-${view.index}"><caption>${escapeHtml(caption)}</caption><thead><tr>${head.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/** The per-agent section, or '' when no design has per-agent results. */
export function agentSection(views: readonly DesignView[]): string {
  const tables = views.map((v) => agentTable(v, views.length > 1)).filter((t) => t !== '');
  if (tables.length === 0) return '';
  const note =
    '<p class="table-legend">Staffed h: hours logged on; answered and served: contacts taken and finished; occupancy: share of logged-on time holding a contact; AHT: mean handle time; resolution: share of the agent\'s services that resolved the issue (docs/agents.md).</p>';
  return `<section id="agents"><h2>Agents one by one</h2>${tables.join('')}${note}</section>`;
}
