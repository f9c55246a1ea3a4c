import { beforeAll, describe, expect, it } from 'vitest';
import type { ComparisonResult } from '../../src/index';
import { metricAt, parseScenario } from '../../src/index';
import {
  WITH,
  blendedScenario,
  compareInterruptions,
  formatInterruptionStudy,
  interruptionVariants,
  replyTimeDifference,
} from '../../examples/voice-interrupts-email';

/**
 * The voice-interrupts-e-mail story with paired confidence intervals (6 replications, common
 * random numbers, fixed seed): letting calls interrupt e-mails raises the calls' service level and
 * cuts their abandonment, and the e-mails take longer from arrival to reply. The full figures (20
 * replications) are in docs/channels.md.
 */
describe('examples/voice-interrupts-email.ts', () => {
  let c: ComparisonResult;
  beforeAll(async () => {
    c = await compareInterruptions({ replications: 6, seed: 1, threads: 1 });
  }, 120_000);
  const diff = (path: string) => {
    const d = metricAt(c.differences.find((x) => x.variant === WITH)!.summary, path)!;
    return d as typeof d & { lower: number; upper: number };
  };

  it('the scenario file is valid, and the variants differ in the interruption rule only', () => {
    expect(parseScenario(blendedScenario()).ok).toBe(true);
    const rules = interruptionVariants().map((v) => {
      const r = parseScenario(v.scenario);
      if (!r.ok) throw new Error(v.name);
      return r.model.agentGroups[0]!.interruptions ?? null;
    });
    expect(rules).toEqual([null, { suspends: [2], resumeOverhead: 30 }]);
  });

  it('interruptions raise the call service level and lower call abandonment', () => {
    expect(diff('byContactType.calls.serviceLevel').lower).toBeGreaterThan(0);
    expect(diff('byContactType.calls.abandonmentRate').upper).toBeLessThan(0);
  });

  it('the e-mails pay for it: their reply time grows', () => {
    expect(replyTimeDifference(c).lower).toBeGreaterThan(0);
    expect(formatInterruptionStudy(c)).toContain('e-mail reply time (s)');
  });
});
