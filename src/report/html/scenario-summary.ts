import { CHANNELS } from '../../model/channel';
import type { AgentGroupDefinition, ArrivalDefinition, ModelDefinition, StaffingDefinition } from '../../model/definition';
import { escapeHtml } from './escape';
import { formatClock, formatDuration, formatValue } from './format';

/**
 * The scenario summary of the report: horizon, segments, contact types and agent groups, routing.
 *
 * @module
 */

/** Expected number of arrivals of a contact type over `[0, horizon)` (repeats and retrials not counted). */
export function expectedArrivals(arrivals: ArrivalDefinition, horizon: number): number {
  if (arrivals.kind === 'poisson') return arrivals.rate * horizon;
  if (arrivals.kind === 'trace') return arrivals.times.filter((t) => t < horizon).length;
  const { intervalLength: length, rates, period } = arrivals;
  let total = 0;
  for (let start = 0; start < horizon; start += length) {
    const index = Math.floor((start % period) / length);
    total += (rates[index] ?? 0) * Math.min(length, horizon - start);
  }
  return total;
}

/** Staffing in words: `12 agents`, `4–20 agents by interval`, `08:00–16:00 ×22; 12:00–20:00 ×20`. */
export function describeStaffing(staffing: StaffingDefinition): string {
  if (staffing.kind === 'constant') return `${staffing.agents} agents`;
  if (staffing.kind === 'intervals') {
    const min = Math.min(...staffing.agents);
    const max = Math.max(...staffing.agents);
    return min === max ? `${max} agents` : `${min}–${max} agents by interval`;
  }
  const withDay = staffing.period > 86_400;
  return staffing.shifts.map((s) => `${formatClock(s.start, withDay)}–${formatClock(s.end, withDay)} ×${s.agents}`).join('; ');
}

function groupSkills(model: ModelDefinition, g: AgentGroupDefinition): string {
  return g.proficiency.flatMap((p, i) => (p > 0 ? [`${model.skills[i] ?? `skill ${i}`} ${p}`] : [])).join(', ');
}

function groupChannels(g: AgentGroupDefinition): string {
  return g.concurrency.flatMap((c, i) => (c > 0 ? [c > 1 ? `${CHANNELS[i]} ×${c}` : `${CHANNELS[i]}`] : [])).join(', ');
}

function row(cells: readonly string[]): string {
  return `<tr>${cells.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`;
}

function table(caption: string, header: readonly string[], rows: readonly (readonly string[])[], cls: string): string {
  return `<div class="table-wrap"><table class="${cls}"><caption>${escapeHtml(caption)}</caption><thead><tr>${header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows.map(row).join('')}</tbody></table></div>`;
}

/** A short description of the whole scenario (definition list and two tables). */
export function renderScenarioSummary(model: ModelDefinition): string {
  const horizonText = `${formatDuration(model.horizon)} in intervals of ${formatDuration(model.intervalLength)}${model.warmup > 0 ? `, warm-up ${formatDuration(model.warmup)}` : ''}; at the end of the horizon contacts in the system are ${model.endOfDay === 'drain' ? 'served (drain)' : 'cut off (cut)'}`;
  const segments = model.segments.map((s) => `${s.name} (${formatValue(s.share, 'percent')}, value ${s.value}, priority ${s.priority})`).join('; ');
  const options = Object.keys(model.routing.options).length === 0 ? '' : ` with options ${JSON.stringify(model.routing.options)}`;
  const facts: [string, string][] = [
    ['Horizon', horizonText],
    ['Channels', [...new Set(model.contactTypes.map((t) => CHANNELS[t.channel] ?? String(t.channel)))].join(', ')],
    ['Customer segments', segments],
    ['Sites', model.sites.map((s) => `${s.name} (${s.kind})`).join(', ')],
    ['Routing policy', `${model.routing.policy}${options}`],
  ];
  const dl = `<dl class="facts">${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`;
  const types = model.contactTypes.map((t) => [
    t.name,
    CHANNELS[t.channel] ?? String(t.channel),
    t.requirements.map((r) => `${model.skills[r.skill] ?? `skill ${r.skill}`} ≥ ${r.minProficiency}`).join(', '),
    expectedArrivals(t.arrivals, model.horizon).toFixed(0),
    `${formatValue(t.serviceLevel.target, 'percent')} within ${formatDuration(t.serviceLevel.threshold)}`,
    t.callback === null ? 'no' : t.callback.mode,
  ]);
  const groups = model.agentGroups.map((g) => {
    const site = model.sites[g.site];
    return [g.name, site === undefined ? '' : `${site.name} (${site.kind})`, describeStaffing(g.staffing).split('; ').join('\n'), groupSkills(model, g), groupChannels(g)];
  });
  return [
    dl,
    table('Contact types', ['Contact type', 'Channel', 'Skills needed', 'Expected arrivals over the horizon', 'Service-level target', 'Callbacks'], types, 'scenario'),
    table('Agent groups', ['Agent group', 'Site', 'Staffing', 'Skills (proficiency)', 'Channels (concurrency)'], groups, 'scenario'),
  ].join('');
}
