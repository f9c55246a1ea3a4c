import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LearningCurveDefinition } from '../../src/model/agent-profile-definition';
import type { AgentGroupDefinition, ModelDefinition } from '../../src/model/definition';
import { staffingSteps } from '../../src/model/staffing-plan';
import { lognormal } from '../../src/random/distributions/lognormal';
import { uniform } from '../../src/random/distributions/uniform';
import { simulateModel } from '../../src/run/simulate';
import { buildScenario, rawScenarioArb } from '../support/random-scenario';
import { expectConsistentResult } from '../support/result-checks';
import { WorkConservationChecker } from '../support/work-conservation';

/**
 * The random centers of `invariants.test.ts` with individual agents in every group: a listed
 * part with own proficiencies (at least the group's), factors and experience, the rest drawn, and
 * learning (handle time, resolution, proficiency, alone or together; contact types need one or two
 * skills, each of which learns). Each runs with the InvariantChecker (which checks the individual factors) and
 * the work-conservation check; per-agent results must add up to their group's and the same seed
 * must give the same bytes. Deterministic.
 */
const RUNS = 15;
const FC_SEED = 20_261_207;

const individualsArb = fc.record({
  listed: fc.integer({ min: 0, max: 3 }),
  factor: fc.double({ min: 0.3, max: 3, noNaN: true }),
  levelUp: fc.integer({ min: 0, max: 4 }),
  learning: fc.boolean(),
  initial: fc.double({ min: 0.5, max: 3, noNaN: true }),
  halfLife: fc.integer({ min: 1, max: 200 }),
  // Which curves learn (each independent of the others): 0 handle time only, 1 resolution only, 2 proficiency only, 3 all three.
  curves: fc.integer({ min: 0, max: 3 }),
});

/** The learning of the drawn centers: the curves `p.curves` picks, counted per skill of every (multi-skill) contact. */
function learningOf(p: IndividualsParams): LearningCurveDefinition {
  const handle = p.curves === 0 || p.curves === 3 ? { initial: p.initial, final: 1, halfLife: p.halfLife } : {};
  const resolution = p.curves === 1 || p.curves === 3 ? { resolution: { initial: 1 / p.initial, final: 1, halfLife: p.halfLife } } : {};
  const proficiency = p.curves === 2 || p.curves === 3 ? { proficiency: { final: 5, halfLife: p.halfLife } } : {};
  return { ...handle, experience: 10, ...resolution, ...proficiency };
}

type IndividualsParams = typeof individualsArb extends fc.Arbitrary<infer T> ? T : never;

function decorate(model: ModelDefinition, p: IndividualsParams): ModelDefinition {
  const agentGroups: AgentGroupDefinition[] = model.agentGroups.map((g) => {
    const peak = staffingSteps(g.staffing, model.horizon).peak;
    const agents = Array.from({ length: Math.min(p.listed, peak) }, (_, k) => ({
      name: k === 0 ? `${g.name}-lead` : null,
      proficiency: g.proficiency.map((level) => (level === 0 ? 0 : Math.min(5, level + ((p.levelUp + k) % 3)))),
      handleTimeFactor: k % 2 === 0 ? p.factor : null,
      resolutionFactor: k % 2 === 1 ? 1 / p.factor : null,
      experience: k === 1 ? 0 : null,
    }));
    return {
      ...g,
      individuals: {
        agents,
        draw: {
          handleTimeFactor: lognormal({ mean: 1, cv: 0.3 }),
          resolutionFactor: uniform({ min: 0.5, max: 1.5 }),
          // half the drawn agents one level up where the group is below 5
          proficiency: g.proficiency.map((level) => (level === 0 || level === 5 ? [] : [0, 1, 2, 3, 4, 5].map((l) => (l === level || l === level + 1 ? 0.5 : 0)))),
        },
        learning: p.learning ? learningOf(p) : null,
      },
    };
  });
  return { ...model, agentGroups };
}

describe('random centers with individual agents', () => {
  it(`keep every invariant, add up per agent and are reproducible (${RUNS} scenarios)`, () => {
    fc.assert(
      fc.property(rawScenarioArb, individualsArb, fc.integer({ min: 1, max: 1_000_000 }), (raw, p, seed) => {
        const model = decorate(buildScenario(raw), p);
        const conservation = new WorkConservationChecker();
        const result = simulateModel(model, { seed, checkInvariants: true, observers: [conservation] });
        expectConsistentResult(result, model);
        const byAgent = result.byAgent!;
        expect(byAgent).toHaveLength(model.agentGroups.reduce((n, g) => n + staffingSteps(g.staffing, model.horizon).peak, 0));
        for (const group of result.byAgentGroup) {
          const mine = byAgent.filter((a) => a.group === group.name);
          expect(mine.reduce((n, a) => n + a.answered, 0)).toBe(group.answered);
          expect(mine.reduce((n, a) => n + a.served, 0)).toBe(group.served);
          expect(mine.reduce((n, a) => n + a.staffedHours, 0)).toBeCloseTo(group.staffedHours, 6);
        }
        for (const a of byAgent) {
          expect(a.resolved).toBeLessThanOrEqual(a.served);
          if (a.occupancy !== null) expect(a.occupancy).toBeLessThanOrEqual(1 + 1e-9);
        }
        const again = simulateModel(model, { seed });
        expect(JSON.stringify(again), 'same seed, same result').toBe(JSON.stringify(result));
      }),
      { numRuns: RUNS, seed: FC_SEED },
    );
  });
});
