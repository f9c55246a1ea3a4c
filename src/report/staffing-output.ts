import type { StaffingResult, TargetReport } from '../optimize/result';
import { formatDuration } from '../scenario/units';
import { csvField } from './csv';
import { formatTable, percent } from './table';

/**
 * Renderings of a staffing optimization (`routelab optimize`): text tables, CSV and a small HTML
 * page. Pure functions of the result.
 *
 * @module
 */

function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.round((seconds % 3600) / 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

function value(report: Pick<TargetReport, 'metric'>, x: number | null): string {
  if (x === null) return '–';
  return report.metric === 'asa' ? `${x.toFixed(1)}s` : percent(x);
}

/** One line per target (worst place shown for per-interval targets). */
function targetRows(reports: readonly TargetReport[]): string[][] {
  const groups = new Map<string, TargetReport[]>();
  for (const r of reports) {
    const key = `${r.metric}|${r.contactType ?? r.agentGroup ?? '*'}|${r.scope}|${r.target}|${r.within ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((list) => {
    const first = list[0]!;
    const measured = list.filter((r) => r.estimate !== null);
    const sense = first.metric === 'service-level' || first.metric === 'fcr' ? 1 : -1;
    const worst = measured.reduce<TargetReport | undefined>((w, r) => (w === undefined || sense * (r.estimate! - w.estimate!) < 0 ? r : w), undefined);
    const bound = sense > 0 ? '≥' : '≤';
    const where = first.scope === 'day' ? 'day' : worst?.start === undefined ? 'per interval' : `worst ${clock(worst.start)}`;
    return [
      `${first.metric} ${first.contactType ?? first.agentGroup ?? 'all'}${first.within === undefined ? '' : ` ${first.within}s`}`,
      `${bound} ${value(first, first.target)}`,
      where,
      worst === undefined ? '–' : `${value(first, worst.estimate)} ± ${worst.halfWidth === null ? '–' : first.metric === 'asa' ? `${worst.halfWidth.toFixed(1)}s` : percent(worst.halfWidth)}`,
      `${measured.filter((r) => r.met).length}/${measured.length}`,
      `${measured.filter((r) => r.confident).length}/${measured.length}`,
    ];
  });
}

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

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function htmlTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cells = (tag: string, row: readonly string[]) => `<tr>${row.map((c) => `<${tag}>${escape(c)}</${tag}>`).join('')}</tr>`;
  return `<table>${cells('th', header)}${rows.map((r) => cells('td', r)).join('')}</table>`;
}

/** A self-contained HTML page of the result (staffing, targets, every place). */
export function staffingHtml(result: StaffingResult): string {
  const groups = Object.keys(result.staffing);
  const T = result.staffing[groups[0]!]!.length;
  const staffingRows = Array.from({ length: T }, (_, k) => [clock(k * result.intervalLength), ...groups.map((g) => String(result.staffing[g]![k]))]);
  const placeRows = result.targets.map((r) => [
    `${r.metric} ${r.contactType ?? r.agentGroup ?? 'all'}`,
    r.start === undefined ? 'day' : clock(r.start),
    value(r, r.target),
    value(r, r.estimate),
    r.halfWidth === null ? '–' : value(r, r.halfWidth),
    r.met ? 'yes' : 'NO',
    r.confident ? 'yes' : 'no',
  ]);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(result.scenario)}: staffing</title>
<style>body{font:14px system-ui,sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}th{background:#f4f4f4}</style></head>
<body><h1>${escape(result.scenario)}: optimized staffing</h1>
<p>Status: <b>${escape(result.status)}</b>. Cost ${result.cost.toFixed(2)} (interval ${formatDuration(result.intervalLength)}), ${result.evaluations} simulations, seed ${escape(String(result.seed))}; targets validated on ${result.validationReplications} fresh replications at ${Math.round((result.validation?.level ?? result.level) * 100)} % confidence (criterion '${escape(result.criterion)}').</p>
${result.unreachable.length > 0 ? `<p><b>Not reachable with the most agents allowed:</b> ${escape(result.unreachable.join('; '))}</p>` : ''}
<h2>Scheduled agents</h2>
${htmlTable(['interval', ...groups], staffingRows)}
<h2>Targets</h2>
${htmlTable(['target', 'bound', 'where', 'estimate', 'met', 'confident'], targetRows(result.targets))}
<h2>Every interval</h2>
${htmlTable(['target', 'interval', 'bound', 'estimate', '± half-width', 'met', 'confident'], placeRows)}
</body></html>
`;
}
