import { describe, expect, it } from 'vitest';
import type { IndividualAgentMetrics } from '../../src/metrics/result';
import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';
import { RandomStreams } from '../../src/random/streams';
import { simulate } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';

/** One agent of level 2, one voice type needing skill s, deterministic 100 s handle times, arrivals at `trace` (far apart). */
function scenario(trace: number[], learning: Record<string, unknown>, extra: Record<string, unknown> = {}, group: Record<string, unknown> = {}): ScenarioInput {
  return {
    name: 'learning',
    horizon: '1d',
    skills: ['s'],
    contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: 100 }, arrivals: { trace }, ...extra }],
    agentGroups: [{ name: 'team', agents: 1, skills: { s: 2 }, individuals: { learning }, ...group }],
  } as unknown as ScenarioInput;
}

function agent(result: { byAgent?: readonly IndividualAgentMetrics[] }): IndividualAgentMetrics {
  return result.byAgent![0]!;
}

/** The level the view reports for agent 0 in skill 0 at each service start. */
class LevelProbe implements ContactCenterObserver {
  readonly levels: number[] = [];
  private view!: ContactCenterView;
  attach(view: ContactCenterView): void {
    this.view = view;
  }
  onServiceStart(): void {
    this.levels.push(this.view.agentProficiency(0, 0));
  }
}

const NO_SPEED_CURVE = { initial: 1, final: 1, halfLife: 1 };
const trace = (n: number, gap = 1000): number[] => Array.from({ length: n }, (_, i) => i * gap);

describe('resolution learning (individuals.learning.resolution)', () => {
  it('resolves the k-th contact when its draw is below probability × curve(k) (draws read from the same stream)', () => {
    const curve = { initial: 0.4, final: 1.6, halfLife: 5 };
    const n = 60;
    const r = simulate(scenario(trace(n), { ...NO_SPEED_CURVE, resolution: curve }, { resolution: { probability: 0.5 } }), { checkInvariants: true });
    // The resolution draws: one per contact, at arrival, from stream resolution:calls of replication 0 of seed 1.
    const u = new RandomStreams(1).substreams('replication', 0).stream('resolution:calls');
    let expected = 0;
    for (let k = 0; k < n; k++) {
      const factor = curve.final + ((curve.initial - curve.final) * curve.halfLife) / (curve.halfLife + k);
      if (u.next() < 0.5 * factor) expected++;
    }
    expect(agent(r).resolved).toBe(expected);
    // Without the curve (factor 1 throughout) the count differs: the curve is what moved it.
    const flat = simulate(scenario(trace(n), NO_SPEED_CURVE, { resolution: { probability: 0.5 } }));
    const u2 = new RandomStreams(1).substreams('replication', 0).stream('resolution:calls');
    let flatExpected = 0;
    for (let k = 0; k < n; k++) if (u2.next() < 0.5) flatExpected++;
    expect(agent(flat).resolved).toBe(flatExpected);
    expect(expected).not.toBe(flatExpected);
  });

  it('counts the experience given before the run', () => {
    // experience 10 000: the factor is within 0.1 % of final = 2, so p = 0.5 × 2 ≈ 1: every contact resolves.
    const r = simulate(scenario(trace(30), { ...NO_SPEED_CURVE, experience: 10_000, resolution: { initial: 0.1, final: 2, halfLife: 5 } }, { resolution: { probability: 0.5 } }));
    expect(agent(r).resolved).toBe(30);
  });
});

describe('proficiency learning (individuals.learning.proficiency)', () => {
  // Own level 2, final 4, halfLife 2: L(n) = 4 − 4/(2 + n), rounded half up: n = 0 → 2; 1–5 → 3
  // (2.67, 3, 3.2, 3.33, 3.43); from 6 (3.5) → 4.
  const levels = [2, 3, 3, 3, 3, 3, 4, 4];

  it('raises the level one step at a time as the view shows it at each service start', () => {
    const probe = new LevelProbe();
    simulate(scenario(trace(8), { ...NO_SPEED_CURVE, proficiency: { final: 4, halfLife: 2 } }), { checkInvariants: true, observers: [probe] });
    expect(probe.levels).toEqual(levels);
  });

  it("applies the learned level to the group's handle-time factor and to byProficiency resolution", () => {
    const group = { handleTimeFactor: { 2: 2, 3: 1.5, 4: 1 } };
    const r = simulate(scenario(trace(8), { ...NO_SPEED_CURVE, proficiency: { final: 4, halfLife: 2 } }, {}, group));
    // 200 at level 2, 150 × 5 at level 3, 100 × 2 at level 4.
    expect(agent(r).meanHandleTime).toBeCloseTo((200 + 5 * 150 + 2 * 100) / 8, 9);
    // byProficiency: level 2 never resolves (factor 0 is not allowed; 0.01 × 0.5 never beats the draws here), level 4 always.
    const res = simulate(
      scenario(trace(8), { ...NO_SPEED_CURVE, proficiency: { final: 4, halfLife: 2 } }, { resolution: { probability: 0.5, byProficiency: { 2: 0.001, 3: 0.001, 4: 2 } } }),
    );
    const u = new RandomStreams(1).substreams('replication', 0).stream('resolution:calls');
    let expected = 0;
    for (const level of levels) if (u.next() < 0.5 * (level === 4 ? 2 : 0.001)) expected++;
    expect(agent(res).resolved).toBe(expected);
  });

  it('carries the level across the days of a run', () => {
    const day = 86_400;
    const input = { ...scenario([0, 10, 20, 30, 40, 50, day], { ...NO_SPEED_CURVE, proficiency: { final: 4, halfLife: 2 } }), horizon: '2d' } as ScenarioInput;
    const probe = new LevelProbe();
    simulate(input, { observers: [probe] });
    expect(probe.levels).toEqual([2, 3, 3, 3, 3, 3, 4]);
  });

  it('keeps an agent already at or above final at its own level', () => {
    const probe = new LevelProbe();
    simulate(scenario(trace(5), { ...NO_SPEED_CURVE, proficiency: { final: 2, halfLife: 1 } }, {}, { skills: { s: 3 } }), { observers: [probe] });
    expect(probe.levels).toEqual([3, 3, 3, 3, 3]);
  });
});
