import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { simulate } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';
import { validScenario } from './helpers';

const doc = readFileSync(fileURLToPath(new URL('../../docs/workforce.md', import.meta.url)), 'utf8');

describe('docs/workforce.md', () => {
  it('shows agent groups that parse and run, reporting agent-hours for the documented group', () => {
    const block = /```yaml\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(block).toBeDefined();
    const { agentGroups } = parse(block!) as { agentGroups: Record<string, unknown>[] };
    const scenario: Record<string, any> = { ...validScenario(), agentGroups: [...agentGroups, validScenario().agentGroups[1]] };
    scenario.horizon = '1d';
    for (const type of scenario.contactTypes) type.arrivals = { rate: '10/h' };
    const result = simulate(scenario as ScenarioInput, { checkInvariants: true });
    const tier1 = result.workforce!.find((g) => g.name === 'tier1')!;
    // 12 agents × 8.5 h + 6 agents × 8 h scheduled.
    expect(tier1.scheduledHours).toBe(12 * 8.5 + 6 * 8);
    expect(tier1.breakHours).toBeGreaterThan(0);
  });
});
