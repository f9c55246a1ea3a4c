import { beforeAll, describe, expect, it } from 'vitest';
import type { ComparisonResult } from '../../src/index';
import { parseScenario } from '../../src/index';
import { botScenario, botVariants, compareBot, formatBotStudy, staffingDifference } from '../../examples/bot-containment';
import { metricAt } from '../../src/experiment/metric-keys';

/**
 * The bot story with paired confidence intervals (8 replications, common random numbers, fixed
 * seed): a bot containing 30 % of the issues it sees lowers the calls reaching agents and their
 * Erlang C staffing, and raises first-contact resolution (containment counts as resolution).
 * The full figures (20 replications) are in docs/channels.md.
 */
describe('examples/bot-containment.ts', () => {
  let c: ComparisonResult;
  beforeAll(async () => {
    c = await compareBot({ replications: 8, seed: 1, threads: 1 });
  }, 120_000);
  const diff = (path: string) => {
    const d = metricAt(c.differences[0]!.summary, path)!;
    return d as typeof d & { lower: number; upper: number };
  };

  it('the scenario file is valid; the baseline is the same line without the bot', () => {
    expect(parseScenario(botScenario()).ok).toBe(true);
    const stages = botVariants().map((v) => {
      const r = parseScenario(v.scenario);
      if (!r.ok) throw new Error(v.name);
      return r.model.contactTypes[0]!.selfService?.containment ?? null;
    });
    expect(stages).toEqual([null, 0.3]);
  });

  it('fewer calls reach the agents, and fewer agents are needed for 80 % in 20 s', () => {
    // About 0.9 × 0.3 = 27 % of new callers are contained (one in ten opts out first).
    expect(diff('overall.offered').upper).toBeLessThan(0);
    const staff = staffingDifference(c);
    expect(staff.mean!).toBeLessThan(-4);
    expect(staff.upper!).toBeLessThan(0);
  });

  it('first-contact resolution of the issues rises', () => {
    expect(diff('journey.overall.fcr').lower).toBeGreaterThan(0);
    expect(formatBotStudy(c)).toContain('Erlang C agents');
  });
});
