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

describe('README custom policy example', () => {
  it('runs as written, and its policy really routes differently from the built-in one', async () => {
    const dir = fileURLToPath(new URL('../../.scratch/readme/', import.meta.url));
    mkdirSync(dir, { recursive: true });
    const file = `${dir}custom-policy-${process.pid}.ts`;
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    const block = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes("register('backup-first'"));
    expect(block).toBeDefined();
    // As written for a project that installed the package; here the examples are in the repository.
    writeFileSync(file, block!.replace('node_modules/routelab/examples/', fileURLToPath(new URL('../../examples/', import.meta.url))));
    const printed: unknown[][] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args));
    try {
      await import(/* @vite-ignore */ file);
    } finally {
      spy.mockRestore();
    }
    expect(printed.length).toBeGreaterThan(1);
    const usual = printed.map((line) => line[1] as number);
    const backup = printed.map((line) => line[2] as number);
    // Same arrivals, another routing: the groups answer different numbers of contacts.
    expect(backup).not.toEqual(usual);
    expect(usual.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
  });
});
