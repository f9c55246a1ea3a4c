import type { StaffingResult } from '../optimize/result';
import { csvField } from './csv';
import { clock, targetRows } from './staffing-targets';
import { formatTable } from './table';

/**
 * Renderings of a staffing optimization (`routelab optimize`): text tables, CSV and a small HTML
 * page (`staffing-html.ts`). Pure functions of the result.
 *
 * @module
 */

/** The staffing per interval (intervals with no agent in any group left out) and the targets. */
export function formatStaffingTables(result: StaffingResult): string {
  const groups = Object.keys(result.staffing);
  const T = result.staffing[groups[0]!]!.length;
  const rows: string[][] = [];
  for (let k = 0; k < T; k++) {
    const counts = groups.map((g) => result.staffing[g]![k]!);
    if (counts.every((n) => n === 0)) continue;
    rows.push([clock(k * result.intervalLength), ...counts.map(String)]);
  }
  const hours = groups.map((g) => result.agentHours[g]!.toFixed(1));
  const lines = [
    `${result.scenario}: ${result.status === 'met' ? 'every target met in the search' : result.status === 'infeasible' ? 'TARGETS CANNOT ALL BE MET within the bounds (best found below)' : 'search stopped at its iteration limit (best found below)'}`,
    `cost ${result.cost.toFixed(2)}, ${result.evaluations} simulations, ${result.iterations} cutting-plane iterations, seed ${String(result.seed)}`,
    '',
    formatTable(['interval', ...groups], [...rows, ['agent-hours', ...hours]]),
    '',
    `Targets on ${result.validationReplications} fresh replications (seed ${result.validation?.seed ?? `${String(result.seed)}/validation`}), ${Math.round((result.validation?.level ?? result.level) * 100)} % confidence, criterion '${result.criterion}':`,
    formatTable(['target', 'bound', 'where', 'estimate', 'met', 'confident'], targetRows(result.targets)),
  ];
  if (result.unreachable.length > 0) lines.push('', `Not reachable with the most agents allowed: ${result.unreachable.join('; ')}`);
  if (result.shifts !== undefined) {
    const shiftRows = result.shifts.groups.flatMap((g) =>
      g.shifts.map((s) => [g.group, s.template, `${clock(s.start)}–${clock(s.end)}`, s.breakStart === null ? '–' : clock(s.breakStart), String(s.agents)]),
    );
    lines.push('', `Shifts: ${result.shifts.groups.reduce((s, g) => s + g.paidHours, 0).toFixed(1)} paid hours, cost ${result.shifts.cost.toFixed(2)}`);
    lines.push(formatTable(['group', 'template', 'hours', 'break', 'agents'], shiftRows));
    lines.push('', 'Targets re-simulated under the shifts:', formatTable(['target', 'bound', 'where', 'estimate', 'met', 'confident'], targetRows(result.shifts.targets)));
  }
  return `${lines.join('\n')}\n`;
}

/** CSV: one line per group and interval (`group,interval,start,agents`). */
export function staffingCsv(result: StaffingResult): string {
  const lines = ['group,interval,start,agents'];
  for (const [group, counts] of Object.entries(result.staffing)) {
    counts.forEach((n, k) => lines.push([group, k, k * result.intervalLength, n].map(csvField).join(',')));
  }
  return `${lines.join('\n')}\n`;
}

/** A self-contained HTML page of the result: see {@link staffingHtml} in `staffing-html.ts`. */
export { staffingHtml } from './staffing-html';
export type { StaffingHtmlOptions } from './staffing-html';
