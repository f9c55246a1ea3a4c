import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * No declared dependency that is never used: every runtime dependency is imported by the library
 * (src/), and every development dependency is imported by a test, benchmark, script or config
 * file, or is a tool that a package.json script or config names. Type packages (`@types/*`) go
 * with the package they describe.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return name === 'node_modules' ? [] : filesUnder(path);
    return /\.(ts|mts|mjs|js)$/.test(name) ? [path] : [];
  });
}

function importedPackages(files: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const file of files) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+|require\(\s*)'((?:@[^/']+\/)?[^/'.][^/']*)[^']*'/g)) found.add(m[1]!);
  }
  return found;
}

const configFiles = readdirSync(ROOT).filter((f) => /\.(config\.)?(ts|mjs|js)$/.test(f) && statSync(join(ROOT, f)).isFile());

describe('declared dependencies', () => {
  it('every runtime dependency is imported by the library', () => {
    const used = importedPackages(filesUnder('src'));
    expect(Object.keys(pkg.dependencies).filter((d) => !used.has(d))).toEqual([]);
  });

  it('every development dependency is used by tests, benchmarks, scripts, configs or package scripts', () => {
    const used = importedPackages([...filesUnder('test'), ...filesUnder('bench'), ...filesUnder('scripts'), ...filesUnder('examples'), ...configFiles]);
    const scriptText = Object.values(pkg.scripts).join(' ') + configFiles.map((f) => readFileSync(join(ROOT, f), 'utf8')).join(' ');
    // Command-line tools a script runs by their binary name.
    const tools: Record<string, string> = { typescript: 'tsc', tsup: 'tsup', tsx: 'tsx', vitest: 'vitest', '@stryker-mutator/core': 'stryker' };
    const unused = Object.keys(pkg.devDependencies).filter((d) => {
      if (used.has(d) || scriptText.includes(d)) return false;
      if (tools[d] !== undefined && new RegExp(`\\b${tools[d]}\\b`).test(scriptText)) return false;
      if (d.startsWith('@types/')) {
        const base = d.slice('@types/'.length);
        return !(base === 'node' || used.has(base) || Object.keys(pkg.dependencies).includes(base));
      }
      return true;
    });
    expect(unused).toEqual([]);
  });
});
