import { beforeAll, describe, expect, it } from 'vitest';
import type { ComparisonResult } from '../../src/index';
import { parseScenario } from '../../src/index';
import { chatScenario, compareConcurrency, concurrencyVariants, formatConcurrencyStudy, variantName } from '../../examples/chat-concurrency';
import { metricAt } from '../../src/experiment/metric-keys';

/**
 * The chat-concurrency story with paired confidence intervals (8 replications, common random
 * numbers, fixed seed): with the example's slowdown table a third chat at once still raises the
 * service level, more than three lower it again, and the handle time grows with every chat added.
 * The full figures (20 replications) are in docs/channels.md.
 */
describe('examples/chat-concurrency.ts', () => {
  let c: ComparisonResult;
  beforeAll(async () => {
    c = await compareConcurrency({ replications: 8, seed: 1, threads: 1 });
  }, 120_000);
  const diff = (k: number, path: string) => {
    const d = metricAt(c.differences.find((x) => x.variant === variantName(k))!.summary, path)!;
    return d as typeof d & { lower: number; upper: number };
  };

  it('the scenario file is valid, and the variants differ in their concurrency only', () => {
    expect(parseScenario(chatScenario()).ok).toBe(true);
    const limits = concurrencyVariants().map((v) => {
      const r = parseScenario(v.scenario);
      if (!r.ok) throw new Error(v.name);
      return r.model.agentGroups[0]!.concurrency[1];
    });
    expect(limits).toEqual([3, 1, 2, 4, 5]);
  });

  it('two chats at once give a lower service level than three, five a lower one too', () => {
    expect(diff(2, 'overall.serviceLevel').upper).toBeLessThan(0);
    expect(diff(5, 'overall.serviceLevel').upper).toBeLessThan(0);
  });

  it('the handle time grows with the chats held', () => {
    expect(diff(2, 'overall.meanHandleTime').upper).toBeLessThan(0);
    expect(diff(4, 'overall.meanHandleTime').lower).toBeGreaterThan(0);
    expect(formatConcurrencyStudy(c)).toContain('5 chats at once');
  });
});
