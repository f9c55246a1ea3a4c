import type { PlanWorkforce } from '../optimize/plan-workforce';
import type { StaffingResult, TargetReport } from '../optimize/result';
import { formatDuration } from '../scenario/units';
import { VERSION } from '../version';
import { escapeHtml } from './html/escape';
import { clock, targetRows, value } from './staffing-targets';
import { htmlPage } from './html/page';

/**
 * The HTML page of a staffing optimization (`routelab optimize --report`), a page a planner sends:
 * title block, a plain-language summary, cost, scheduled agents per group and interval, the
 * targets with their estimates and whether they are met, the shift plan, the plan's agent-hours
 * and every target at every interval. Self-contained (inline CSS, nothing fetched); the same
 * inputs give the same bytes.
 *
 * @module
 */

/** Options of {@link staffingHtml}. */
export interface StaffingHtmlOptions {
  /** A date (or time stamp) printed in the title block, as given; the page never reads the clock. */
  readonly date?: string;
  /** The plan's agent-hours (see `planWorkforceHours`); the section is left out without it. */
  readonly workforce?: PlanWorkforce;
}

function table(header: readonly string[], rows: readonly (readonly string[])[], caption: string, className = 'metrics'): string {
  const head = `<thead><tr>${header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  const body = rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`).join('');
  return `<table class="${className}"><caption>${escapeHtml(caption)}</caption>${head}<tbody>${body}</tbody></table>`;
}

function hours(x: number): string {
  return x.toFixed(1);
}

function percentText(level: number): string {
  return `${Math.round(level * 1000) / 10} %`;
}

/** Agent-hours of staffing each contact type separately by Erlang (the optimizer's start). */
function erlangHours(result: StaffingResult): number {
  let agents = 0;
  for (const row of Object.values(result.erlang)) for (const n of row) agents += n;
  return (agents * result.intervalLength) / 3600;
}

/** The plain-language summary: how many places are met, at what cost, against separate Erlang staffing. */
export function staffingSummary(result: StaffingResult): string {
  const measured = result.targets.filter((t) => t.estimate !== null);
  const confident = measured.filter((t) => t.confident).length;
  const met = measured.filter((t) => t.met).length;
  const total = Object.values(result.agentHours).reduce((a, b) => a + b, 0);
  const level = percentText(result.validation?.level ?? result.level);
  const rounds = result.validation?.rounds.length ?? 1;
  const repaired = rounds > 1 ? ` after ${rounds - 1} repair round${rounds === 2 ? '' : 's'}` : '';
  const places = `${measured.length} target${measured.length === 1 ? '' : 's'} (each target in each interval it applies to)`;
  const verdict =
    confident === measured.length
      ? `All ${places} met with ${level} confidence${repaired}`
      : `${confident} of ${places} met with ${level} confidence${repaired}${result.criterion === 'mean' ? `, ${met} by the estimate,` : ''}`;
  const erlang = erlangHours(result);
  const saving = erlang > 0 ? (1 - total / erlang) * 100 : null;
  const comparison =
    saving === null
      ? ''
      : `, ${Math.abs(saving).toFixed(1)} % ${saving >= 0 ? 'below' : 'above'} staffing each contact type separately by Erlang C/A (${hours(erlang)} agent-hours)`;
  const status =
    result.status === 'met'
      ? ''
      : result.status === 'infeasible'
        ? ' The targets cannot all be met within the bounds: this is the best staffing found.'
        : ' The search stopped at its iteration limit: this is the candidate closest to meeting every target.';
  return `${verdict} at ${hours(total)} agent-hours (cost ${result.cost.toFixed(2)})${comparison}, on ${result.validationReplications} replications the search never saw.${misses(measured)}${status}`;
}

