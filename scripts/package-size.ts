/**
 * What a user's bundle and install weigh (`npm run size`, after `npm run build`): esbuild bundles
 * a one-line program of each entry from the built package, as a user's project would (the package
 * by name, minified, platform `browser` or `node`), and prints its bytes, gzipped bytes and whether
 * vega or vega-lite got in; then `npm pack --dry-run` gives the tarball's size. The figures of
 * docs/package.md come from here.
 *
 * Exits 1 if a bundle that must not hold vega (the main and browser entries) does.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIR = join(ROOT, '.scratch', 'package-size');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const DEPENDENCIES = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);

/** One consumer program: its source, the platform it is bundled for, and whether vega may be in it. */
interface Probe {
  readonly label: string;
  readonly code: string;
  readonly platform: 'browser' | 'node';
  readonly vegaAllowed: boolean;
}

const PROBES: readonly Probe[] = [
  { label: "browser: import { simulate } from 'routelab'", code: "import { simulate } from 'routelab';\nglobalThis.run = simulate;\n", platform: 'browser', vegaAllowed: false },
  { label: "browser: import { runExperiment } from 'routelab'", code: "import { runExperiment } from 'routelab';\nglobalThis.run = runExperiment;\n", platform: 'browser', vegaAllowed: false },
  { label: "browser: import { renderHtmlReport } from 'routelab/report'", code: "import { renderHtmlReport } from 'routelab/report';\nglobalThis.run = renderHtmlReport;\n", platform: 'browser', vegaAllowed: true },
  { label: "node:    import { simulate } from 'routelab'", code: "import { simulate } from 'routelab';\nglobalThis.run = simulate;\n", platform: 'node', vegaAllowed: false },
];

async function bundle(probe: Probe, k: number): Promise<{ bytes: number; gzip: number; vega: boolean }> {
  const entry = join(DIR, `probe-${k}.js`);
  writeFileSync(entry, probe.code);
  const result = await build({
    absWorkingDir: DIR,
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: probe.platform,
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'error',
    // Node: routelab's dependencies stay imports, as a server bundle would leave them.
    ...(probe.platform === 'node' ? { external: DEPENDENCIES } : {}),
    tsconfigRaw: '{}',
  });
  const code = result.outputFiles[0]!.contents;
  const inputs = Object.keys(result.metafile.inputs);
  const imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
  const vega = [...inputs, ...imports].some((f) => /(^|node_modules\/)vega(-lite)?(\/|$)/.test(f));
  return { bytes: code.length, gzip: gzipSync(code).length, vega };
}

function packSize(): string {
  const out = execFileSync(NPM, ['pack', '--dry-run', '--json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [info] = JSON.parse(out) as { size: number; unpackedSize: number; entryCount: number }[];
  if (info === undefined) throw new Error('npm pack --dry-run printed nothing');
  return `${info.entryCount} files, ${Math.round(info.size / 1024)} KiB packed, ${Math.round(info.unpackedSize / 1024)} KiB unpacked`;
}

async function main(): Promise<void> {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(join(DIR, 'node_modules'), { recursive: true });
  symlinkSync(ROOT, join(DIR, 'node_modules', 'routelab'), 'dir');
  const problems: string[] = [];
  for (const [k, probe] of PROBES.entries()) {
    let line: string;
    try {
      const size = await bundle(probe, k);
      line = `${Math.round(size.bytes / 1024)} KiB minified, ${Math.round(size.gzip / 1024)} KiB gzipped, ${size.vega ? 'vega inside' : 'no vega'}`;
      if (size.vega && !probe.vegaAllowed) problems.push(`${probe.label}: the bundle holds vega`);
    } catch (error) {
      line = `does not bundle: ${(error as Error).message.split('\n')[0]}`;
      problems.push(`${probe.label}: ${line}`);
    }
    console.log(`${probe.label.padEnd(62)} ${line}`);
  }
  console.log(`${'npm pack --dry-run'.padEnd(62)} ${packSize()}`);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
}

await main();
