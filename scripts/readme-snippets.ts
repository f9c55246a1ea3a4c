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
 * A README program as a CommonJS user writes it in TypeScript: the `import` lines stay as they are
 * (in a CommonJS project TypeScript compiles them to `require('routelab')`, which loads
 * `dist/index.cjs`), and the rest runs in an async `main`, since CommonJS has no top-level `await`.
 *
 * @throws Error on an import that does not stand on one line, rather than a wrong program
 */
export function toCommonJs(code: string): string {
  const imports: string[] = [];
  const body: string[] = [];
  for (const line of code.split('\n')) {
    if (/^import\b/.test(line)) {
      if (!/^import (type )?\{[^}]*\} from '[^']+';$/.test(line)) throw new Error(`toCommonJs: cannot convert this import: ${line}`);
      imports.push(line);
      continue;
    }
    body.push(line === '' ? '' : `  ${line}`);
  }
  return [...imports, 'async function main(): Promise<void> {', ...body, '}', 'main().catch((error: unknown) => {', '  console.error(error);', '  process.exitCode = 1;', '});', ''].join('\n');
}
