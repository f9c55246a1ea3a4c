import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

/**
 * Two builds. Node: the library, the report (`routelab/report`), the CLI and the worker-thread
 * entries. Browser (`dist/browser.js`, `dist/report-browser.js`, `dist/browser-worker.js`): the same
 * source with the two Node-only experiment modules swapped for their browser twins (Web Workers
 * instead of tinypool threads; policy modules by URL instead of by file path), so no Node built-in
 * is bundled. The report is an entry of its own everywhere, so that only a program importing
 * `routelab/report` loads or bundles vega and vega-lite.
 */
const BROWSER_TWINS: Record<string, string> = {
  './pool': fileURLToPath(new URL('./src/browser/web-worker-pool.ts', import.meta.url)),
  './policy-module': fileURLToPath(new URL('./src/browser/policy-module.ts', import.meta.url)),
};

const browserTwins: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'routelab-browser-twins',
  setup(build) {
    build.onResolve({ filter: /^\.\/(pool|policy-module)$/ }, (args) =>
      args.importer.includes('/src/experiment/') ? { path: BROWSER_TWINS[args.path]! } : undefined,
    );
  },
};

/**
 * The CommonJS build of the report (`dist/report.cjs`, for `require('routelab/report')`) bundles vega and vega-lite,
 * which are ES modules only and cannot be required: vega-canvas starts with a top-level `await`
 * (an optional `canvas` it never finds here). Its browser build, which has none, stands in: the
 * reports draw SVG with Vega's string renderer and never use a canvas, so the bytes are the same.
 * @noble/hashes (ES modules only, small) is bundled too; tinypool, an ES module without top-level
 * `await`, is required as it is (Node ≥ 20.19 and ≥ 22.12 load such a module with `require`).
 */
const vegaCanvasWithoutTopLevelAwait: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'routelab-vega-canvas-browser',
  setup(build) {
    build.onResolve({ filter: /^vega-canvas$/ }, () => ({
      path: fileURLToPath(new URL('./node_modules/vega-canvas/build/vega-canvas.browser.js', import.meta.url)),
    }));
  },
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts', report: 'src/report/index.ts', cli: 'src/cli/main.ts', worker: 'src/experiment/worker.ts', 'optimize-worker': 'src/optimize/evaluation-worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    dts: { entry: { index: 'src/index.ts' } },
    clean: true,
    splitting: true,
    treeshake: true,
  },
  {
    // dist/report.d.ts on its own, so that it and dist/index.d.ts each stand alone (one build of both
    // would move their shared declarations to a third file, which a .d.cts copy could not import).
    entry: { report: 'src/report/index.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    dts: { entry: { report: 'src/report/index.ts' }, only: true },
  },
  {
    // Types: dist/index.d.cts and dist/report.d.cts are the .d.ts copied by scripts/commonjs-types.ts
    // (bundled declaration files that import nothing, valid in both module kinds). Each CommonJS file
    // stands alone: report.cjs has its own copy of the code it shares with index.cjs.
    entry: { index: 'src/index.ts', report: 'src/report/index.ts' },
    format: ['cjs'],
    target: 'node20',
    platform: 'node',
    shims: true,
    // Bundled: every package but those that can be required (CommonJS builds, or ES modules without
    // top-level await) and highs, which is imported on the first solve.
    noExternal: [/^(?!(?:tinypool|zod|yaml|commander|cli-progress|csv-parse|luxon|seedrandom|highs)(?:\/|$))/],
    esbuildPlugins: [vegaCanvasWithoutTopLevelAwait],
    splitting: false,
    treeshake: true,
  },
  {
    // The page's entries: browser.js and report-browser.js share their common code in a chunk, so a
    // page importing both carries it once, and browser.js never imports vega.
    entry: { browser: 'src/browser/index.ts', 'report-browser': 'src/report/index.ts' },
    format: ['esm'],
    target: 'es2022',
    platform: 'browser',
    dts: { entry: { browser: 'src/browser/index.ts' } },
    esbuildPlugins: [browserTwins],
    splitting: true,
    treeshake: true,
  },
  {
    // The Web Worker's file stands alone: each worker loads browser-worker.js.
    entry: { 'browser-worker': 'src/browser/worker.ts' },
    format: ['esm'],
    target: 'es2022',
    platform: 'browser',
    esbuildPlugins: [browserTwins],
    splitting: false,
    treeshake: true,
  },
]);
