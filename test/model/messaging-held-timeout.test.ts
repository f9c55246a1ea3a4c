import { describe, expect, it } from 'vitest';
import type { MessagingSessionDefinition, ModelDefinition } from '../../src/model/definition';
import { deterministic } from '../../src/random/distributions/deterministic';
import { simulateModel } from '../../src/run/simulate';
import { singleQueueModel } from '../support/models';

/**
 * A held messaging session whose customer stops replying ends through the service flow (the agent
 * still holds it): its outcome is unresolved, although the type has no resolution model (every
 * other service resolves). One agent, one slot; one session at 0 of 2 agent turns of 100 s; the
 * customer would reply 50 s after a turn but gives up after 40 s.
 */
function center(timeout: number): ModelDefinition {
  const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 100 }), agents: 1, horizon: 10_000, endOfDay: 'drain' });
  const session: MessagingSessionDefinition = { exchanges: deterministic({ value: 2 }), replyGap: deterministic({ value: 50 }), slotDuringGap: 'held', sticky: true, timeout };
  return {
    ...base,
    contactTypes: [{ ...base.contactTypes[0]!, channel: 3, arrivals: { kind: 'trace', times: [0] }, session }],
    agentGroups: [{ ...base.agentGroups[0]!, concurrency: [0, 0, 0, 1] }],
  };
}

describe('a held messaging session that times out', () => {
  it('ends unresolved at the timeout; one that does not time out resolves', () => {
    // Turn 0-100, held gap from 100; the customer stops replying at 140: the session ends then.
    const timedOut = simulateModel(center(40), { checkInvariants: true });
    expect([timedOut.journey.overall.resolved, timedOut.messagingSessions![0]!.timedOut, timedOut.messagingSessions![0]!.meanResolutionTime]).toEqual([0, 1, 140]);
    // Timeout 60 > gap 50: the reply comes at 150, turn 150-250, resolved.
    const answered = simulateModel(center(60), { checkInvariants: true });
    expect([answered.journey.overall.resolved, answered.messagingSessions![0]!.timedOut]).toEqual([1, 0]);
  });
});
