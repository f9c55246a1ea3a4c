import { describe, expect, it } from 'vitest';
import { errorAt, errorsOf, modelOf, validScenario } from './helpers';

/** {@link validScenario} whose tier1 agents learn handle time, resolution and proficiency. */
function learningScenario(): Record<string, any> {
  const s = validScenario();
  s.agentGroups[0].individuals = {
    learning: { initial: 1.5, final: 1, halfLife: 40, resolution: { initial: 0.8, final: 1.1, halfLife: 30 }, proficiency: { final: 5, halfLife: 200 } },
  };
  return s;
}

describe('learning of resolution and proficiency', () => {
  it('resolves both curves; a curve without them gets neither field', () => {
    const { model } = modelOf(learningScenario());
    expect(model.agentGroups[0]!.individuals!.learning).toEqual({
      initial: 1.5,
      final: 1,
      halfLife: 40,
      experience: 0,
      resolution: { initial: 0.8, final: 1.1, halfLife: 30 },
      proficiency: { final: 5, halfLife: 200 },
    });
    const plain = learningScenario();
    plain.agentGroups[0].individuals.learning = { initial: 1.5, final: 1, halfLife: 40 };
    const learning = modelOf(plain).model.agentGroups[0]!.individuals!.learning!;
    expect('resolution' in learning || 'proficiency' in learning).toBe(false);
  });

  it.each(['initial', 'final'])('rejects a resolution curve whose %s factor is negative or zero, at the field', (field) => {
    for (const value of [-0.5, 0]) {
      const s = learningScenario();
      s.agentGroups[0].individuals.learning.resolution[field] = value;
      expect(errorAt(s, `agentGroups[0].individuals.learning.resolution.${field}`)).toBe(
        `learning resolution ${field} factor must be a positive number of at most 1000 (a factor of 0 or less would make the resolution probability vanish or turn negative), got ${value}`,
      );
    }
  });

  it('rejects a proficiency level outside 1–5 and a non-positive halfLife', () => {
    const s = learningScenario();
    s.agentGroups[0].individuals.learning.proficiency.final = 6;
    expect(errorAt(s, 'agentGroups[0].individuals.learning.proficiency.final')).toMatch(/6/);
    const h = learningScenario();
    h.agentGroups[0].individuals.learning.proficiency.halfLife = -1;
    expect(errorAt(h, 'agentGroups[0].individuals.learning.proficiency.halfLife')).toMatch(/^learning proficiency halfLife must be a positive number/);
  });

  it('takes a resolution or proficiency curve without the handle-time curve', () => {
    const s = learningScenario();
    s.agentGroups[0].individuals.learning = { resolution: { initial: 0.8, final: 1.1, halfLife: 30 } };
    expect(modelOf(s).model.agentGroups[0]!.individuals!.learning).toEqual({ experience: 0, resolution: { initial: 0.8, final: 1.1, halfLife: 30 } });
    const p = learningScenario();
    p.agentGroups[0].individuals.learning = { proficiency: { final: 5, halfLife: 200 }, experience: 3 };
    expect(modelOf(p).model.agentGroups[0]!.individuals!.learning).toEqual({ experience: 3, proficiency: { final: 5, halfLife: 200 } });
  });

  it('asks for the handle-time curve whole: each missing field is named at its path', () => {
    const s = learningScenario();
    s.agentGroups[0].individuals.learning = { initial: 1.5, resolution: { initial: 0.8, final: 1.1, halfLife: 30 } };
    const issues = errorsOf(s).map((i) => `${i.path}: ${i.message}`);
    const why = 'the handle-time learning curve needs initial, final and halfLife together (drop all three for a group that learns only resolution or proficiency)';
    expect(issues).toEqual([
      `agentGroups[0].individuals.learning.final: required with initial: ${why}`,
      `agentGroups[0].individuals.learning.halfLife: required with initial: ${why}`,
    ]);
    const two = learningScenario();
    two.agentGroups[0].individuals.learning = { final: 1, halfLife: 20 };
    expect(errorAt(two, 'agentGroups[0].individuals.learning.initial')).toBe(`required with final and halfLife: ${why}`);
  });

  it('rejects a learning block that gives no curve', () => {
    for (const learning of [{}, { experience: 100 }]) {
      const s = learningScenario();
      s.agentGroups[0].individuals.learning = learning;
      expect(errorAt(s, 'agentGroups[0].individuals.learning')).toBe(
        'gives no learning curve: give the handle-time curve (initial, final, halfLife), resolution, proficiency, or some of them',
      );
    }
  });

  it('still locates a negative factor of the handle-time curve when the others are given', () => {
    const s = learningScenario();
    s.agentGroups[0].individuals.learning.initial = -0.5;
    expect(errorAt(s, 'agentGroups[0].individuals.learning.initial')).toMatch(/^learning initial factor must be a positive number .*got -0\.5$/);
  });
});
