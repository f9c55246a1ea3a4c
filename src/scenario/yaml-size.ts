/**
 * The size limit of the YAML reader. The `yaml` package builds a node object for every value and
 * list item: measured at about 1.5 KB of memory per item (`npx tsx bench/yaml-memory.ts`), so a
 * 43 MB trace of 4 million arrival times needs some 6 GB and ends the process with a V8
 * out-of-memory crash. Files over the limit are refused before parsing, with a message that says
 * where the limit was crossed and how to proceed (JSON, which `JSON.parse` reads with ~100 bytes
 * per number).
 *
 * @module
 */

/**
 * Most items (values and list items) a YAML scenario may have, counted as line breaks plus
 * commas: 250,000 items take about 375 MB and a few seconds to parse.
 */
export const YAML_ITEM_LIMIT = 250_000;

/** Memory the YAML parser needs per item, as measured (bench/yaml-memory.ts), in bytes. */
export const YAML_BYTES_PER_ITEM = 1_500;

/**
 * An upper estimate of the items in a YAML text: its line breaks plus its commas (a block list
 * has an item per line, a flow list `[1, 2, 3]` an item per comma). Counting stops past `limit`.
 *
 * @returns the count, and the line and column (1-based) where the item past `limit` starts (when there is one)
 */
export function countYamlItems(text: string, limit = YAML_ITEM_LIMIT): { items: number; crossedAt?: { line: number; column: number } } {
  let items = 1;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 44) continue; // '\n' and ','
    items++;
    if (c === 10) {
      line++;
      lineStart = i + 1;
    }
    // the new item starts after the separator
    if (items > limit) return { items, crossedAt: { line, column: i + 1 - lineStart + 1 } };
  }
  return { items };
}

/**
 * Checks that a YAML text is small enough for the YAML parser.
 *
 * @returns undefined when it is, else the problem in words (without the file name):
 *   `too large for the YAML reader: more than 250,000 items (line breaks and commas), the 250,001st at line 10, column 2,750,012; ...`
 */
export function checkYamlSize(text: string, limit = YAML_ITEM_LIMIT): string | undefined {
  const { crossedAt } = countYamlItems(text, limit);
  if (crossedAt === undefined) return undefined;
  const { line, column } = crossedAt;
  const n = (x: number): string => x.toLocaleString('en-US');
  return (
    `too large for the YAML reader: more than ${n(limit)} items (counted as line breaks and commas; ` +
    `item ${n(limit + 1)} is at line ${n(line)}, column ${n(column)}), and the YAML parser needs about ` +
    `${(YAML_BYTES_PER_ITEM / 1000).toFixed(1)} KB of memory per item. Write the scenario as JSON instead ` +
    '(a .json file, or JSON text in this file): JSON is read without this limit'
  );
}