/** The places not met with confidence (at most five named): `Short: service-level billing at 04:00 (79.4% ± 3.4% for ≥ 80.0%).` */
function misses(measured: readonly TargetReport[]): string {
  const short = measured.filter((t) => !t.confident);
  if (short.length === 0) return '';
  const named = short.slice(0, 5).map((t) => {
    const where = t.start === undefined ? 'over the day' : `at ${clock(t.start)}`;
    const spread = t.halfWidth === null ? '' : ` ± ${value(t, t.halfWidth)}`;
    const bound = t.metric === 'service-level' || t.metric === 'fcr' ? '≥' : '≤';
    return `${t.metric} ${t.contactType ?? t.agentGroup ?? 'all'} ${where} (${value(t, t.estimate)}${spread} for ${bound} ${value(t, t.target)})`;
  });
  const more = short.length > 5 ? `, and ${short.length - 5} more` : '';
  return ` Not met with confidence: ${named.join('; ')}${more}.`;
}

/** The validation rounds, when the staffing was repaired after a first validation missed places. */
function repairRows(result: StaffingResult): [string, string][] {
  const rounds = result.validation?.rounds ?? [];
  if (rounds.length <= 1) return [];
  const steps = rounds.map((r) => `round ${r.round}: ${r.misses.length} missed, ${r.added.reduce((n, a) => n + a.agents, 0)} agent-intervals added`);
  return [['Validation rounds', `${steps.join('; ')} (each round on new seeds; the targets below are the last round's, at ${percentText(result.validation!.level)})`]];
}

function titleBlock(result: StaffingResult, options: StaffingHtmlOptions): string {
  const meta: [string, string][] = [
    ['Scenario', result.scenario],
    ['Status', result.status === 'met' ? 'every target met in the search' : result.status],
    ['Seed', `${String(result.seed)} (validation: ${result.validation?.seed ?? `${String(result.seed)}/validation`})`],
    ...repairRows(result),
    ['Replications', `${result.replications} per candidate in the search, ${result.validationReplications} in the validation`],
    ['Confidence level', `${percentText(result.level)} (criterion '${result.criterion}')`],
    ['Interval', formatDuration(result.intervalLength)],
    ['Simulations', `${result.evaluations} (${result.iterations} cutting-plane iterations)`],
  ];
  if (options.date !== undefined) meta.push(['Date', options.date]);
  meta.push(['routelab version', VERSION]);
  const dl = meta.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('');
  return `<header><h1>${escapeHtml(result.scenario)}: staffing plan</h1><p class="subtitle">Least-cost scheduled agents per group and interval meeting the service targets, by simulation</p><dl class="meta">${dl}</dl></header>`;
}

function staffingTable(result: StaffingResult): string {
  const groups = Object.keys(result.staffing);
  const T = result.staffing[groups[0]!]?.length ?? 0;
  const rows = Array.from({ length: T }, (_, k) => [clock(k * result.intervalLength), ...groups.map((g) => String(result.staffing[g]![k] ?? 0))]);
  rows.push(['agent-hours', ...groups.map((g) => hours(result.agentHours[g] ?? 0))]);
  return table(['interval', ...groups], rows, 'Scheduled agents per agent group and interval');
}

function costBlock(result: StaffingResult): string {
  const total = Object.values(result.agentHours).reduce((a, b) => a + b, 0);
  const facts: [string, string][] = [
    ['Cost', `${result.cost.toFixed(2)} (agent-hours × cost per agent-hour)`],
    ['Agent-hours', `${hours(total)} (${Object.entries(result.agentHours).map(([g, h]) => `${g} ${hours(h)}`).join(', ')})`],
    ['Each type staffed separately by Erlang C/A', `${hours(erlangHours(result))} agent-hours`],
  ];
  if (result.shifts !== undefined) facts.push(['With the shift plan', `${hours(result.shifts.groups.reduce((s, g) => s + g.paidHours, 0))} paid hours, cost ${result.shifts.cost.toFixed(2)}`]);
  return `<dl class="facts">${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`;
}

const TARGET_HEADER = ['target', 'bound', 'where', 'estimate ± half-width', 'met', 'met with confidence'];

function shiftSection(result: StaffingResult): string {
  const shifts = result.shifts;
  if (shifts === undefined) return '';
  const rows = shifts.groups.flatMap((g) => g.shifts.map((s) => [g.group, s.template, `${clock(s.start)}–${clock(s.end)}`, s.breakStart === null ? '–' : clock(s.breakStart), String(s.agents)]));
  return [
    '<section id="shifts"><h2>Shift plan</h2>',
    table(['agent group', 'template', 'hours', 'break', 'agents'], rows, 'Shifts and the agents working each'),
    table(TARGET_HEADER, targetRows(shifts.targets), 'Targets re-simulated under the shifts (validation seeds)'),
    '</section>',
  ].join('');
}

