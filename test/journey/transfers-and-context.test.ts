import { describe, expect, it } from 'vitest';
import type { ContactTypeDefinition, ModelDefinition } from '../../src/model/definition';
import { deterministic } from '../../src/random/distributions/deterministic';
import { exponential } from '../../src/random/distributions/exponential';
import { simulateModel } from '../../src/run/simulate';
import { journeyModel } from './journey-model';

/** Front office (no authority) on voice, and a back office serving the escalated type. */
function escalationModel(transferProbability: number): ModelDefinition {
  const base = journeyModel({ arrivals: { kind: 'trace', times: [0, 1000, 2000] } });
  const front = base.contactTypes[0]!;
  const escalated: ContactTypeDefinition = {
    ...front,
    id: 1,
    name: 'escalated',
    channel: 2,
    arrivals: { kind: 'trace', times: [] },
    handleTime: deterministic({ value: 300 }),
  };
  const group = base.agentGroups[0]!;
  return {
    ...base,
    contactTypes: [{ ...front, transfer: { to: 1, probability: transferProbability } }, escalated],
    agentGroups: [
      { ...group, authority: false },
      { ...group, id: 1, name: 'back-office', concurrency: [0, 0, 1, 0] },
    ],
  };
}

describe('customer journey: transfers', () => {
  it('escalates every contact of a group without authority, with its own wait and handling', () => {
    const r = simulateModel(escalationModel(1), { checkInvariants: true });
    const j = r.journey.overall;
    expect(j.issues).toBe(3);
    expect(j.transfers).toBe(3);
    expect(j.fcr).toBe(0);
    expect(j.resolved).toBe(3);
    expect(j.contactsPerResolvedIssue).toBe(1);
    expect(r.byContactType[1]!.served).toBe(3);
    // 100 s in the front office, then 300 s in the back office: 400 s per issue.
    expect(j.meanCustomerTimePerIssue).toBe(400);
    expect(r.journey.byAgentGroup[0]!.fcr).toBe(0);
  });

  it('does not transfer when the group has authority', () => {
    const model = escalationModel(1);
    const withAuthority = { ...model, agentGroups: model.agentGroups.map((g) => ({ ...g, authority: true })) };
    const r = simulateModel(withAuthority, { checkInvariants: true });
    expect(r.journey.overall.transfers).toBe(0);
    expect(r.journey.overall.fcr).toBe(1);
  });
});

describe('customer journey: context carry-over raises resolution by the configured factor', () => {
  // Base resolution 0.5, with context ×1.6 = 0.8. Every first contact's customer comes back once
  // (maxContacts 2), to another agent: with omnichannel carry-over the second contact has context.
  const build = (context: 'none' | 'omnichannel'): ModelDefinition =>
    journeyModel({
      agents: 30,
      arrivals: { kind: 'poisson', rate: 1 / 60 },
      handleTime: exponential({ mean: 300 }),
      horizon: 20 * 86_400,
      journey: { context, maxContacts: 2 },
      type: {
        resolution: { probability: 0.5, byProficiency: [1, 1, 1, 1, 1, 1], withContext: 1.6 },
        repeat: { probability: 1, delay: deterministic({ value: 3600 }), next: [[0, 1]] },
      },
    });

  const secondContactResolution = (context: 'none' | 'omnichannel'): { rate: number; n: number } => {
    const j = simulateModel(build(context), { seed: 11 }).journey.overall;
    // Issues resolved at the second contact / issues that had a second contact.
    const second = j.issues - j.resolvedAtFirstContact - j.openAtEnd;
    return { rate: (j.resolved - j.resolvedAtFirstContact) / second, n: second };
  };

  it('resolves second contacts at 0.8 with context and 0.5 without, within 4 standard errors', () => {
    for (const [mode, p] of [
      ['omnichannel', 0.8],
      ['none', 0.5],
    ] as const) {
      const { rate, n } = secondContactResolution(mode);
      expect(n).toBeGreaterThan(10_000);
      expect(Math.abs(rate - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
    }
  });
});
