import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const doc = readFileSync(join(root, 'docs/result-schema.md'), 'utf8');

/** Every `export const X_FORMAT = 'routelab-…'` in src/, by file. */
function formatConstants(): { file: string; name: string; value: string }[] {
  const found: { file: string; name: string; value: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/export const (\w+_FORMAT)\s*=\s*'([^']+)'/g)) {
          found.push({ file: path.slice(root.length), name: m[1]!, value: m[2]! });
        }
      }
    }
  };
  walk(join(root, 'src'));
  return found;
}

describe('docs/result-schema.md', () => {
  const constants = formatConstants();

  it('finds the format constants in the code', () => {
    expect(constants.map((c) => c.value)).toEqual(
      expect.arrayContaining(['routelab-run', 'routelab-shard', 'routelab-experiment', 'routelab-comparison', 'routelab-batch-means', 'routelab-bench']),
    );
  });

  it.each(formatConstants())('documents $name ($value, $file) in the table and in a section of its own', ({ value }) => {
    expect(doc).toMatch(new RegExp(`^\\| \`${value}\` \\| \\d+ \\|`, 'm'));
    expect(doc).toMatch(new RegExp(`^## \`${value}\` v\\d+$`, 'm'));
  });

  it('documents the metric path grammar, the null rule and what a version bump means', () => {
    expect(doc).toContain('## Metric paths');
    expect(doc).toMatch(/zero is \*\*`null`\*\*, never `NaN`/);
    expect(doc).toContain('## What a version means');
  });
});
