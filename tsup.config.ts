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
