import { describe, expect, it } from 'vitest';
import type { MessagingSessionDefinition, ModelDefinition } from '../../src/model/definition';
import { InvariantChecker } from '../../src/model/invariant-checker';
import type { ContactCenterObserver } from '../../src/model/observer';
import { deterministic } from '../../src/random/distributions/deterministic';
import { simulateModel } from '../../src/run/simulate';
import { singleQueueModel } from '../support/models';

/** One messaging agent, two sessions of two turns, or plain messaging contacts when `session` is undefined. */
function center(session: MessagingSessionDefinition | undefined): ModelDefinition {
  const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 100 }), agents: 1, horizon: 10_000, endOfDay: 'drain' });
  return {
    ...base,
    contactTypes: [{ ...base.contactTypes[0]!, channel: 3, arrivals: { kind: 'trace', times: [0, 10] }, ...(session === undefined ? {} : { session }) }],
    agentGroups: [{ ...base.agentGroups[0]!, concurrency: [0, 0, 0, 2] }],
  };
}

const SESSION: MessagingSessionDefinition = { exchanges: deterministic({ value: 2 }), replyGap: deterministic({ value: 50 }), slotDuringGap: 'held', sticky: true, timeout: Infinity };

/** Runs `model` with a checker and a rogue observer that tells the checker `report(checker, contact, agent)` at each service start. */
function runWithReport(model: ModelDefinition, report: (checker: InvariantChecker, c: number, agent: number) => void): () => void {
  const checker = new InvariantChecker();
  const rogue: ContactCenterObserver = { onServiceStart: (c, a) => report(checker, c, a) };
  return () => simulateModel(model, { observers: [checker, rogue] });
}

describe('InvariantChecker on messaging sessions', () => {
  it('passes the real engine on held and released sessions', () => {
    expect(() => simulateModel(center(SESSION), { observers: [new InvariantChecker()] })).not.toThrow();
    expect(() => simulateModel(center({ ...SESSION, slotDuringGap: 'released' }), { observers: [new InvariantChecker()] })).not.toThrow();
  });

  it('fails a turn without a reply gap before it', () => {
    expect(runWithReport(center(SESSION), (k, c, a) => k.onSessionTurn(c, a))).toThrow(/took a turn without a reply gap/);
  });

  it('fails a reply gap on a type without sessions', () => {
    expect(runWithReport(center(undefined), (k, c, a) => k.onSessionGap(c, a))).toThrow(/has a reply gap but no messaging session/);
  });

  it('fails a released gap whose contact is still with its agent, and a second gap without a turn', () => {
    expect(runWithReport(center({ ...SESSION, slotDuringGap: 'released' }), (k, c, a) => k.onSessionGap(c, a))).toThrow(/released messaging session #0 is in state 2 with agent 0/);
    expect(
      runWithReport(center(SESSION), (k, c, a) => {
        k.onSessionGap(c, a);
        k.onSessionGap(c, a);
      }),
    ).toThrow(/began a reply gap twice/);
  });

  it('fails a reply that reaches another agent before its timed stickiness ran out', () => {
    // Two agents; the reply goes back to its agent at once. A checker told the wrong agent for the
    // gap (the other one) sees the reply go elsewhere 0 s after it came, with a wait of 1000 s.
    const model = center({ ...SESSION, slotDuringGap: 'released', stickyWait: 1000 });
    const two: ModelDefinition = { ...model, agentGroups: [{ ...model.agentGroups[0]!, staffing: { kind: 'constant', agents: 2 } }] };
    class Misinformed extends InvariantChecker {
      override onSessionGap(c: number, agent: number): void {
        super.onSessionGap(c, agent ^ 1);
      }
    }
    expect(() => simulateModel(two, { observers: [new InvariantChecker()] })).not.toThrow();
    expect(() => simulateModel(two, { observers: [new Misinformed()] })).toThrow(/reply went to agent 0 0 s after it came, before its 1000 s wait for agent 1 ran out/);
  });

  it('fails a session ending on an abandoned reply when its type has no replyPatience', () => {
    const model = center({ ...SESSION, slotDuringGap: 'released' });
    const fooled: ContactCenterObserver = { attach: (v) => Object.defineProperty(v, 'contactAbandonedReply', { value: () => true, configurable: true }) };
    expect(() => simulateModel(model, { observers: [fooled, new InvariantChecker()] })).toThrow(/ended on an abandoned reply without replyPatience/);
  });
});
