/**
 * The playground's end-to-end check (run by `.ci/run` after `npm run build`;
 * `npm run check:playground`): builds `dist/playground/index.html`, serves it over HTTP, and drives
 * it in headless Chromium as a user would: the example scenario loads and is valid; a negative agent
 * count typed in is reported with its field path and its line; fixed, the page is valid again;
 * with policy best-skill, staffing × 1.3, 3 replications and seed 11 the Run button fills the
 * results table and shows the HTML report. The page's result JSON must be the bytes Node gives for
 * the same scenario (the overrides written out by hand: 9 agents per group, routing best-skill),
 * seed and detailed metrics, its service-level cell Node's mean, and its report Node's
 * `renderHtmlReport` bytes, drawn in the page with every section and chart. Then the same file
 * opened from `file://` (it is self-contained) must run to the same bytes. Last, two designs
 * are added (the example as written, and best-skill with staffing × 1.3) and compared: the
 * differences table, the comparison JSON and the comparison report must be Node's
 * `compareVariants` and `reportFromComparison` for the same designs written out by hand.
 *
 * Prints one line per step and exits 1 on any failure or page error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { buildPlayground, PLAYGROUND_DIR, PLAYGROUND_EXAMPLE, PLAYGROUND_PAGE } from './build-playground';
import { compareOutputs } from './last-digits';
import { serveFolder } from './static-server';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SEED = 11;
const REPLICATIONS = 3;
const STAFFING = 1.3;
const POLICY = 'best-skill';
const TIMEOUT = 60_000;

type Routelab = typeof import('../src/index');
type ScenarioInput = import('../src/index').ScenarioInput;
const loadRoutelab = async (): Promise<Routelab> => (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as Routelab;
const loadReport = async (): Promise<typeof import('../src/report/index')> => (await import(pathToFileURL(join(ROOT, 'dist', 'report.js')).href)) as typeof import('../src/report/index');

/** The example with the page's overrides written out by hand: policy best-skill, 9 agents per group. */
function overridden(routelab: Routelab, text: string): ScenarioInput {
  const scenario = routelab.parseScenarioText(text) as { agentGroups: { agents: unknown }[]; routing: unknown };
  // best-skill-fcr.yaml staffs 7 agents per group: 7 × 1.3 = 9.1, rounded to 9.
  for (const group of scenario.agentGroups) {
    if (group.agents !== 7) throw new Error(`the example changed: a group has ${String(group.agents)} agents, not 7`);
    group.agents = 9;
  }
  scenario.routing = { policy: POLICY };
  return scenario as ScenarioInput;
}

/** Node's experiment for the same scenario, with the page's overrides written out by hand, and its HTML report. */
async function nodeExperiment(text: string): Promise<{ json: string; report: string }> {
  const routelab = await loadRoutelab();
  const input = overridden(routelab, text);
  const result = await routelab.runExperiment(input, { replications: REPLICATIONS, seed: SEED, threads: 2, metrics: { detailed: true } });
  const report = await loadReport();
  return { json: JSON.stringify(result, null, 2), report: report.renderHtmlReport(report.reportFromExperiment(input, result)) };
}

/** The name the page gives the second design (written here, not taken from the page's code). */
const SECOND_DESIGN = `${POLICY}, staffing × ${STAFFING}`;

/**
 * Node's comparison of the two designs the check adds in the page, written out by hand: the
 * example as written (the baseline, named 'as written') and best-skill with 9 agents per group,
 * on common random numbers, and the comparison report as the CLI's `compare --report` makes it.
 */
async function nodeComparison(text: string): Promise<{ json: string; report: string; serviceLevel: number }> {
  const routelab = await loadRoutelab();
  const variants = [
    { name: 'as written', scenario: routelab.parseScenarioText(text) },
    { name: SECOND_DESIGN, scenario: overridden(routelab, text) },
  ];
  const comparison = await routelab.compareVariants(variants, { replications: REPLICATIONS, seed: SEED, threads: 2, metrics: { detailed: true } });
  const report = await loadReport();
  const scenarios = Object.fromEntries(variants.map((v) => [v.name, v.scenario]));
  const serviceLevel = comparison.differences[0]?.summary['overall.serviceLevel']?.mean;
  if (serviceLevel === undefined || serviceLevel === null) throw new Error('Node\'s comparison has no service-level difference');
  return { json: JSON.stringify(comparison, null, 2), report: report.renderHtmlReport(report.reportFromComparison(variants[0]!.scenario, comparison, { scenarios })), serviceLevel };
}

