/**
 * Builds the playground page (`npm run build:playground`, after `npm run build`): esbuild bundles
 * `playground/main.ts` for the browser against the built package (`dist/browser.js`), and writes
 * `dist/playground/` with `index.html` (the example scenario filled in), `playground.js` and the
 * Web Worker `browser-worker.js` next to it (bundled too: the built worker imports its dependencies). Serve the folder over HTTP (module workers do not
 * load from `file://`): `npx http-server dist/playground` or `python3 -m http.server -d dist/playground`.
 *
 * Prints the files and their sizes; exits 1 if the bundle would hold a Node built-in or a
 * Node-only package.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** Where the page is written (git-ignored with the rest of dist/). */
export const PLAYGROUND_DIR = join(ROOT, 'dist', 'playground');
/** The scenario the page opens with. */
export const PLAYGROUND_EXAMPLE = join(ROOT, 'examples', 'best-skill-fcr.yaml');

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Builds the page into `dist/playground/`; returns the sizes in KiB by file name. */
export async function buildPlayground(): Promise<Record<string, number>> {
  const browserEntry = join(ROOT, 'dist', 'browser.js');
  const workerEntry = join(ROOT, 'dist', 'browser-worker.js');
  rmSync(PLAYGROUND_DIR, { recursive: true, force: true });
  mkdirSync(PLAYGROUND_DIR, { recursive: true });
  const result = await build({
    // The worker too: the built worker imports its dependencies (zod, yaml, ...) by name.
    entryPoints: { playground: join(ROOT, 'playground', 'main.ts'), 'browser-worker': workerEntry },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir: PLAYGROUND_DIR,
    minify: true,
    metafile: true,
    logLevel: 'warning',
    // The built package, as a user's page would get it (not the sources the tsconfig points at).
    alias: { routelab: browserEntry },
    tsconfigRaw: '{}',
  });
  const nodeOnly = Object.keys(result.metafile.inputs).filter((f) => /tinypool|commander|cli-progress|highs|^node:/.test(f));
  if (nodeOnly.length > 0) throw new Error(`the playground bundle holds Node-only modules: ${nodeOnly.join(', ')}`);
  const page = readFileSync(join(ROOT, 'playground', 'index.html'), 'utf8');
  const example = escapeHtml(readFileSync(PLAYGROUND_EXAMPLE, 'utf8'));
  writeFileSync(join(PLAYGROUND_DIR, 'index.html'), page.replace('<!-- EXAMPLE -->', () => example));
  const sizes: Record<string, number> = {};
  for (const name of ['index.html', 'playground.js', 'browser-worker.js']) sizes[name] = Math.round(readFileSync(join(PLAYGROUND_DIR, name)).length / 1024);
  return sizes;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = await buildPlayground();
  console.log(`playground built in dist/playground: ${Object.entries(sizes).map(([name, kib]) => `${name} ${kib} KiB`).join(', ')}`);
}
