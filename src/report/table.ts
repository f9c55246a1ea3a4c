/** Formats rows of cells as a plain-text table with aligned columns (numbers right-aligned). */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A ratio as a percentage with one decimal, or '–' when undefined. */
export function percent(x: number | null): string {
  return x === null ? '–' : `${(100 * x).toFixed(1)}%`;
}

/** Seconds with the given decimals, or '–' when undefined. */
export function seconds(x: number | null, digits = 1): string {
  return x === null ? '–' : `${x.toFixed(digits)}s`;
}
