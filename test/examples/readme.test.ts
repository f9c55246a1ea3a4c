import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

/** The README's TypeScript blocks that run as they stand (the first one: the usage example). */
function readmeBlock(index: number): string {
  const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks[index]!;
}

describe('README usage example', () => {
  it('runs as written and prints a simulated and an Erlang A service level close to each other', async () => {
    const dir = fileURLToPath(new URL('../../.scratch/readme/', import.meta.url));
    mkdirSync(dir, { recursive: true });
    const file = `${dir}usage-${process.pid}.ts`;
    writeFileSync(file, readmeBlock(0));
    const printed: unknown[][] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args));
    try {
      await import(/* @vite-ignore */ file);
    } finally {
      spy.mockRestore();
    }
    const [sl, abandonment, occupancy] = printed[0] as number[];
    const theory = printed[1]![0] as number;
    for (const x of [sl!, abandonment!, occupancy!, theory]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
    }
    // One simulated day against the steady-state formula: close, not equal.
    expect(Math.abs(sl! - theory)).toBeLessThan(0.1);
  });
});
