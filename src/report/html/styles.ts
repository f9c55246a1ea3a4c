/**
 * The report's inline style sheet: system fonts only, a readable single column that narrows to a
 * phone without sideways scrolling, and a print style sheet for A4 (tables may break between rows,
 * charts are kept whole, headings stay with what follows).
 *
 * @module
 */

/** CSS of the HTML report, placed in its `<style>` element. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --rule: #d0d7de; --soft: #f6f8fa; --better: #0060a0; --worse: #b35900; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; line-height: 1.45; }
body { margin: 0 auto; max-width: 960px; padding: 24px 28px 48px; }
h1 { font-size: 1.7rem; margin: 0 0 4px; }
h2 { font-size: 1.3rem; margin: 36px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--rule); }
h3 { font-size: 1.05rem; margin: 24px 0 8px; }
.subtitle { color: var(--muted); margin: 0 0 16px; }
dl.meta, dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 12px 0; }
dl.meta dt, dl.facts dt { font-weight: 600; color: var(--muted); }
dl.meta dd, dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 12px 0; font-size: 0.92rem; }
caption { text-align: left; font-weight: 600; padding: 4px 0 6px; }
th, td { padding: 5px 8px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
thead th { background: var(--soft); border-bottom: 2px solid var(--rule); }
div.table-wrap { max-width: 100%; overflow-x: auto; }
table.compared { max-width: 720px; }
tr.metric th { background: var(--soft); font-weight: 600; }
tr.metric .unit { font-weight: 400; color: var(--muted); font-size: 0.85rem; }
th.design { font-weight: 400; padding-left: 20px; }
span.dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px; vertical-align: baseline; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
td.baseline-cell { color: var(--muted); font-size: 0.85rem; text-align: right; }
section#summary ul.summary li { margin-bottom: 4px; }
.caveat { color: var(--worse); }
p.multiple-comparisons { font-size: 0.9rem; background: var(--soft); padding: 8px 12px; border-radius: 4px; }
div.definitions { font-size: 0.9rem; border-left: 3px solid var(--rule); padding: 2px 12px; margin: 8px 0 16px; }
div.definitions h3 { margin: 4px 0; font-size: 0.95rem; }
div.definitions li { margin-bottom: 4px; }
table.metrics td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.metrics thead th:not(:first-child) { text-align: right; }
tr.section th { background: #fff; color: var(--muted); font-size: 0.82rem; text-transform: uppercase; letter-spacing: 0.04em; padding-top: 12px; }
td.diff, th.diff { border-left: 1px solid var(--rule); }
td.better, span.better { color: var(--better); font-weight: 600; }
td.worse, span.worse { color: var(--worse); font-weight: 600; }
.baseline-tag { font-weight: 400; font-size: 0.78rem; color: var(--muted); border: 1px solid var(--rule); border-radius: 3px; padding: 0 4px; }
ul.table-legend { font-size: 0.85rem; color: var(--muted); padding-left: 18px; margin: 4px 0 12px; }
figure.chart { margin: 20px 0 28px; padding: 12px 12px 8px; border: 1px solid var(--rule); border-radius: 6px; break-inside: avoid; page-break-inside: avoid; }
figure.chart svg.plot { display: block; width: 100%; height: auto; max-width: 100%; }
figcaption { font-size: 0.88rem; color: var(--muted); margin-bottom: 8px; }
figcaption strong { display: block; font-size: 1rem; margin-bottom: 2px; }
figcaption strong { color: var(--ink); }
svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
svg .tick { font-size: 11px; fill: #444; }
svg .axis-label { font-size: 12px; fill: #222; }
svg .group-title { font-size: 12px; font-weight: 600; fill: #222; }
svg .value { font-size: 10.5px; fill: #222; }
svg .grid { stroke: #e4e7eb; stroke-width: 1; }
svg .axis { stroke: #555; stroke-width: 1; }
ul.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 18px; padding: 0; margin: 0 0 6px; font-size: 0.88rem; }
ul.legend li { display: flex; align-items: center; gap: 6px; }
p.no-data { margin: 8px 0; padding: 28px 12px; text-align: center; color: var(--muted); background: var(--soft); border: 1px dashed var(--rule); border-radius: 4px; }
table.scenario th[scope=row] { white-space: nowrap; }
table.scenario td { white-space: pre-line; }
section.notes { font-size: 0.9rem; }
section.notes li { margin-bottom: 6px; }
footer { margin-top: 32px; font-size: 0.8rem; color: var(--muted); }
@media (max-width: 600px) {
  body { padding: 12px 10px 32px; }
  h1 { font-size: 1.35rem; }
  dl.meta, dl.facts { grid-template-columns: 1fr; gap: 0 0; }
  dl.meta dd, dl.facts dd { margin-bottom: 6px; overflow-wrap: anywhere; }
  table { font-size: 0.82rem; }
  th, td { padding: 4px 5px; }
  th.design { padding-left: 6px; }
  table.metrics td { white-space: normal; }
  figure.chart { padding: 8px 4px; }
}
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; page-break-after: avoid; margin-top: 18px; }
  h3 { break-after: avoid; page-break-after: avoid; }
  tr, figure.chart, dl, div.definitions { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  div.table-wrap { overflow: visible; }
  figure.chart { border: none; padding: 0; }
  section#intraday, section#charts, section#scenario { break-before: page; page-break-before: always; }
  thead th { background: none; }
  a { color: inherit; text-decoration: none; }
}
`;
