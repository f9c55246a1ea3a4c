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
 * opened from `file://` (it is self-contained) must run to the same bytes.
 *
 * Prints one line per step and exits 1 on any failure or page error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { buildPlayground, PLAYGROUND_DIR, PLAYGROUND_EXAMPLE, PLAYGROUND_PAGE } from './build-playground';
import { serveFolder } from './static-server';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SEED = 11;
const REPLICATIONS = 3;
const STAFFING = 1.3;
const POLICY = 'best-skill';
const TIMEOUT = 60_000;

/** Node's experiment for the same scenario, with the page's overrides written out by hand, and its HTML report. */
async function nodeExperiment(text: string): Promise<{ json: string; report: string }> {
  const routelab = (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as typeof import('../src/index');
  const scenario = routelab.parseScenarioText(text) as { agentGroups: { agents: unknown }[]; routing: unknown };
  // best-skill-fcr.yaml staffs 7 agents per group: 7 × 1.3 = 9.1, rounded to 9.
  for (const group of scenario.agentGroups) {
    if (group.agents !== 7) throw new Error(`the example changed: a group has ${String(group.agents)} agents, not 7`);
    group.agents = 9;
  }
  scenario.routing = { policy: POLICY };
  const input = scenario as import('../src/index').ScenarioInput;
  const result = await routelab.runExperiment(input, { replications: REPLICATIONS, seed: SEED, threads: 2, metrics: { detailed: true } });
  return { json: JSON.stringify(result, null, 2), report: routelab.renderHtmlReport(routelab.reportFromExperiment(input, result)) };
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
    step(got === expected, `the page's result JSON is Node's bytes for the same scenario and seed (${expected.length} bytes in Node, ${got.length} in Chromium)`);
    const nodeServiceLevel = (JSON.parse(expected) as { summary: Record<string, { mean: number }> }).summary['overall.serviceLevel']?.mean;
    const cell = rows.find((r) => r.metric === 'overall.serviceLevel')?.cells[1];
    step(nodeServiceLevel !== undefined && cell === `${(nodeServiceLevel * 100).toFixed(1)} %`, `the service-level cell (${cell ?? 'missing'}) is Node's mean ${nodeServiceLevel ?? '?'}`);
    const report = await pageReport(page);
    step(report.html === expectedReport, `the page's HTML report is Node's renderHtmlReport bytes (${expectedReport.length} bytes in Node, ${report.html.length} in Chromium)`);
    const sections = ['headlines', 'intraday', 'charts', 'by-contact-type', 'scenario'];
    step(sections.every((id) => report.sections.includes(id)), `the report shows its sections: ${report.sections.join(', ')}`);
    const charts = ['service-level', 'service-level-type-0', 'service-level-type-1', 'volume-staffing', 'occupancy', 'occupancy-group-0', 'occupancy-group-1', 'occupancy-group-2'];
    step(charts.every((id) => report.charts.includes(id)) && report.plots >= charts.length, `the report draws its charts (${report.plots} plots), among them each contact type and agent group over the day: ${report.charts.join(', ')}`);
    step(report.height > 2000, `the report's frame grows to the report (${Math.round(report.height)} px)`);

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
    step(localReport.html === expectedReport, `opened from file://, the report is Node's bytes too (${localReport.html.length} bytes, ${localReport.plots} plots)`);
    const localProblems = await local.$$eval('#problems li', (items) => items.map((li) => li.textContent ?? '').join('; '));
    step(fromDisk === expected && localWorkers >= 1, `opened from file://, the same run on ${localWorkers} Web Workers gives Node's bytes (${fromDisk.length} bytes): ${(await local.textContent('#run-status')) ?? ''} ${localProblems}`);
  } finally {
    await browser.close();
    server.close();
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log('playground check passed: load, validate, located error, fix, run on Web Workers, Node\'s bytes, the full report, over HTTP and from file://');
}

await main();
