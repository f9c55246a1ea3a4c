import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareVariants, policyVariants } from '../../src/experiment/compare';
import { renderHtmlReport, reportFromComparison } from '../../src/report/html/index';
import { readScenarioFile } from '../../src/scenario/load-file';
import type { ScenarioInput } from '../../src/scenario/schema';

/**
 * The report in a real browser: headless Chromium opens the file written to `.scratch/report.html`
 * and checks that it renders without errors, fetches nothing, and draws every chart; a full-page
 * screenshot is saved to `.scratch/report.png`. Chromium comes from Debian (`/usr/bin/chromium`,
 * or `CHROMIUM_PATH`). In CI (`CI` set, as `.ci/run` does) a missing Chromium fails the test; on a
 * developer machine without Chromium the test is skipped with a warning, so that `npm test` works
 * on a fresh machine.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCRATCH = `${ROOT}.scratch/`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'];

const REQUIRED = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
const MISSING = !existsSync(CHROMIUM);
if (MISSING && !REQUIRED) {
  console.warn(`html-browser test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH). CI runs it.`);
}

describe.skipIf(MISSING && !REQUIRED)('HTML report in headless Chromium', () => {
  let browser: Browser | undefined;
  let page: Page;
  let fileUrl = '';
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`html-browser test: no Chromium at ${CHROMIUM}. Install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`);
    }
    const scenario = readScenarioFile(`${ROOT}examples/retail-bank.yaml`) as ScenarioInput;
    const comparison = await compareVariants(policyVariants(scenario, ['longest-idle-agent', 'best-skill']), { replications: 3, threads: 1 });
    mkdirSync(SCRATCH, { recursive: true });
    const file = `${SCRATCH}report.html`;
    writeFileSync(file, renderHtmlReport(reportFromComparison(scenario, comparison)));
    fileUrl = pathToFileURL(file).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(fileUrl, { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('renders without console or page errors', () => {
    expect(problems).toEqual([]);
  });

  it('requests nothing but the file itself', () => {
    expect(requests).toEqual([fileUrl]);
  });

  it('shows the headline table', async () => {
    const table = page.locator('#headline-table');
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator('tbody tr[data-metric]').count()).toBeGreaterThanOrEqual(6);
    const box = await table.boundingBox();
    expect(box!.width).toBeGreaterThan(400);
  });

  it('draws every chart with a visible plot and data marks', async () => {
    const figures = page.locator('figure.chart');
    expect(await figures.count()).toBe(6);
    for (const figure of await figures.all()) {
      const id = await figure.getAttribute('data-chart');
      expect(await figure.getAttribute('data-empty'), `chart ${id} has data`).toBeNull();
      const box = await figure.locator('svg.plot').boundingBox();
      expect(box, `chart ${id} has an svg`).not.toBeNull();
      expect(box!.width * box!.height, `chart ${id} svg size`).toBeGreaterThan(0);
      const marks = figure.locator('[data-series]');
      const n = await marks.count();
      expect(n, `chart ${id} data marks`).toBeGreaterThan(0);
      let visible = 0;
      for (let i = 0; i < Math.min(n, 12); i++) {
        const b = await marks.nth(i).boundingBox();
        if (b !== null && b.width > 0 && b.height > 0) visible++;
      }
      expect(visible, `chart ${id}: data marks with a non-zero size`).toBeGreaterThan(0);
    }
  });

  it('saves a full-page screenshot', async () => {
    const png = await page.screenshot({ path: `${SCRATCH}report.png`, fullPage: true });
    expect(png.byteLength).toBeGreaterThan(10_000);
  });
});
