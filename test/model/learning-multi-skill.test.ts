import { describe, expect, it } from 'vitest';
import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';
import { RandomStreams } from '../../src/random/streams';
import { simulate } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';

/**
 * Learning per skill of multi-skill contacts (docs/agents.md, Learning curve): a contact counts
 * towards every skill its type requires, and the curve applied to it is the mean of the curve
 * over those skills. One agent at level 2 in skills s and t; type `a` needs s, `b` needs s and t,
 * `c` needs t; deterministic 100 s handle times; arrivals far apart, so contacts are served one
 * after the other in arrival order.
 */
function scenario(arrivals: Record<'a' | 'b' | 'c', number[]>, learning: Record<string, unknown>, extra: Record<string, unknown> = {}): ScenarioInput {
  const type = (name: 'a' | 'b' | 'c', skills: Record<string, number>) => ({
    name,
    skills,
    handleTime: { kind: 'deterministic', value: 100 },
    arrivals: { trace: arrivals[name] },
    ...extra,
  });
  return {
    name: 'learning per skill',
    horizon: '1d',
    skills: ['s', 't'],
    contactTypes: [type('a', { s: 1 }), type('b', { s: 1, t: 1 }), type('c', { t: 1 })],
    agentGroups: [{ name: 'team', agents: 1, skills: { s: 2, t: 2 }, individuals: { learning } }],
  } as unknown as ScenarioInput;
}

/** Each service's length, in the order services end, and the agent's level in skill t at each start. */
class ServiceProbe implements ContactCenterObserver {
  readonly lengths: number[] = [];
  readonly levelsOfT: number[] = [];
  private readonly started = new Map<number, number>();
  private view!: ContactCenterView;
  attach(view: ContactCenterView): void {
    this.view = view;
  }
  onServiceStart(contact: number): void {
    this.started.set(contact, this.view.now);
    this.levelsOfT.push(this.view.agentProficiency(0, 1));
  }
  onServiceEnd(contact: number): void {
    this.lengths.push(this.view.now - (this.started.get(contact) as number));
  }
}

/** L(n) = final + (initial − final)·halfLife/(halfLife + n). */
const curve = (c: { initial: number; final: number; halfLife: number }, n: number): number => c.final + ((c.initial - c.final) * c.halfLife) / (c.halfLife + n);

describe('learning per skill of multi-skill contacts', () => {
  it('counts a contact for every skill its type needs and applies the mean of the curve over them', () => {
    // initial 2, final 1, halfLife 1: L(n) = 1 + 1/(1 + n).
    const learning = { initial: 2, final: 1, halfLife: 1 };
    const probe = new ServiceProbe();
    simulate(scenario({ a: [0, 1000, 5000], b: [2000, 3000], c: [4000] }, learning), { checkInvariants: true, observers: [probe] });
    expect(probe.lengths).toHaveLength(6);
    const expected = [
      100 * 2, // a: n_s = 0
      100 * 1.5, // a: n_s = 1
      (100 * (4 / 3 + 2)) / 2, // b: mean of L(n_s = 2) and L(n_t = 0)
      (100 * (1.25 + 1.5)) / 2, // b: n_s = 3, n_t = 1
      (100 * 4) / 3, // c: n_t = 2, the two b contacts taught t (primary-only counting would give 200)
      100 * 1.2, // a: n_s = 4
    ];
    probe.lengths.forEach((length, i) => expect(length).toBeCloseTo(expected[i]!, 9));
  });

  it('raises the proficiency of the second skill with the contacts that need it', () => {
    // Own level 2 in t, final 4, halfLife 2: level 2 at n = 0, 3 from n = 1, 4 from n = 6 (docs/agents.md).
    // Seven b contacts (primary s, second skill t) then one c: t's level at each start is the level at n_t = 0..7.
    const probe = new ServiceProbe();
    const b = Array.from({ length: 7 }, (_, i) => i * 1000);
    simulate(scenario({ a: [], b, c: [7000] }, { proficiency: { final: 4, halfLife: 2 } }), { checkInvariants: true, observers: [probe] });
    expect(probe.levelsOfT).toEqual([2, 3, 3, 3, 3, 3, 4, 4]);
    // No handle-time curve: every service takes its base 100 s exactly.
    expect(probe.lengths).toEqual(Array.from({ length: 8 }, () => 100));
  });

  it('resolves a multi-skill contact with the mean of the resolution curve over its skills (draws read from the streams)', () => {
    // 40 contacts of a (skill s) first, then 40 of b (s and t): b's factor is the mean of R(n_s) and R(n_t).
    const r = { initial: 0.2, final: 1.8, halfLife: 30 };
    const a = Array.from({ length: 40 }, (_, i) => i * 1000);
    const b = Array.from({ length: 40 }, (_, i) => 40_000 + i * 1000);
    const result = simulate(scenario({ a, b, c: [] }, { resolution: r }, { resolution: { probability: 0.5 } }), { checkInvariants: true });
    const streams = new RandomStreams(1).substreams('replication', 0);
    const ua = streams.stream('resolution:a');
    const ub = streams.stream('resolution:b');
    let expected = 0;
    let primaryOnly = 0;
    for (let k = 0; k < 40; k++) {
      const hit = ua.next() < 0.5 * curve(r, k);
      expected += hit ? 1 : 0;
      primaryOnly += hit ? 1 : 0;
    }
    for (let k = 0; k < 40; k++) {
      const u = ub.next();
      if (u < (0.5 * (curve(r, 40 + k) + curve(r, k))) / 2) expected++;
      if (u < 0.5 * curve(r, 40 + k)) primaryOnly++;
    }
    expect(result.byAgent![0]!.resolved).toBe(expected);
    // The rule is what decided the count: counting the primary skill only would give another.
    expect(expected).not.toBe(primaryOnly);
  });
});
