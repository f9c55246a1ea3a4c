/**
 * Builds the playground page (`npm run build:playground`; also the last step of `npm run build`):
 * esbuild bundles the Web Worker (`dist/browser-worker.js` with its dependencies) and the page's
 * module (`playground/main.ts` against the built package, `dist/browser.js` and `dist/report-browser.js`)
 * for the browser, and
 * writes **one self-contained file**, `dist/playground/index.html`: the page's module inlined, the
 * worker's code inlined in it as a string (started from a Blob URL), and the example scenario
 * filled in. It opens from `file://` as well as over HTTP.
 *
 * Prints the file's size; exits 1 if the bundle would hold a Node-only package.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** Where the page is written (git-ignored with the rest of dist/). */
export const PLAYGROUND_DIR = join(ROOT, 'dist', 'playground');
/** The page. */
export const PLAYGROUND_PAGE = join(PLAYGROUND_DIR, 'index.html');
/** The scenario the page opens with. */
export const PLAYGROUND_EXAMPLE = join(ROOT, 'examples', 'best-skill-fcr.yaml');

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `</script` cannot appear inside an inline script; `<\/script` means the same in JS strings and regexes. */
const inlineScript = (code: string): string => code.replace(/<\/(script)/gi, '<\\/$1');

const COMMON: BuildOptions = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  metafile: true,
  write: false,
  logLevel: 'warning',
  // The built package, as a user's page would get it (not the sources the tsconfig points at).
  alias: { routelab: join(ROOT, 'dist', 'browser.js'), 'routelab/report': join(ROOT, 'dist', 'report-browser.js') },
  tsconfigRaw: '{}',
};

/** Bundles one entry into a string; fails on a Node-only package in the graph. */
async function bundle(entry: string, define: Record<string, string> = {}): Promise<string> {
  const result = await build({ ...COMMON, entryPoints: [entry], outfile: 'out.js', define });
  const nodeOnly = Object.keys(result.metafile?.inputs ?? {}).filter((f) => /tinypool|commander|cli-progress|highs/.test(f));
  if (nodeOnly.length > 0) throw new Error(`the playground bundle holds Node-only modules: ${nodeOnly.join(', ')}`);
  const [file] = result.outputFiles ?? [];
  if (file === undefined) throw new Error(`esbuild wrote nothing for ${entry}`);
  return file.text;
}

/** Builds `dist/playground/index.html`; returns its size and the worker's, in KiB. */
export async function buildPlayground(): Promise<{ page: number; worker: number }> {
  // The built worker imports its dependencies (zod, yaml, ...) by name: bundle them in.
  const worker = await bundle(join(ROOT, 'dist', 'browser-worker.js'));
  const module = await bundle(join(ROOT, 'playground', 'main.ts'), { __PLAYGROUND_WORKER__: JSON.stringify(worker) });
  const template = readFileSync(join(ROOT, 'playground', 'index.html'), 'utf8');
  const example = escapeHtml(readFileSync(PLAYGROUND_EXAMPLE, 'utf8'));
  const tag = '<script type="module" src="main.ts"></script>';
  if (!template.includes(tag)) throw new Error(`playground/index.html lost its ${tag}`);
  const page = template
    .replace('<!-- EXAMPLE -->', () => example)
    .replace(tag, () => `<script type="module">${inlineScript(module)}</script>`);
  rmSync(PLAYGROUND_DIR, { recursive: true, force: true });
  mkdirSync(PLAYGROUND_DIR, { recursive: true });
  writeFileSync(PLAYGROUND_PAGE, page);
  return { page: Math.round(Buffer.byteLength(page) / 1024), worker: Math.round(Buffer.byteLength(worker) / 1024) };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = await buildPlayground();
  console.log(`playground built: dist/playground/index.html ${sizes.page} KiB, self-contained (of which the Web Worker's code ${sizes.worker} KiB)`);
}
