import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

/**
 * Two builds. Node: the library, the CLI and the worker-thread entries. Browser
 * (`dist/browser.js`, `dist/browser-worker.js`): the same source with the two Node-only experiment
 * modules swapped for their browser twins (Web Workers instead of tinypool threads; policy modules
 * by URL instead of by file path), so no Node built-in is bundled.
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
 * The CommonJS build (`dist/index.cjs`, for `require('routelab')`) bundles vega and vega-lite,
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
    entry: { index: 'src/index.ts', cli: 'src/cli/main.ts', worker: 'src/experiment/worker.ts', 'optimize-worker': 'src/optimize/evaluation-worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    dts: { entry: { index: 'src/index.ts' } },
    clean: true,
    splitting: true,
    treeshake: true,
  },
  {
    // Types: dist/index.d.cts is dist/index.d.ts copied by scripts/commonjs-types.ts (one bundled
    // declaration file that imports nothing, valid in both module kinds).
    entry: { index: 'src/index.ts' },
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
    entry: { browser: 'src/browser/index.ts', 'browser-worker': 'src/browser/worker.ts' },
    format: ['esm'],
    target: 'es2022',
    platform: 'browser',
    dts: { entry: { browser: 'src/browser/index.ts' } },
    esbuildPlugins: [browserTwins],
    // Each file stands alone: a page loads browser.js, each Web Worker browser-worker.js.
    splitting: false,
    treeshake: true,
  },
]);