function workforceSection(workforce: PlanWorkforce | undefined): string {
  if (workforce === undefined) return '';
  const day = workforce.groups.map((g) => [g.name, hours(g.scheduledHours), hours(g.paidHours), hours(g.availableHours), hours(g.productiveHours)]);
  const T = workforce.groups[0]?.intervals.length ?? 0;
  const header = ['interval', ...workforce.groups.flatMap((g) => [`${g.name} sched.`, 'paid', 'avail.', 'prod.'])];
  const rows = Array.from({ length: T }, (_, k) => [
    clock(workforce.groups[0]!.intervals[k]!.start),
    ...workforce.groups.flatMap((g) => {
      const x = g.intervals[k]!;
      return [hours(x.scheduledHours), hours(x.paidHours), hours(x.availableHours), hours(x.productiveHours)];
    }),
  ]);
  const note = workforce.workforceFeatures
    ? 'Paid hours exclude absences; available hours exclude breaks and shrinkage (docs/workforce.md).'
    : 'The scenario has no shrinkage, absenteeism or breaks: scheduled, paid and available hours are equal.';
  return [
    '<section id="workforce"><h2>Agent-hours of the plan</h2>',
    `<p>Means over ${workforce.replications} simulated days of the plan (validation seeds). ${escapeHtml(note)} Productive: time holding a contact.</p>`,
    table(['agent group', 'scheduled', 'paid', 'available', 'productive'], day, 'Agent-hours per group over the day'),
    table(header, rows, 'Agent-hours per group and interval'),
    '</section>',
  ].join('');
}

function placeRows(targets: readonly TargetReport[]): string[][] {
  return targets.map((r) => [
    `${r.metric} ${r.contactType ?? r.agentGroup ?? 'all'}`,
    r.start === undefined ? 'day' : clock(r.start),
    value(r, r.target),
    value(r, r.estimate),
    r.halfWidth === null ? '–' : value(r, r.halfWidth),
    r.met ? 'yes' : 'NO',
    r.confident ? 'yes' : 'no',
  ]);
}

/**
 * A self-contained HTML page of the result, for a planner to send: title block (scenario, seed,
 * replications, date), a plain-language summary, cost, staffing per group and interval, the
 * targets (estimate ± half-width, met, met with confidence), the shift plan if any, the plan's
 * agent-hours if given, and every target at every interval.
 */
export function staffingHtml(result: StaffingResult, options: StaffingHtmlOptions = {}): string {
  const unreachable = result.unreachable.length > 0 ? `<p><b>Not reachable with the most agents allowed:</b> ${escapeHtml(result.unreachable.join('; '))}</p>` : '';
  const body = [
    titleBlock(result, options),
    '<main>',
    `<section id="summary"><h2>Summary</h2><p class="summary">${escapeHtml(staffingSummary(result))}</p>${unreachable}${costBlock(result)}</section>`,
    `<section id="staffing"><h2>Scheduled agents</h2>${staffingTable(result)}</section>`,
    `<section id="targets"><h2>Targets</h2>${table(TARGET_HEADER, targetRows(result.targets), `Targets on ${result.validationReplications} fresh replications, ${percentText(result.validation?.level ?? result.level)} confidence (worst interval shown)`)}</section>`,
    shiftSection(result),
    workforceSection(options.workforce),
    `<section id="every-interval"><h2>Every target in every interval</h2>${table(['target', 'interval', 'bound', 'estimate', '± half-width', 'met', 'met with confidence'], placeRows(result.targets), 'Validation estimates per place')}</section>`,
    '</main>',
    `<footer>Made with routelab ${escapeHtml(VERSION)}. This file is self-contained: it loads nothing from the network.</footer>`,
  ].filter((part) => part !== '');
  return htmlPage(`${result.scenario}: staffing plan`, [
    ...body,
  ]);
}
