import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/cli-harness';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A row of the README's Examples table: the files named, the command that runs them. */
interface ExampleRow {
  readonly files: string;
  readonly command: string;
}

function exampleRows(): ExampleRow[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = /## Examples\n([\s\S]*?)\n### /.exec(readme);
  if (section === null) throw new Error('README.md: no "## Examples" section');
  const rows = section[1]!.split('\n').filter((line) => line.startsWith('| `'));
  return rows.map((line) => {
    const cells = line.split(' | ');
    return { files: cells[0]!.slice(2), command: /^`([^`]+)`$/.exec(cells[1]!)?.[1] ?? '' };
  });
}

/** `a{b,c}d` → `abd acd` (one brace group), `*.yaml` kept as a pattern. */
function expand(name: string): string[] {
  const brace = /^(.*)\{([^}]*)\}(.*)$/.exec(name);
  return brace === null ? [name] : brace[2]!.split(',').map((part) => `${brace[1]}${part}${brace[3]}`);
}

/** Every example file (scenarios and programs; not the data), relative to examples/. */
function exampleFiles(dir = ''): string[] {
  return readdirSync(join(ROOT, 'examples', dir)).flatMap((name) => {
    const rel = dir === '' ? name : `${dir}/${name}`;
    if (statSync(join(ROOT, 'examples', rel)).isDirectory()) return rel === 'data' ? [] : exampleFiles(rel);
    return /\.(ya?ml|ts)$/.test(name) ? [rel] : [];
  });
}

describe('README Examples table', () => {
  const rows = exampleRows();

  it('gives every row a command that runs it: a TypeScript example by tsx, a scenario by the CLI', () => {
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(row.command, row.files).toMatch(/^npx (tsx examples\/\S+\.ts|routelab (run|compare|optimize|validate) examples\/)/);
  });

  it('names only files that exist, and every example file of examples/ is in the table', () => {
    const listed = new Set<string>();
    for (const row of rows) {
      for (const m of row.files.matchAll(/`([^`]+)`/g)) for (const name of expand(m[1]!)) listed.add(name);
      for (const m of row.command.matchAll(/examples\/(\S+)/g)) {
        expect(statSync(join(ROOT, 'examples', m[1]!)).isFile(), m[1]).toBe(true);
        listed.add(m[1]!);
      }
    }
    const matches = (file: string, name: string): boolean =>
      name === file || (name.includes('*') && new RegExp(`^${name.replace('.', '\\.').replace('*', '[^/]*')}$`).test(file));
    const missing = exampleFiles().filter((file) => ![...listed].some((name) => matches(file, name)));
    expect(missing).toEqual([]);
    for (const name of listed) if (!name.includes('*')) expect(statSync(join(ROOT, 'examples', name)).isFile(), name).toBe(true);
  });

  it('every scenario file a command names is valid', async () => {
    const scenarios = rows.filter((r) => r.command.startsWith('npx routelab ')).flatMap((r) => [...r.command.matchAll(/(?<!--settings )examples\/(\S+\.yaml)/g)].map((m) => join(ROOT, 'examples', m[1]!)));
    expect(scenarios.length).toBeGreaterThan(5);
    const { code, stdout, stderr } = await cli(['validate', ...scenarios]);
    expect(stderr).not.toMatch(/error/i);
    expect(code).toBe(0);
    expect(stdout.split('\n').filter((line) => line.includes(': valid scenario'))).toHaveLength(scenarios.length);
  });
});
