import { describe, expect, it } from 'vitest';
import { PolicyRegistry } from '../../src/routing/registry';
import { simulateModel } from '../../src/run/simulate';
import { parseScenario } from '../../src/scenario/resolve';
import { drainMustFinishEverything } from '../support/drain-contract';

/** The drain check of the fuzzer applies where the README's contract holds, and only there. */

function model(overflow: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const parsed = parseScenario(
    {
      name: 'drain contract',
      horizon: '1h',
      skills: ['mail'],
      contactTypes: [
        { name: 'mail', channel: 'email', skills: { mail: 1 }, handleTime: { kind: 'deterministic', value: 100 }, arrivals: { trace: [6.4] }, overflow },
      ],
      agentGroups: [
        { name: 'inbox', agents: 0, skills: { mail: 1 }, channels: { email: 1 } },
        { name: 'helpers', agents: 1, skills: { mail: 1 }, channels: { email: 1 } },
      ],
      ...extra,
    },
    { policies: PolicyRegistry.withBuiltIns() },
  );
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.model;
}

describe('drainMustFinishEverything', () => {
  it('holds when a staffed overflow step may serve the type (the fuzzer would have caught the step that never opened)', () => {
    const m = model({ primary: ['inbox'], steps: [{ after: '10s', groups: ['helpers'] }] });
    expect(drainMustFinishEverything(m)).toBe(true);
    expect(simulateModel(m, { seed: 1 }).overall.unfinished).toBe(0);
  });

  it('does not hold where the documented rules keep the staffed group away', () => {
    // maxShare 0.5 of 1 agent: the step may never take a contact (README, overflow with protection)
    const share = model({ primary: ['inbox'], steps: [{ after: '10s', groups: ['helpers'], protect: { maxShare: 0.5 } }] });
    expect(drainMustFinishEverything(share)).toBe(false);
    expect(simulateModel(share, { seed: 1 }).overall.unfinished).toBe(1);
    // a cut run, and a policy that may leave agents idle on purpose
    expect(drainMustFinishEverything(model({ primary: ['inbox'], steps: [{ after: '10s', groups: ['helpers'] }] }, { endOfDay: 'cut' }))).toBe(false);
    expect(drainMustFinishEverything(model({ primary: ['inbox'], steps: [{ after: '10s', groups: ['helpers'] }] }, { routing: { policy: 'weight-based' } }))).toBe(false);
  });
});
