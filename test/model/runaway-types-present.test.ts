import { describe, expect, it } from 'vitest';
import type { ModelDefinition } from '../../src/model/definition';
import { DEFAULT_JOURNEY } from '../../src/model/journey';
import { RunawayError } from '../../src/model/runaway';
import { simulateModel } from '../../src/run/simulate';
import { resolveScenario } from '../../src/scenario/resolve';
import type { ScenarioInput } from '../../src/scenario/schema';

/**
 * The runaway message's census of the contacts in the system (`Contacts in the system: n (types)`),
 * from a run (test/model/runaway-run.test.ts runs the CLI too and is left out of the quick lists).
 * A ping-pong of transfers between 'front' and 'back' (2 m each, one agent without authority)
 * never ends once `journey.maxContacts` is lifted (as a model built in code may); it stops after
 * 2^18 events without progress.
 */
function pingPong(waiting: string[]): ModelDefinition {
  const fixed = { kind: 'deterministic', value: '2m' };
  const model = resolveScenario({
    name: 'ping-pong with callers waiting',
    horizon: '1h',
    skills: ['s', 'nobody'],
    contactTypes: [
      // Callers nobody on duty may serve, waiting without patience from 0 (the first slots).
      ...waiting.map((name) => ({ name, skills: { nobody: 1 }, handleTime: fixed, arrivals: { trace: [0] } })),
      { name: 'front', skills: { s: 1 }, handleTime: fixed, arrivals: { trace: [1] }, transfer: { to: 'back' } },
      { name: 'back', skills: { s: 1 }, handleTime: fixed, transfer: { to: 'front' } },
    ],
    agentGroups: [
      { name: 'tier1', skills: { s: 1 }, agents: 1, authority: false },
      { name: 'specialists', skills: { nobody: 1 }, agents: 0 },
    ],
  } as unknown as ScenarioInput);
  return { ...model, journey: { ...(model.journey ?? DEFAULT_JOURNEY), maxContacts: 1e12 } };
}

function runawayMessage(model: ModelDefinition): string {
  try {
    simulateModel(model, { seed: 1 });
  } catch (error) {
    expect(error).toBeInstanceOf(RunawayError);
    return (error as RunawayError).message;
  }
  throw new Error('the run ended');
}

describe('the runaway message’s contacts in the system', () => {
  it('names the type of the one contact present, not those of slots it has left', () => {
    // One contact at a time, passed to and fro: each transfer takes a new slot while the
    // transferring contact still holds its own, so both slots have held both types.
    const message = runawayMessage(pingPong([]));
    expect(message).toMatch(/Contacts in the system: 1 \((front|back)\);/);
  });

  it('counts every contact present and names the types of the first five, in slot order', () => {
    // Seven waiting callers of seven types hold the first seven slots (arrival order), the
    // ping-pong's contact an eighth.
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const message = runawayMessage(pingPong(names));
    expect(message).toContain('Contacts in the system: 8 (a, b, c, d, e);');
  });
});
