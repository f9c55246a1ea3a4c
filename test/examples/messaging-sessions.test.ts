import { beforeAll, describe, expect, it } from 'vitest';
import type { ComparisonResult } from '../../src/index';
import { metricAt, parseScenario } from '../../src/index';
import { compareSlots, formatSlotStudy, messagingScenario, sessionVariants, VARIANTS } from '../../examples/messaging/messaging-sessions';

/**
 * The messaging-sessions story with paired confidence intervals (8 replications, common random
 * numbers, fixed seed): releasing the slot during reply gaps lets 8 agents answer first messages
 * sooner and end sessions sooner than 10 agents holding their slots, while replies, answered at
 * once by a held slot, now wait a few seconds. The full figures (20 replications) are in
 * docs/channels.md.
 */
describe('examples/messaging/messaging-sessions.ts', () => {
  let c: ComparisonResult;
  beforeAll(async () => {
    c = await compareSlots({ replications: 8, seed: 1, threads: 1 });
  }, 120_000);
  const diff = (name: string, path: string) => {
    const d = metricAt(c.differences.find((x) => x.variant === name)!.summary, path)!;
    return d as typeof d & { lower: number; upper: number };
  };
  const fewer = VARIANTS[2].name;

  it('the scenario file is valid, and the variants differ in slot rule and agents only', () => {
    expect(parseScenario(messagingScenario()).ok).toBe(true);
    const shapes = sessionVariants().map((v) => {
      const r = parseScenario(v.scenario);
      if (!r.ok) throw new Error(v.name);
      const m = r.model;
      return [m.contactTypes[0]!.session!.slotDuringGap, m.agentGroups[0]!.staffing];
    });
    expect(shapes).toEqual([
      ['held', { kind: 'constant', agents: 10 }],
      ['released', { kind: 'constant', agents: 10 }],
      ['released', { kind: 'constant', agents: 8 }],
    ]);
  });

  it('8 agents releasing their slots answer first messages sooner and end sessions sooner than 10 holding them', () => {
    expect(diff(fewer, 'overall.serviceLevel').lower).toBeGreaterThan(0);
    expect(diff(fewer, 'messagingSessions.messaging care.meanResolutionTime').upper).toBeLessThan(0);
    expect(diff(fewer, 'messagingSessions.messaging care.meanSlotTime').upper).toBeLessThan(0);
  });

  it('but a reply, answered at once by a held slot, may now wait', () => {
    const held = c.variants.find((v) => v.name === VARIANTS[0].name)!.experiment.summary['messagingSessions.messaging care.meanResponseTime']!;
    expect(held.mean).toBe(0);
    expect(diff(fewer, 'messagingSessions.messaging care.meanResponseTime').lower).toBeGreaterThan(0);
    expect(formatSlotStudy(c)).toContain('released, 8 agents');
  });
});