/** The report the page shows after a run: its frame's source and what the frame drew. */
async function pageReport(page: Page): Promise<{ html: string; sections: string[]; charts: string[]; plots: number; height: number }> {
  await page.waitForFunction(() => (document.getElementById('report') as HTMLIFrameElement | null)?.contentDocument?.getElementById('intraday') != null, undefined, { timeout: TIMEOUT });
  const html = await page.$eval('#report', (frame) => (frame as HTMLIFrameElement).srcdoc);
  const frame = await (await page.$('#report'))?.contentFrame();
  if (frame === null || frame === undefined) throw new Error('the report frame has no document');
  const sections = await frame.$$eval('main > section[id]', (found) => found.map((s) => s.id));
  const charts = await frame.$$eval('[data-chart]', (found) => found.map((f) => (f as HTMLElement).dataset['chart'] ?? ''));
  const plots = await frame.$$eval('svg.plot', (found) => found.filter((svg) => svg.getBoundingClientRect().width > 0).length);
  const height = await page.$eval('#report', (f) => f.getBoundingClientRect().height);
  return { html, sections, charts, plots, height };
}

async function waitForStatus(page: Page, pattern: RegExp): Promise<string> {
  await page.waitForFunction((source) => new RegExp(source).test(document.getElementById('status')?.textContent ?? ''), pattern.source, { timeout: TIMEOUT });
  return (await page.textContent('#status')) ?? '';
}

