import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The house rule: layers only look downward. Each top-level folder of src/ has a rank; a file may
 * import (types included) only from its own folder or from folders of a lower rank. A new folder
 * must be placed here before it can be imported.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['util'],
  ['core'],
  ['random'],
  ['model'],
  ['routing'],
  ['metrics', 'analytic', 'fit'],
  ['scenario'],
  ['run'],
  ['experiment'],
  ['benchmark', 'records', 'optimize'],
  ['report'],
  ['cli', 'browser'],
];

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function rankOf(folder: string): number {
  const rank = LAYERS.findIndex((layer) => layer.includes(folder));
  if (rank < 0) throw new Error(`src/${folder}: folder has no layer in test/architecture/layers.test.ts`);
  return rank;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Each relative import of a file under src/ with the top-level folder it reaches. */
function importsOf(file: string): { target: string; folder: string }[] {
  const text = readFileSync(file, 'utf8');
  const found: { target: string; folder: string }[] = [];
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']*)'/g)) {
    const target = relative(SRC, resolve(dirname(file), m[1]!));
    const top = target.split('/')[0]!;
    found.push({ target, folder: target.includes('/') ? top : '' });
  }
  return found;
}

describe('layers', () => {
  it('every file under a src/ folder imports only its own folder or lower layers', () => {
    const violations: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const from = relative(SRC, file).split('/');
      if (from.length < 2) continue; // index.ts and version.ts sit on top
      const own = rankOf(from[0]!);
      for (const { target, folder } of importsOf(file)) {
        if (folder === '' || folder === from[0]) continue;
        if (rankOf(folder) > own) violations.push(`src/${from.join('/')} imports src/${target} (${folder} is above ${from[0]})`);
      }
    }
    expect(violations).toEqual([]);
  });
});
