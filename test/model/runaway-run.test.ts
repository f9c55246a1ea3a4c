import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readScenarioFile, RunawayError, simulate, type ScenarioInput } from '../../src/index';
import { cli } from '../cli/cli-harness';

const PING_PONG = fileURLToPath(new URL('../fixtures/reliability/transfer-ping-pong-no-limit.yaml', import.meta.url));

/** What `simulate` threw, or null. */
function thrown(input: ScenarioInput): unknown {
  try {
    simulate(input, { seed: 1 });
  } catch (error) {
    return error;
  }
  return null;
}

describe('the runaway watchdog in a run', () => {
  it('stops a transfer loop that journey.maxContacts does not bound, naming transfers and the types', () => {
    const error = thrown(readScenarioFile(PING_PONG) as ScenarioInput);
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
      journey: { maxContacts: 1e12 },
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
    const error = thrown(input);
    expect(error).toBeInstanceOf(RunawayError);
    expect(error).toMatchObject({ mechanism: 'retrials', time: 10 });
  });

  it('makes the command line print the message without a stack and exit 2', async () => {
    const outcome = await cli(['run', PING_PONG]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/^warning: .*transfers go round in a loop/m);
    expect(outcome.stderr).toMatch(/^routelab: runaway run stopped \(transfers\) at t=\d+ s: 262,144 events in a row/m);
    expect(outcome.stderr).not.toMatch(/\n\s+at /);
  });
});
