/**
 * The README's code blocks as the packed-consumer check runs them. A ```` ```ts ```` (or
 * ```` ```js ````) block is a whole program that runs as written; a block that is only a part of
 * one says so in its info string: ```` ```ts fragment ````.
 */

/** One runnable block: its code and the README line its fence is on. */
export interface Snippet {
  readonly code: string;
  readonly line: number;
}

/** The runnable blocks of a markdown text, and how many blocks are marked as fragments. */
export function readmeSnippets(markdown: string): { runnable: Snippet[]; fragments: number } {
  const runnable: Snippet[] = [];
  let fragments = 0;
  for (const match of markdown.matchAll(/^```(ts|js|typescript|javascript)([^\n]*)\n([\s\S]*?)^```/gm)) {
    if (/\bfragment\b/.test(match[2]!)) {
      fragments++;
      continue;
    }
    runnable.push({ code: match[3]!, line: markdown.slice(0, match.index).split('\n').length });
  }
  return { runnable, fragments };
}

/**
 * A README program as a CommonJS user writes it: `import type` lines stay (types only), each
 * `import { ... } from 'pkg'` becomes `const { ... } = await import('pkg')`, and the program runs
 * in an async `main` (CommonJS has no top-level `await`).
 *
 * @throws Error on an import the conversion does not handle (default or namespace imports, or an
 *   import over several lines), rather than a wrong program
 */
export function toCommonJs(code: string): string {
  const types: string[] = [];
  const body: string[] = [];
  for (const line of code.split('\n')) {
    if (/^import type \{[^}]*\} from '[^']+';$/.test(line)) {
      types.push(line);
      continue;
    }
    const value = /^import \{([^}]*)\} from '([^']+)';$/.exec(line);
    if (value !== null) {
      body.push(`  const {${value[1]!.replace(/\bas\b/g, ':')}} = await import('${value[2]!}');`);
      continue;
    }
    if (/^import\b/.test(line)) throw new Error(`toCommonJs: cannot convert this import: ${line}`);
    body.push(line === '' ? '' : `  ${line}`);
  }
  return [...types, 'async function main(): Promise<void> {', ...body, '}', 'main().catch((error: unknown) => {', '  console.error(error);', '  process.exitCode = 1;', '});', ''].join('\n');
}