async function main(): Promise<void> {
  const sizes = await buildPlayground();
  console.log(`built dist/playground/index.html: ${sizes.page} KiB, self-contained`);
  const text = readFileSync(PLAYGROUND_EXAMPLE, 'utf8');
  const { json: expected, report: expectedReport } = await nodeExperiment(text);
  const compared = await nodeComparison(text);
  const server = await serveFolder(PLAYGROUND_DIR);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const problems: string[] = [];
  const step = (ok: boolean, message: string): void => {
    console.log(`${ok ? 'ok' : 'FAILED'}: ${message}`);
    if (!ok) problems.push(message);
  };
  try {
    const page = await browser.newPage();
    let workers = 0;
    page.on('worker', () => (workers += 1));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    await page.goto(`${server.url}index.html`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: TIMEOUT });
    step((await page.inputValue('#scenario')) === text, 'the page opens with examples/best-skill-fcr.yaml');
    step((await waitForStatus(page, /valid/)) === 'Scenario valid', 'the example is valid');

    // The generalists' agents (the third `agents: 7`) made negative, as a user would type it.
    const lines = text.split('\n');
    const agentLines = lines.flatMap((line, i) => (/^\s+agents: 7\s*$/.test(line) ? [i + 1] : []));
    const line = agentLines[2];
    if (line === undefined) throw new Error('the example has fewer than 3 `agents: 7` lines');
    await page.click('#scenario');
    await page.evaluate((at) => {
      const area = document.getElementById('scenario') as HTMLTextAreaElement;
      const start = area.value.split('\n').slice(0, at - 1).join('\n').length + 1 + area.value.split('\n')[at - 1]!.indexOf('7');
      area.setSelectionRange(start, start + 1);
    }, line);
    await page.keyboard.type('-3');
    const status = await waitForStatus(page, /not valid/);
    const listed = await page.$$eval('#problems li', (items) => items.map((li) => ({ text: li.textContent ?? '', path: li.dataset['path'], line: li.dataset['line'] })));
    const located = listed.find((p) => p.path === 'agentGroups[2].agents');
    step(status === 'Scenario not valid: 1 problem', `typing -3 agents is reported: "${status}"`);
    step(located !== undefined && located.line === String(line), `the error names agentGroups[2].agents at line ${line}: ${located?.text ?? JSON.stringify(listed)}`);
    step((await page.isDisabled('#run')), 'Run is disabled while the scenario is not valid');

    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('7');
    step((await waitForStatus(page, /valid/)) === 'Scenario valid' && (await page.inputValue('#scenario')) === text, 'fixed, the scenario is valid again');

    await page.selectOption('#policy', POLICY);
    await page.fill('#staffing', String(STAFFING));
    await page.fill('#replications', String(REPLICATIONS));
    await page.fill('#seed', String(SEED));
    await page.click('#run');
    await page.waitForFunction(() => (document.getElementById('result-json')?.textContent ?? '') !== '' || (document.getElementById('run-status')?.textContent ?? '') === 'not run', undefined, { timeout: TIMEOUT });
    const rows = await page.$$eval('#results-body tr', (trs) => trs.map((tr) => ({ metric: tr.dataset['metric'], cells: [...tr.cells].map((c) => c.textContent ?? '') })));
    const got = (await page.textContent('#result-json')) ?? '';
    console.log(`run: ${(await page.textContent('#run-status')) ?? ''}`);
    const runProblems = await page.$$eval('#problems li', (items) => items.map((li) => li.textContent ?? ''));
    step(runProblems.length === 0, `the run reports no problem${runProblems.length === 0 ? '' : `: ${runProblems.join('; ')}`}`);
    for (const row of rows) console.log(`  ${row.cells.join(' | ')}`);
    step(workers >= 1, `the replications ran on Web Workers (${workers} started)`);
    const metrics = rows.map((r) => r.metric);
    step(
      ['overall.serviceLevel', 'overall.asa', 'overall.abandonmentRate', 'journey.overall.fcr', 'agents.occupancy', 'byAgentGroup.billing-specialists.occupancy', 'byAgentGroup.tech-specialists.occupancy', 'byAgentGroup.generalists.occupancy'].every((m) => metrics.includes(m)),
      `the table shows service level, ASA, abandonment, FCR and occupancy per group (${rows.length} rows)`,
    );
    const json = compareOutputs(expected, got);
    step(json !== 'different', `the page's result JSON is Node's (${json}) for the same scenario and seed (${expected.length} bytes in Node, ${got.length} in Chromium)`);
    const nodeServiceLevel = (JSON.parse(expected) as { summary: Record<string, { mean: number }> }).summary['overall.serviceLevel']?.mean;
    const cell = rows.find((r) => r.metric === 'overall.serviceLevel')?.cells[1];
    step(nodeServiceLevel !== undefined && cell === `${(nodeServiceLevel * 100).toFixed(1)} %`, `the service-level cell (${cell ?? 'missing'}) is Node's mean ${nodeServiceLevel ?? '?'}`);
    const report = await pageReport(page);
    const html = compareOutputs(expectedReport, report.html);
    step(html !== 'different', `the page's HTML report is Node's renderHtmlReport (${html}) (${expectedReport.length} bytes in Node, ${report.html.length} in Chromium)`);
    const sections = ['headlines', 'intraday', 'charts', 'by-contact-type', 'scenario'];
    step(sections.every((id) => report.sections.includes(id)), `the report shows its sections: ${report.sections.join(', ')}`);
    const charts = ['service-level', 'service-level-type-0', 'service-level-type-1', 'volume-staffing', 'occupancy', 'occupancy-group-0', 'occupancy-group-1', 'occupancy-group-2'];
    step(charts.every((id) => report.charts.includes(id)) && report.plots >= charts.length, `the report draws its charts (${report.plots} plots), among them each contact type and agent group over the day: ${report.charts.join(', ')}`);
    step(report.height > 2000, `the report's frame grows to the report (${Math.round(report.height)} px)`);

    // Two designs: the example as written, then best-skill with staffing × 1.3; Compare.
    step(await page.isDisabled('#compare'), 'Compare is disabled before two designs are added');
    await page.selectOption('#policy', '');
    await page.fill('#staffing', '1');
    await page.click('#add-design');
    await page.click('#add-design');
    const refused = (await page.textContent('#design-note')) ?? '';
    step(/already a design/.test(refused), `the same design twice is refused: "${refused}"`);
    await page.selectOption('#policy', POLICY);
    await page.fill('#staffing', String(STAFFING));
    await page.click('#add-design');
    const designs = await page.$$eval('#designs li', (items) => items.map((li) => li.dataset['design'] ?? ''));
    step(designs.join(' | ') === `as written | ${SECOND_DESIGN}` && !(await page.isDisabled('#compare')), `two designs listed, Compare enabled: ${designs.join(' | ')}`);
    await page.click('#compare');
    await page.waitForFunction(
      () => (document.getElementById('differences-body')?.children.length ?? 0) > 0 || (document.getElementById('run-status')?.textContent ?? '') === 'not run',
      undefined,
      { timeout: TIMEOUT },
    );
    console.log(`compare: ${(await page.textContent('#run-status')) ?? ''}`);
    const compareProblems = await page.$$eval('#problems li', (items) => items.map((li) => li.textContent ?? ''));
    step(compareProblems.length === 0, `the comparison reports no problem${compareProblems.length === 0 ? '' : `: ${compareProblems.join('; ')}`}`);
    const diffRows = await page.$$eval('#differences-body tr', (trs) => trs.map((tr) => ({ design: tr.dataset['design'], metric: tr.dataset['metric'], cells: [...tr.cells].map((c) => c.textContent ?? '') })));
    for (const row of diffRows) console.log(`  ${row.cells.join(' | ')}`);
    step(
      (await page.isVisible('#differences')) && diffRows.length >= 4 && diffRows.every((r) => r.design === SECOND_DESIGN),
      `the differences table shows ${SECOND_DESIGN} − as written (${diffRows.length} rows)`,
    );
    const slCell = diffRows.find((r) => r.metric === 'overall.serviceLevel')?.cells[2];
    const slExpected = `${compared.serviceLevel >= 0 ? '+' : '−'}${Math.abs(compared.serviceLevel * 100).toFixed(1)} pt`;
    step(slCell === slExpected, `the service-level difference cell (${slCell ?? 'missing'}) is Node's paired difference ${compared.serviceLevel}`);
    const comparisonJson = (await page.textContent('#result-json')) ?? '';
    const comparedJson = compareOutputs(compared.json, comparisonJson);
    step(comparedJson !== 'different', `the page's comparison JSON is Node's compareVariants (${comparedJson}) (${compared.json.length} bytes in Node, ${comparisonJson.length} in Chromium)`);
    await page.waitForFunction(() => (document.getElementById('report') as HTMLIFrameElement | null)?.contentDocument?.querySelector('[data-chart="forest"]') != null, undefined, { timeout: TIMEOUT });
    const comparisonReport = await page.$eval('#report', (frame) => (frame as HTMLIFrameElement).srcdoc);
    const comparedReport = compareOutputs(compared.report, comparisonReport);
    step(comparedReport !== 'different', `the page's comparison report is Node's reportFromComparison (${comparedReport}) (${compared.report.length} bytes in Node, ${comparisonReport.length} in Chromium), with its forest plot of the paired differences`);

    // The same file from disk: no server, the worker from its inlined code.
    const local = await browser.newPage();
    let localWorkers = 0;
    local.on('worker', () => (localWorkers += 1));
    local.on('pageerror', (e) => problems.push(`page error (file://): ${e.message}`));
    await local.goto(pathToFileURL(PLAYGROUND_PAGE).href);
    await local.waitForSelector('body[data-ready="true"]', { timeout: TIMEOUT });
    await local.selectOption('#policy', POLICY);
    await local.fill('#staffing', String(STAFFING));
    await local.fill('#replications', String(REPLICATIONS));
    await local.fill('#seed', String(SEED));
    await local.click('#run');
    await local.waitForFunction(() => (document.getElementById('result-json')?.textContent ?? '') !== '' || (document.getElementById('run-status')?.textContent ?? '') === 'not run', undefined, { timeout: TIMEOUT });
    const fromDisk = (await local.textContent('#result-json')) ?? '';
    const localReport = await pageReport(local);
    const localHtml = compareOutputs(expectedReport, localReport.html);
    step(localHtml !== 'different', `opened from file://, the report is Node's too (${localHtml}) (${localReport.html.length} bytes, ${localReport.plots} plots)`);
    const localProblems = await local.$$eval('#problems li', (items) => items.map((li) => li.textContent ?? '').join('; '));
    const localJson = compareOutputs(expected, fromDisk);
    step(localJson !== 'different' && localWorkers >= 1, `opened from file://, the same run on ${localWorkers} Web Workers gives Node's result (${localJson}) (${fromDisk.length} bytes): ${(await local.textContent('#run-status')) ?? ''} ${localProblems}`);
  } finally {
    await browser.close();
    server.close();
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log('playground check passed: load, validate, located error, fix, run on Web Workers, Node\'s results, the full report, two designs compared, over HTTP and from file://');
}

await main();
