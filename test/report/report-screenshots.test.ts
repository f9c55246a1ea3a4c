import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareVariants } from '../../src/experiment/compare';
import { runExperiment } from '../../src/experiment/replications';
import { renderHtmlReport, reportFromComparison, reportFromExperiment } from '../../src/report/html/index';
import { reportScenario } from './report-fixtures';

/**
 * The report in a real browser, and its screenshots: headless Chromium opens a comparison of 3
 * designs, one of 8 designs and a single run, checks that each renders without errors, fetches
 * nothing, draws every chart, does not scroll sideways at 1280 px nor on a 420 px phone, gives each
 * of 8 designs its own colour, and prints to A4 with a full first page. Screenshots (PNG) and the
 * printed PDFs are written to `.scratch/screenshots/` (git-ignored) for a reader to look at.
 *
 * Chromium comes from Debian (`/usr/bin/chromium`, or `CHROMIUM_PATH`). In CI (`CI` set, as
 * `.ci/run` does) a missing Chromium fails the test; on a developer machine without Chromium the
 * test is skipped with a warning, so that `npm test` works on a fresh machine. One browser launch.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = `${ROOT}.scratch/screenshots/`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'];
/** A4 at 96 px per inch with the report's page margins (14 mm top and bottom, 12 mm left and right). */
const A4 = { width: Math.round(((210 - 24) / 25.4) * 96), height: Math.round(((297 - 28) / 25.4) * 96) };

const REQUIRED = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
const MISSING = !existsSync(CHROMIUM);
if (MISSING && !REQUIRED) {
  console.warn(`report-screenshots test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH). CI runs it.`);
}

/** A comparison report of `n` designs of the small center (7, 8, ... voice agents). */
async function designsReport(n: number, replications: number): Promise<string> {
  const variants = Array.from({ length: n }, (_, k) => ({ name: `${7 + k} voice agents`, scenario: reportScenario(undefined, 7 + k) }));
  const comparison = await compareVariants(variants, { replications, threads: 1, seed: 5 });
  const scenarios = Object.fromEntries(variants.map((v) => [v.name, v.scenario]));
  return renderHtmlReport(reportFromComparison(variants[0]!.scenario, comparison, { scenarios, generatedAt: '2026-12-07' }));
}

describe.skipIf(MISSING && !REQUIRED)('HTML report in headless Chromium, with screenshots', () => {
  let browser: Browser | undefined;
  const files: Record<string, string> = {};

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`report-screenshots test: no Chromium at ${CHROMIUM}. Install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`);
    }
    mkdirSync(OUT, { recursive: true });
    const single = await runExperiment(reportScenario(), { replications: 1, threads: 1, seed: 5 });
    const pages = {
      'designs-3': await designsReport(3, 2),
      'designs-8': await designsReport(8, 2),
      single: renderHtmlReport(reportFromExperiment(reportScenario(), single, { generatedAt: '2026-12-07' })),
    };
    for (const [name, html] of Object.entries(pages)) {
      files[name] = `${OUT}${name}.html`;
      writeFileSync(files[name], html);
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a report at a width, recording console problems and requests. */
  async function open(name: string, width: number): Promise<{ page: Page; problems: string[]; requests: string[] }> {
    const page = await browser!.newPage({ viewport: { width, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(files[name]!).href, { waitUntil: 'load' });
    return { page, problems, requests };
  }

  /** How far the page is wider than its viewport (0: no sideways scrolling). */
  const overflow = (page: Page): Promise<number> => page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

  /** Checks the report as shown at the page's current width and saves the top of the page. */
  async function checkScreen(page: Page, name: string, width: number): Promise<void> {
    await page.setViewportSize({ width, height: 900 });
    expect(await overflow(page), `${name} at ${width} px scrolls sideways`).toBe(0);
    // every chart in one round trip: its id, whether it is empty, its plot's box and its visible data marks
    const charts = await page.evaluate<{ id: string; empty: boolean; width: number; height: number; marks: number }[]>(`[...document.querySelectorAll('figure.chart')].map((f) => {
      const svg = f.querySelector('svg.plot');
      const box = svg === null ? { width: 0, height: 0 } : svg.getBoundingClientRect();
      const marks = [...f.querySelectorAll('[role="graphics-symbol"]')].filter((m) => /mark$|^bar$|^point$/.test(m.getAttribute('aria-roledescription') ?? ''));
      return { id: f.dataset.chart, empty: f.dataset.empty === 'true', width: box.width, height: box.height, marks: marks.filter((m) => { const r = m.getBoundingClientRect(); return r.width > 0 || r.height > 0; }).length };
    })`);
    expect(charts.length).toBeGreaterThanOrEqual(7);
    for (const c of charts) {
      expect(c.empty, `chart ${c.id} has data`).toBe(false);
      expect(c.width, `chart ${c.id} fits the page at ${width} px`).toBeLessThanOrEqual(width);
      expect(c.width * c.height, `chart ${c.id} svg size`).toBeGreaterThan(0);
      expect(c.marks, `chart ${c.id} visible data marks`).toBeGreaterThan(0);
    }
    // the top of the page (title block, summary, headline table): full pages of 8 designs take too long
    const height = Math.min(await page.evaluate<number>('document.documentElement.scrollHeight'), 2400);
    await page.screenshot({ path: `${OUT}${name}-${width}.png`, fullPage: true, clip: { x: 0, y: 0, width, height } });
  }

  /** Prints the report on A4 and checks that page 1 is filled; saves the PDF and page 1. */
  async function checkPrint(page: Page, name: string): Promise<void> {
    await page.setViewportSize({ width: A4.width, height: A4.height });
    await page.emulateMedia({ media: 'print' });
    expect(await overflow(page)).toBe(0);
    // the lowest bottom of a block that fits on page 1: a page 1 left nearly blank would stop early
    const filled = await page.evaluate<number>(`(() => {
      let bottom = 0;
      for (const el of document.querySelectorAll('h1, h2, h3, p, li, tr, dt, dd, figure')) {
        const r = el.getBoundingClientRect();
        if (r.height > 0 && r.bottom <= ${A4.height}) bottom = Math.max(bottom, r.bottom);
      }
      return bottom / ${A4.height};
    })()`);
    expect(filled, `${name}: share of A4 page 1 filled`).toBeGreaterThan(0.75);
    await page.screenshot({ path: `${OUT}${name}-a4-page1.png`, clip: { x: 0, y: 0, width: A4.width, height: A4.height } });
    const pdf = await page.pdf({ path: `${OUT}${name}-a4.pdf`, format: 'A4', preferCSSPageSize: true, printBackground: true });
    expect(pdf.byteLength).toBeGreaterThan(20_000);
  }

  it.each(['designs-3', 'designs-8', 'single'])('%s: no errors, nothing fetched, no horizontal overflow at 1280 and 420 px, a full first A4 page', async (name) => {
    const { page, problems, requests } = await open(name, 1280);
    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(files[name]!).href]);
    await checkScreen(page, name, 1280);
    if (name === 'designs-8') {
      // one colour per design, the same in the lines and in their legend
      const lines = await page.locator('figure[data-chart="service-level"] [aria-roledescription="line mark"]').evaluateAll((els) => els.map((e) => e.getAttribute('stroke')));
      expect(lines).toHaveLength(8);
      expect(new Set(lines).size).toBe(8);
      const legend = await page.locator('figure[data-chart="service-level"] ul.legend li').evaluateAll((els) => els.map((e) => e.getAttribute('data-color')));
      expect(legend).toEqual(lines);
    }
    await checkScreen(page, name, 420);
    await checkPrint(page, name);
    await page.close();
  }, 120_000);
});
