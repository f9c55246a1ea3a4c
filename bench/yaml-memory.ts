/**
 * YAML parser memory: what the `yaml` package costs per list item, against `JSON.parse`, for the
 * shapes a big scenario takes (a flow list of arrival times on one line, a block list with one
 * item per line). The peak memory (max RSS) of a child process is read before and after the parse;
 * the difference divided by the items is the cost per item. It sets `YAML_ITEM_LIMIT` in
 * src/scenario/yaml-size.ts (docs/input-and-output-files.md).
 *
 * Run: `npx tsx bench/yaml-memory.ts [--quick]` (prints one line per shape and size).
 * @module
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** One measurement: peak memory and time of one parse, per item. */
export interface YamlMemoryFigure {
  readonly parser: 'yaml' | 'JSON.parse';
  readonly shape: 'flow' | 'block';
  readonly items: number;
  readonly textBytes: number;
  readonly bytesPerItem: number;
  readonly microsecondsPerItem: number;
}

// The child: builds the text, notes the peak memory, parses, notes it again.
const CHILD = `
const [parser, shape, n] = [process.argv[1], process.argv[2], Number(process.argv[3])];
const times = Array.from({ length: n }, (_, i) => (i * 0.731).toFixed(3));
const text = parser === 'JSON.parse' ? '{"trace":[' + times.join(',') + ']}'
  : shape === 'flow' ? 'trace: [' + times.join(', ') + ']\\n' : 'trace:\\n' + times.map((t) => '  - ' + t).join('\\n') + '\\n';
const parse = parser === 'JSON.parse' ? JSON.parse : (await import('yaml')).parse;
const before = process.resourceUsage().maxRSS;
const start = performance.now();
const doc = parse(text);
const ms = performance.now() - start;
if (doc.trace.length !== n) throw new Error('wrong parse');
console.log(JSON.stringify({ textBytes: text.length, rssKb: process.resourceUsage().maxRSS - before, ms }));
`;

/** Measures one parse in a fresh process. */
export function measure(parser: YamlMemoryFigure['parser'], shape: YamlMemoryFigure['shape'], items: number): YamlMemoryFigure {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, parser, shape, String(items)], { cwd: root, encoding: 'utf8' });
  const { textBytes, rssKb, ms } = JSON.parse(out) as { textBytes: number; rssKb: number; ms: number };
  return { parser, shape, items, textBytes, bytesPerItem: (rssKb * 1024) / items, microsecondsPerItem: (ms * 1000) / items };
}

/** Every figure: yaml on both shapes and two sizes, JSON.parse on the larger size. */
export function runYamlMemoryBench(quick = false): YamlMemoryFigure[] {
  const sizes = quick ? [50_000, 100_000] : [100_000, 400_000];
  return [
    ...sizes.flatMap((n) => [measure('yaml', 'flow', n), measure('yaml', 'block', n)]),
    measure('JSON.parse', 'flow', sizes[sizes.length - 1]!),
  ];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const f of runYamlMemoryBench(process.argv.includes('--quick'))) {
    console.log(
      `${f.parser.padEnd(10)} ${f.shape.padEnd(5)} ${String(f.items).padStart(7)} items  ${(f.textBytes / 1e6).toFixed(1).padStart(5)} MB text  ` +
        `${Math.round(f.bytesPerItem).toString().padStart(5)} bytes/item peak  ${f.microsecondsPerItem.toFixed(1).padStart(5)} µs/item`,
    );
  }
}
