import { describe, expect, it } from 'vitest';
import { meanSlotTime, meanWrapUpsPerSession, usesSessionExtras, type MessagingSessionDefinition } from '../../src/model/messaging-session-definition';
import { deterministic } from '../../src/random/distributions/deterministic';

/** A session of `turns` mean agent turns and a 50 s mean reply gap. */
function session(turns: number, extra: Partial<MessagingSessionDefinition> = {}): MessagingSessionDefinition {
  return { exchanges: deterministic({ value: turns }), replyGap: deterministic({ value: 50 }), slotDuringGap: 'held', sticky: true, timeout: Infinity, ...extra };
}

describe('meanSlotTime()', () => {
  it('is the handle time without a session', () => {
    expect(meanSlotTime(100, undefined)).toBe(100);
  });

  it('holds the slot through the reply gaps with `held`: 3 turns of 100 s and 2 gaps of 50 s', () => {
    expect(meanSlotTime(100, session(3))).toBe(400);
    // Context loss only applies when replies can reach another agent.
    expect(meanSlotTime(100, session(3, { contextLoss: deterministic({ value: 20 }) }))).toBe(400);
  });

  it('frees the slot during the gaps with `released`, adding the context loss of the 2 later turns', () => {
    expect(meanSlotTime(100, session(3, { slotDuringGap: 'released' }))).toBe(300);
    expect(meanSlotTime(100, session(3, { slotDuringGap: 'released', contextLoss: deterministic({ value: 20 }) }))).toBe(340);
  });

  it('counts at least one turn', () => {
    expect(meanSlotTime(100, session(0.5))).toBe(100);
    expect(meanSlotTime(100, session(0.5, { slotDuringGap: 'released', contextLoss: deterministic({ value: 20 }) }))).toBe(100);
  });
});

describe('meanWrapUpsPerSession()', () => {
  it('is one wrap-up per turn but the last only with `released` and `wrapUpPerTurn`', () => {
    expect(meanWrapUpsPerSession(session(3, { slotDuringGap: 'released', wrapUpPerTurn: true }))).toBe(2);
    expect(meanWrapUpsPerSession(session(0.5, { slotDuringGap: 'released', wrapUpPerTurn: true }))).toBe(0);
  });

  it('is 0 without a session, with `held`, or without `wrapUpPerTurn`', () => {
    expect(meanWrapUpsPerSession(undefined)).toBe(0);
    expect(meanWrapUpsPerSession(session(3, { wrapUpPerTurn: true }))).toBe(0);
    expect(meanWrapUpsPerSession(session(3, { slotDuringGap: 'released' }))).toBe(0);
    expect(meanWrapUpsPerSession(session(3, { slotDuringGap: 'released', wrapUpPerTurn: false }))).toBe(0);
  });
});

describe('usesSessionExtras()', () => {
  it('is false for a session of the first options only', () => {
    expect(usesSessionExtras(session(3, { slotDuringGap: 'released' }))).toBe(false);
    expect(usesSessionExtras(session(3, { stickyWait: 0, wrapUpPerTurn: false }))).toBe(false);
  });

  it('is true with any one of timed stickiness, context loss, reply patience or wrap-up per turn', () => {
    expect(usesSessionExtras(session(3, { stickyWait: 5 }))).toBe(true);
    expect(usesSessionExtras(session(3, { contextLoss: deterministic({ value: 20 }) }))).toBe(true);
    expect(usesSessionExtras(session(3, { replyPatience: deterministic({ value: 60 }) }))).toBe(true);
    expect(usesSessionExtras(session(3, { wrapUpPerTurn: true }))).toBe(true);
  });
});
