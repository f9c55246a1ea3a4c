import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readmeSnippets, toCommonJs } from '../../scripts/readme-snippets';

const README = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');

describe('readmeSnippets()', () => {
  it('takes ts blocks as programs unless marked fragment, with their line', () => {
    const md = 'a\n```ts\nconst x = 1;\n```\n```ts fragment\nx;\n```\n```sh\nls\n```\n';
    expect(readmeSnippets(md)).toEqual({ runnable: [{ code: 'const x = 1;\n', line: 2 }], fragments: 1 });
  });

  it('finds the README programs, each convertible for CommonJS', () => {
    const { runnable } = readmeSnippets(README);
    expect(runnable.length).toBeGreaterThanOrEqual(3);
    for (const snippet of runnable) expect(() => toCommonJs(snippet.code)).not.toThrow();
  });
});

describe('toCommonJs()', () => {
  it('keeps the imports (compiled to require in CommonJS), runs the rest inside an async main', () => {
    const out = toCommonJs("import { simulate, erlangA as a } from 'routelab';\nimport type { ScenarioInput } from 'routelab';\n\nconsole.log(await 1);\n");
    expect(out.split('\n')).toEqual([
      "import { simulate, erlangA as a } from 'routelab';",
      "import type { ScenarioInput } from 'routelab';",
      'async function main(): Promise<void> {',
      '',
      '  console.log(await 1);',
      '',
      '}',
      'main().catch((error: unknown) => {',
      '  console.error(error);',
      '  process.exitCode = 1;',
      '});',
      '',
    ]);
  });

  it('refuses an import it cannot convert', () => {
    expect(() => toCommonJs("import routelab from 'routelab';")).toThrow(/cannot convert/);
    expect(() => toCommonJs("import {\n  simulate,\n} from 'routelab';")).toThrow(/cannot convert/);
  });
});
