import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exitCodeOf } from '../../src/cli/program';
import type { ModelDefinition } from '../../src/model/definition';
import { DEFAULT_JOURNEY } from '../../src/model/journey';
import { loadScenarioFile, resolveScenario, RunawayError, simulateModel, type ScenarioInput } from '../../src/index';
import { cli } from '../cli/cli-harness';

const PING_PONG = fileURLToPath(new URL('../fixtures/reliability/transfer-ping-pong-no-limit.yaml', import.meta.url));

/**
 * Scenarios cannot lift `journey.maxContacts` above 1,000 (docs/scenario-limits.md), and transfers
 * and retrials count towards it, so the loops below end by that limit in any valid scenario. The
 * watchdog is the net for models built in code (which skip validation) and for custom policies
 * that wake contacts for ever: these tests lift the limit on the resolved model.
 */
function unbounded(input: ScenarioInput): ModelDefinition {
  const model = resolveScenario(input);
  return { ...model, journey: { ...(model.journey ?? DEFAULT_JOURNEY), maxContacts: 1e12 } };
}

/** What `simulateModel` threw, or null. */
function thrown(model: ModelDefinition): unknown {
  try {
    simulateModel(model, { seed: 1 });
  } catch (error) {
    return error;
  }
  return null;
}

const pingPong = (): ScenarioInput => {
  const input = loadScenarioFile(PING_PONG).input as Record<string, unknown>;
  return { ...input, journey: { maxContacts: 1000 } } as ScenarioInput;
};

describe('the runaway watchdog in a run', () => {
  it('stops a transfer loop that journey.maxContacts does not bound, naming transfers and the types', () => {
    const error = thrown(unbounded(pingPong()));
    expect(error).toBeInstanceOf(RunawayError);
    expect((error as RunawayError).mechanism).toBe('transfers');
    expect((error as RunawayError).message).toContain('Contacts in the system: 1 (front)');
    // 2 m per contact and one service-end event each: 2^18 events after the horizon's 30.
    expect((error as RunawayError).time).toBeGreaterThan(3600);
  });

  it('stops customers retrying at once for ever while nobody can take them (at one instant)', () => {
    const input = {
      name: 'blocked and retrying at once',
      horizon: '1h',
      skills: ['s'],
      waitingRoom: { voice: 0 },
      contactTypes: [
        {
          name: 'calls',
          skills: { s: 1 },
          handleTime: { kind: 'deterministic', value: '1m' },
          arrivals: { trace: [10] },
          retrial: { probability: 1, delay: { kind: 'deterministic', value: 0 } },
        },
      ],
      agentGroups: [{ name: 'team', skills: { s: 1 }, agents: 0 }],
    } as ScenarioInput;
    const error = thrown(unbounded(input));
    expect(error).toBeInstanceOf(RunawayError);
    expect(error).toMatchObject({ mechanism: 'retrials', time: 10 });
  });

  it('in a valid scenario, the contact limit ends the ping-pong instead (the fixture asks for more and is refused)', async () => {
    const outcome = await cli(['run', PING_PONG]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/journey\.maxContacts: .*1000/);
    expect(outcome.stderr).not.toMatch(/\n\s+at /);
  });

  it('a runaway is a scenario problem for the command line: exit code 2', () => {
    expect(exitCodeOf(new RunawayError('runaway run stopped (transfers) at t=1 s', 'transfers', 1))).toBe(2);
  });
});
