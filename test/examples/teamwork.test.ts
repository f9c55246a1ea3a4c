import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareVariants, pairedDifferences, parseScenario, readScenarioFile, type ScenarioInput } from '../../src/index';

const file = (name: string): string => fileURLToPath(new URL(`../../examples/agents/${name}`, import.meta.url));

/**
 * examples/agents/teamwork-{cold,warm}.yaml: a warm transfer keeps the receptionist on the line
 * until a technician answers and for the consult, so the receptionists are busier (their occupancy
 * rises) and their own callers wait longer, while the technicians see the calls more slowly. Checked
 * with the paired CIs of a small comparison (8 replications, common random numbers).
 */
describe('examples/agents/teamwork', () => {
  it('the warm file differs from the cold one only by the warm transfer', () => {
    const cold = parseScenario(readScenarioFile(file('teamwork-cold.yaml')));
    const warm = parseScenario(readScenarioFile(file('teamwork-warm.yaml')));
    if (!cold.ok || !warm.ok) throw new Error('invalid example');
    expect(cold.model.contactTypes[0]!.transfer!.warm).toBeUndefined();
    expect(warm.model.contactTypes[0]!.transfer!.warm!.consultTime.mean).toBe(60);
    expect({ ...warm.model.contactTypes[0]!.transfer!, warm: undefined }).toEqual({ ...cold.model.contactTypes[0]!.transfer!, warm: undefined });
  });

  it('warm transfers make the receptionists busier and their callers wait longer', async () => {
    const variants = ['teamwork-cold.yaml', 'teamwork-warm.yaml'].map((name) => ({ name, scenario: readScenarioFile(file(name)) as ScenarioInput }));
    const comparison = await compareVariants(variants, { replications: 8, seed: 1, threads: 1 });
    const [cold, warm] = comparison.variants.map((v) => v.experiment);
    const d = pairedDifferences(cold!, warm!, comparison.level);
    expect(d['byAgentGroup.receptionists.occupancy']!.lower!).toBeGreaterThan(0);
    expect(d['byContactType.reception.asa']!.lower!).toBeGreaterThan(0);
    expect(d['byAgentGroup.technicians.occupancy']!.upper!).toBeLessThan(0);
  });
});
