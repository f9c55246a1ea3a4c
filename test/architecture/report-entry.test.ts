import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The report (vega, vega-lite) is its own entry, `routelab/report`, so that the main and browser
 * entries never load or bundle vega. This follows every import that loads a module at run time
 * (not `import type` / `export type`; an `import { type X }` still loads its module) from each
 * entry through src/, and lists the packages each entry reaches.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');

function resolveSource(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base]) if (existsSync(candidate) && candidate.endsWith('.ts')) return candidate;
  throw new Error(`${relative(ROOT, from)}: cannot resolve ${specifier}`);
}

/** The modules a file loads at run time: relative paths resolved, packages by name. */
function runtimeImports(file: string): { files: string[]; packages: string[] } {
  const text = readFileSync(file, 'utf8');
  const files: string[] = [];
  const packages: string[] = [];
  const statements = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?'([^']+)'|import\(\s*'([^']+)'\s*\)/g;
  for (const m of text.matchAll(statements)) {
    if (m[2] !== undefined) continue; // import type / export type: erased
    const specifier = m[3] ?? m[4]!;
    if (specifier.startsWith('.')) files.push(resolveSource(file, specifier));
    else packages.push(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
  }
  return { files, packages };
}

/** Every package the entry loads, through any chain of source files, with one chain that reaches it. */
function reachedPackages(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const seen = new Set<string>([entry]);
  const queue: { file: string; chain: string[] }[] = [{ file: entry, chain: [relative(SRC, entry)] }];
  for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
    const { files, packages } = runtimeImports(item.file);
    for (const p of packages) if (!reached.has(p)) reached.set(p, item.chain);
    for (const f of files) {
      if (seen.has(f)) continue;
      seen.add(f);
      queue.push({ file: f, chain: [...item.chain, relative(SRC, f)] });
    }
  }
  return reached;
}

describe('the routelab/report entry', () => {
  it.each([['src/index.ts'], ['src/browser/index.ts']])('%s loads neither vega nor vega-lite', (entry) => {
    const reached = reachedPackages(join(ROOT, entry));
    const vega = [...reached].filter(([p]) => p === 'vega' || p === 'vega-lite').map(([p, chain]) => `${p} via ${chain.join(' → ')}`);
    expect(vega).toEqual([]);
    // The walk does find packages: zod, through the scenario schema.
    expect(reached.has('zod')).toBe(true);
  });

  it('src/report/index.ts loads vega and vega-lite (the walk would see them)', () => {
    const reached = reachedPackages(join(SRC, 'report', 'index.ts'));
    expect(reached.has('vega')).toBe(true);
    expect(reached.has('vega-lite')).toBe(true);
  });

  it('exports the report functions, which the main and browser entries no longer export', async () => {
    const report = await import('../../src/report/index');
    expect(Object.keys(report).sort()).toEqual(['renderHtmlReport', 'renderReplayHtml', 'reportFromComparison', 'reportFromExperiment']);
    const main = readFileSync(join(SRC, 'index.ts'), 'utf8') + readFileSync(join(SRC, 'browser', 'index.ts'), 'utf8');
    for (const name of Object.keys(report)) expect(main).not.toMatch(new RegExp(`^export \\{[^}]*\\b${name}\\b`, 'm'));
  });

  it('package.json gives routelab/report the conditions of the main entry: browser, import, require, default', () => {
    const exports = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, Record<string, { types: string; default: string }>> }).exports;
    const main = exports['.']!;
    const report = exports['./report']!;
    expect(Object.keys(report)).toEqual(Object.keys(main));
    expect(report['browser']).toEqual({ types: './dist/report.d.ts', default: './dist/report-browser.js' });
    expect(report['import']).toEqual({ types: './dist/report.d.ts', default: './dist/report.js' });
    expect(report['require']).toEqual({ types: './dist/report.d.cts', default: './dist/report.cjs' });
    for (const condition of Object.values(report)) expect(Object.keys(condition)[0]).toBe('types');
  });
});
