import { describe, expect, it } from 'vitest';
import { erlangA } from '../../src/analytic/erlang-a';
import { agentsForServiceLevel } from '../../src/analytic/staffing';
import { optimizeStaffing } from '../../src/optimize/optimize-staffing';
import { parseTargetSpec } from '../../src/optimize/targets';
import type { ScenarioInput } from '../../src/scenario/schema';

// One contact type, one group, two hour-long intervals, 20 s calls: each interval holds thousands of
// calls, so the simulated interval is close to the steady state the Erlang formulas describe.
const RATES = [720, 1440]; // calls per hour
const HANDLE = 20; // seconds

function singleSkill(patience?: string): ScenarioInput {
  return {
    name: 'single skill',
    horizon: '2h',
    interval: '1h',
    skills: ['s'],
    contactTypes: [
      {
        name: 'calls',
        skills: { s: 1 },
        handleTime: { kind: 'exponential', mean: HANDLE },
        ...(patience === undefined ? {} : { patience: { kind: 'exponential', mean: patience } }),
        arrivals: { perInterval: RATES },
      },
    ],
    agentGroups: [{ name: 'agents', skills: { s: 1 }, agents: 1 }],
  };
}

/** Each interval's staffing equals the formula's, or is one off where the simulated SL's interval holds the target. */
function expectAgreement(staffing: readonly number[], formula: readonly number[], reports: readonly { estimate: number | null; halfWidth: number | null }[], target: number): void {
  staffing.forEach((n, k) => {
    const diff = Math.abs(n - formula[k]!);
    expect(diff, `interval ${k}: ${n} agents, formula ${formula[k]}`).toBeLessThanOrEqual(1);
    if (diff === 1) {
      const r = reports[k]!;
      expect(Math.abs(r.estimate! - target), `interval ${k}: off by one, SL ${r.estimate} ± ${r.halfWidth}`).toBeLessThanOrEqual(r.halfWidth!);
    }
  });
}

describe('optimizeStaffing() on a single-skill center', () => {
  it('finds the Erlang C staffing of every interval (no abandonment)', async () => {
    const erlang = RATES.map((r) => agentsForServiceLevel({ arrivalRate: r / 3600, meanServiceTime: HANDLE, targetTime: 20, target: 0.8 }));
    const result = await optimizeStaffing(singleSkill(), {
      targets: [parseTargetSpec('service-level calls 80% 20s')],
      criterion: 'mean',
      replications: 10,
      validationReplications: 10,
      threads: 1,
    });
    expect(result.status).toBe('met');
    expect(result.erlang.calls).toEqual(erlang);
    expectAgreement(result.staffing.agents!, erlang, result.targets, 0.8);
  });

  it('finds the Erlang A staffing with abandonment', async () => {
    const patience = 60;
    const erlang = RATES.map((r) => {
      for (let c = 1; ; c++) if (erlangA({ arrivalRate: r / 3600, meanServiceTime: HANDLE, meanPatience: patience, agents: c }).serviceLevel(20) >= 0.8) return c;
    });
    const result = await optimizeStaffing(singleSkill(`${patience}s`), {
      targets: [parseTargetSpec('service-level calls 80% 20s')],
      criterion: 'mean',
      replications: 10,
      validationReplications: 10,
      threads: 1,
    });
    expect(result.status).toBe('met');
    expect(result.erlang.calls).toEqual(erlang);
    expectAgreement(result.staffing.agents!, erlang, result.targets, 0.8);
  });
});
