/**
 * The browser bundle check (run by `.ci/run` after `npm run build`; `npm run check:browser`):
 * esbuild bundles a tiny page that imports `routelab` from the built package with platform
 * `browser` (a Node built-in anywhere in the graph fails the bundle, and so does vega: the report
 * is in `routelab/report`), headless Chromium loads it
 * over HTTP, and the page runs `simulate` (the scenario given as an object, and as YAML text) and
 * a 10-replication experiment on 2 Web Workers. The JSON bytes of each must equal Node's for the
 * same scenario and seed (Node's experiment on 2 worker threads), or, where the browser's `Math.log`
 * and `Math.exp` differ from Node's in the last bit, differ only past numbers' ninth significant
 * digit (see `last-digits.ts`); the line printed says which.
 *
 * Prints one line per comparison and exits 1 on any difference or page error.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { compareOutputs } from './last-digits';
import { serveFolder } from './static-server';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIR = join(ROOT, '.scratch', 'browser-bundle');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SEED = 7;
const REPLICATIONS = 10;
const SCENARIO_FILE = join(ROOT, 'examples', 'callback-vs-holding.yaml');
const TEXT_FILE = join(ROOT, 'examples', 'best-skill-fcr.yaml');

const PAGE = `
import { simulate, runExperiment, createReplicationRunner, parseScenarioText, VERSION } from 'routelab';
globalThis.routelabCheck = async ({ scenario, text, seed, replications }) => {
  const runner = createReplicationRunner({ threads: 2 });
  const kind = runner.kind;
  await runner.close();
  return {
    version: VERSION,
    kind,
    simulate: JSON.stringify(simulate(scenario, { seed })),
    simulateText: JSON.stringify(simulate(parseScenarioText(text), { seed })),
    experiment: JSON.stringify(await runExperiment(scenario, { replications, seed, threads: 2 })),
  };
};
document.title = 'ready';
`;

async function bundlePage(): Promise<void> {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(join(DIR, 'node_modules'), { recursive: true });
  // The page imports the package by name, as a user's project would, from the built package.
  symlinkSync(ROOT, join(DIR, 'node_modules', 'routelab'), 'dir');
  writeFileSync(join(DIR, 'page.js'), PAGE);
  writeFileSync(join(DIR, 'index.html'), '<!doctype html><meta charset="utf-8"><title>loading</title><link rel="icon" href="data:,"><script type="module" src="out/page.js"></script>\n');
  const result = await build({
    absWorkingDir: DIR,
    entryPoints: { page: './page.js', 'browser-worker': 'routelab/browser-worker' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir: join(DIR, 'out'),
    logLevel: 'warning',
    minify: true,
    metafile: true,
    // Not the repository's tsconfig, whose `paths` map routelab to the sources: the built package.
    tsconfigRaw: '{}',
  });
  const inputs = Object.keys(result.metafile.inputs);
  const nodeOnly = inputs.filter((f) => /tinypool|node_modules\/commander|cli-progress|highs/.test(f));
  if (nodeOnly.length > 0) throw new Error(`the browser bundle holds Node-only modules: ${nodeOnly.join(', ')}`);
  // The report (vega, vega-lite) is in routelab/report: a page that renders none must not carry it.
  const vega = inputs.filter((f) => /node_modules\/vega/.test(f));
  if (vega.length > 0) throw new Error(`the bundle of a page importing only 'routelab' holds vega: ${vega.slice(0, 3).join(', ')}, …`);
  console.log(`ok: the page's bundle holds no vega or vega-lite (${inputs.length} modules; the report is in routelab/report)`);
  const size = (name: string) => Math.round(readFileSync(join(DIR, 'out', name)).length / 1024);
  console.log(`bundled with esbuild (platform browser, minified): page.js ${size('page.js')} KiB, browser-worker.js ${size('browser-worker.js')} KiB`);
}

async function nodeResults(): Promise<{ version: string; simulate: string; simulateText: string; experiment: string }> {
  const routelab = (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as typeof import('../src/index');
  const scenario = routelab.readScenarioFile(SCENARIO_FILE);
  const textScenario = routelab.readScenarioFile(TEXT_FILE);
  return {
    version: routelab.VERSION,
    simulate: JSON.stringify(routelab.simulate(scenario, { seed: SEED })),
    simulateText: JSON.stringify(routelab.simulate(textScenario, { seed: SEED })),
    experiment: JSON.stringify(await routelab.runExperiment(scenario, { replications: REPLICATIONS, seed: SEED, threads: 2 })),
  };
}

async function main(): Promise<void> {
  await bundlePage();
  const expected = await nodeResults();
  const server = await serveFolder(DIR);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const problems: string[] = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    await page.goto(`${server.url}index.html`);
    await page.waitForFunction(() => (globalThis as unknown as { document: { title: string } }).document.title === 'ready', undefined, { timeout: 30_000 });
    const scenario = (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href) as typeof import('../src/index')).readScenarioFile(SCENARIO_FILE);
    const got = (await page.evaluate(
      (input) => (globalThis as unknown as { routelabCheck: (i: unknown) => Promise<Record<string, string>> }).routelabCheck(input),
      { scenario, text: readFileSync(TEXT_FILE, 'utf8'), seed: SEED, replications: REPLICATIONS },
    )) as Record<string, string>;
    if (got['kind'] !== 'web-workers') problems.push(`createReplicationRunner({ threads: 2 }) in the browser is '${got['kind']}', not 'web-workers'`);
    for (const key of ['version', 'simulate', 'simulateText', 'experiment'] as const) {
      const how = compareOutputs(expected[key], got[key] ?? '');
      console.log(`${how === 'different' ? 'DIFFERENT' : how} ${key}: ${expected[key].length} bytes in Node, ${got[key]?.length ?? 0} in Chromium`);
      if (how === 'different') problems.push(`${key}: the browser's JSON differs from Node's`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log(`browser bundle check passed: simulate and a ${REPLICATIONS}-replication experiment on Web Workers give Node's results (the lines above say whether to the byte)`);
}

await main();
