import { describe, expect, it } from 'vitest';
import type { ModelDefinition, SilentAbandonmentDefinition } from '../../src/model/definition';
import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';
import { deterministic } from '../../src/random/distributions/deterministic';
import { simulateModel } from '../../src/run/simulate';
import { singleQueueModel } from '../support/models';

/**
 * How the service flow ends the service of a chat whose customer had left silently: the issue
 * follows the type's `retrial` (not `repeat`), and no agent heard the customer's story (the issue
 * stays uninformed, with no last agent).
 *
 * One chat agent holding one chat of 100 s; chats at 0 and 5; a customer leaves silently after 30 s
 * in queue and the agent spends 10 s finding that out. A customer who left tries again 60 s after
 * that discovery; a customer served but not resolved would never come back (`repeat` probability 0).
 */
function center(): ModelDefinition {
  const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 100 }), agents: 1, horizon: 10_000, endOfDay: 'drain' });
  const silentAbandonment: SilentAbandonmentDefinition = { probability: 1, after: deterministic({ value: 30 }), discoveryTime: deterministic({ value: 10 }) };
  const type = base.contactTypes[0]!;
  return {
    ...base,
    contactTypes: [
      {
        ...type,
        channel: 1,
        arrivals: { kind: 'trace', times: [0, 5] },
        silentAbandonment,
        retrial: { probability: 1, delay: deterministic({ value: 60 }), next: [[0, 1]] },
        repeat: { probability: 0, delay: deterministic({ value: 1 }), next: [[0, 1]] },
      },
    ],
    agentGroups: [{ ...base.agentGroups[0]!, concurrency: [0, 1, 0, 0] }],
  };
}

describe('the end of a service whose customer left silently', () => {
  it('sends the customer back as a retrial, to an issue nobody has heard yet', () => {
    const starts: unknown[] = [];
    let view: ContactCenterView | null = null;
    const observer: ContactCenterObserver = {
      attach: (v) => {
        view = v;
      },
      onServiceStart: (c) => {
        const v = view!;
        starts.push([v.contactSerial(c), v.now, v.contactAttempt(c), v.contactHasContext(c), v.issueLastAgent(v.contactIssue(c))]);
      },
    };
    simulateModel(center(), { checkInvariants: true, observers: [observer] });
    expect(starts).toEqual([
      // [serial, start, attempt, context, issue's last agent]. A: 0-100.
      [0, 0, 1, false, -1],
      // B waited 95 s ≥ 30: gone; the agent finds nobody, 100-110.
      [1, 100, 1, false, -1],
      // B's customer tries again at 110 + 60 = 170: the second contact of B's issue, which no agent
      // heard (the agent at 100 found nobody), so no context.
      [2, 170, 2, false, -1],
    ]);
  });
});
