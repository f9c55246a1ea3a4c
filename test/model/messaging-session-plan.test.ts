import { describe, expect, it } from 'vitest';
import type { ContactTypeDefinition, MessagingSessionDefinition } from '../../src/model/definition';
import { SessionPlans, sessionTurns } from '../../src/model/messaging-session-plan';
import { MAX_SESSION_TURNS } from '../../src/model/messaging-session-definition';
import { deterministic } from '../../src/random/distributions/deterministic';
import { uniform } from '../../src/random/distributions/uniform';
import { RandomStreams } from '../../src/random/streams';
import { singleQueueModel } from '../support/models';

/**
 * A session's plan (docs/channels.md "Messaging sessions", SessionPlans): drawn at arrival from
 * the type's own named streams, one draw per later turn from each. Uniform distributions over
 * disjoint ranges make every number tell which quantity it is; the expected numbers are drawn
 * again here from fresh streams of the same seed and names.
 */

const template = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 1 }), agents: 1, horizon: 100 }).contactTypes[0]!;

function type(id: number, name: string, session: MessagingSessionDefinition | undefined, handle = uniform({ min: 100, max: 200 })): ContactTypeDefinition {
  const t: ContactTypeDefinition = { ...template, id, name, channel: 3, handleTime: handle };
  return session === undefined ? t : { ...t, session };
}

const base: MessagingSessionDefinition = {
  exchanges: uniform({ min: 1, max: 6 }),
  replyGap: uniform({ min: 1000, max: 2000 }),
  slotDuringGap: 'released',
  sticky: true,
  timeout: Infinity,
};

/** The first `n` numbers of stream `name` of seed 7 mapped onto [min, max). */
function draws(name: string, n: number, min: number, max: number): number[] {
  const u = new RandomStreams(7).stream(name);
  return Array.from({ length: n }, () => min + (max - min) * u.next());
}

describe('sessionTurns()', () => {
  it('rounds the draw to a whole number of turns, at least 1 and at most MAX_SESSION_TURNS', () => {
    expect([0.2, 1.4, 2.5, 3.49, -5].map(sessionTurns)).toEqual([1, 1, 3, 3, 1]);
    expect(sessionTurns(1e9)).toBe(MAX_SESSION_TURNS);
    expect(sessionTurns(MAX_SESSION_TURNS - 0.3)).toBe(MAX_SESSION_TURNS);
  });
});

describe('SessionPlans', () => {
  it('draws the turns from session-turns:<type> and each later turn’s work and gap from their own streams', () => {
    const plans = new SessionPlans([type(0, 'calls', undefined), type(1, 'messages', base)], new RandomStreams(7));
    expect(plans.definition(0)).toBeUndefined();
    expect(plans.definition(1)).toBe(base);
    const turns = draws('session-turns:messages', 2, 1, 6).map(sessionTurns);
    expect([plans.drawTurns(1), plans.drawTurns(1)]).toEqual(turns);
    const plan = plans.drawPlan(1, 4, 0);
    const work = draws('session-work:messages', 3, 100, 200);
    const gap = draws('reply-gap:messages', 3, 1000, 2000);
    for (let j = 0; j < 3; j++) {
      expect(plans.work(plan, 1, j)).toBeCloseTo(work[j]!, 9);
      expect(plans.gap(plan, 1, j)).toBeCloseTo(gap[j]!, 9);
      // Without the options: no context loss, endless reply patience.
      expect(plans.contextLoss(plan, 1, j)).toBe(0);
      expect(plans.patience(plan, 1, j)).toBe(Infinity);
    }
    expect(plan.length).toBe(6);
    // The next session's plan goes on where this one stopped in each stream.
    const next = plans.drawPlan(1, 2, 0);
    expect(plans.work(next, 1, 0)).toBeCloseTo(draws('session-work:messages', 4, 100, 200)[3]!, 9);
    expect(plans.gap(next, 1, 0)).toBeCloseTo(draws('reply-gap:messages', 4, 1000, 2000)[3]!, 9);
  });

  it('adds the context loss and the reply patience of each later turn when the session has them', () => {
    const session = { ...base, contextLoss: uniform({ min: 10, max: 20 }), replyPatience: uniform({ min: 300, max: 400 }) };
    const plans = new SessionPlans([type(0, 'messages', session)], new RandomStreams(7));
    const plan = plans.drawPlan(0, 3, 0);
    const loss = draws('session-context-loss:messages', 2, 10, 20);
    const patience = draws('reply-patience:messages', 2, 300, 400);
    const work = draws('session-work:messages', 2, 100, 200);
    const gap = draws('reply-gap:messages', 2, 1000, 2000);
    for (let j = 0; j < 2; j++) {
      expect(plans.work(plan, 0, j)).toBeCloseTo(work[j]!, 9);
      expect(plans.gap(plan, 0, j)).toBeCloseTo(gap[j]!, 9);
      expect(plans.contextLoss(plan, 0, j)).toBeCloseTo(loss[j]!, 9);
      expect(plans.patience(plan, 0, j)).toBeCloseTo(patience[j]!, 9);
    }
    expect(plan.length).toBe(8);
    const next = plans.drawPlan(0, 2, 0);
    expect(plans.contextLoss(next, 0, 0)).toBeCloseTo(draws('session-context-loss:messages', 3, 10, 20)[2]!, 9);
    expect(plans.patience(next, 0, 0)).toBeCloseTo(draws('reply-patience:messages', 3, 300, 400)[2]!, 9);
  });

  it('takes a later turn’s work from the type’s handle time when only the patience is set per interval', () => {
    const byInterval = { intervalLength: 1800, period: 86_400, handleTime: null, patience: [deterministic({ value: 5 })] };
    const t = { ...type(0, 'messages', base), queueExits: { maxWait: null, clearAtClosing: false, balking: null, announcement: null, byInterval } };
    const plans = new SessionPlans([t], new RandomStreams(7));
    const plan = plans.drawPlan(0, 2, 0);
    expect(plans.work(plan, 0, 0)).toBeCloseTo(draws('session-work:messages', 1, 100, 200)[0]!, 9);
  });

  it('keeps the reply patience last when the session has it without a context loss', () => {
    const session = { ...base, replyPatience: uniform({ min: 300, max: 400 }) };
    const plans = new SessionPlans([type(0, 'messages', session)], new RandomStreams(7));
    const plan = plans.drawPlan(0, 3, 0);
    const patience = draws('reply-patience:messages', 2, 300, 400);
    expect([plans.patience(plan, 0, 0), plans.patience(plan, 0, 1)]).toEqual(patience.map((p) => expect.closeTo(p, 9)));
    expect([plans.contextLoss(plan, 0, 0), plans.contextLoss(plan, 0, 1)]).toEqual([0, 0]);
    expect(plan.length).toBe(6);
  });
});
