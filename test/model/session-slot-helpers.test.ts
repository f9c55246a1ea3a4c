import { describe, expect, it } from 'vitest';
import type { MessagingSessionDefinition } from '../../src/model/messaging-session-definition';
import { meanSlotTime, meanWrapUpsPerSession, usesSessionExtras } from '../../src/model/messaging-session-definition';
import { SessionTable } from '../../src/model/messaging-session-table';
import { intervalIndex } from '../../src/model/queue-exit-definition';
import { SuspensionSlots } from '../../src/model/suspension-slots';
import { deterministic } from '../../src/random/distributions/deterministic';

/** A session of `turns` turns on average, reply gaps of 60 s, and the given options. */
function session(turns: number, slotDuringGap: 'held' | 'released', extra: Partial<MessagingSessionDefinition> = {}): MessagingSessionDefinition {
  return { exchanges: deterministic({ value: turns }), replyGap: deterministic({ value: 60 }), slotDuringGap, sticky: true, timeout: 600, ...extra };
}

describe('meanSlotTime()', () => {
  it('is the handle time without a session, and E[k] turns plus the gaps between them when the slot is held', () => {
    expect(meanSlotTime(100, undefined)).toBe(100);
    // 3 turns of 100 s and 2 gaps of 60 s.
    expect(meanSlotTime(100, session(3, 'held'))).toBe(420);
    // A context loss only counts when the slot is released.
    expect(meanSlotTime(100, session(3, 'held', { contextLoss: deterministic({ value: 30 }) }))).toBe(420);
  });

  it('counts no gaps when the slot is released, but the context loss of each later turn', () => {
    expect(meanSlotTime(100, session(3, 'released'))).toBe(300);
    expect(meanSlotTime(100, session(3, 'released', { contextLoss: deterministic({ value: 30 }) }))).toBe(360);
  });

  it('counts at least one turn', () => {
    expect(meanSlotTime(100, session(0.5, 'held'))).toBe(100);
    expect(meanSlotTime(100, session(0.5, 'released', { contextLoss: deterministic({ value: 30 }) }))).toBe(100);
  });
});

describe('meanWrapUpsPerSession()', () => {
  it('is E[k] − 1 only for a released session with a wrap-up per turn', () => {
    expect(meanWrapUpsPerSession(undefined)).toBe(0);
    expect(meanWrapUpsPerSession(session(4, 'released', { wrapUpPerTurn: true }))).toBe(3);
    expect(meanWrapUpsPerSession(session(4, 'released', { wrapUpPerTurn: false }))).toBe(0);
    expect(meanWrapUpsPerSession(session(4, 'released'))).toBe(0);
    expect(meanWrapUpsPerSession(session(4, 'held', { wrapUpPerTurn: true }))).toBe(0);
    expect(meanWrapUpsPerSession(session(0.5, 'released', { wrapUpPerTurn: true }))).toBe(0);
  });
});

describe('usesSessionExtras()', () => {
  it('is true for any of the later options, each alone', () => {
    expect(usesSessionExtras(session(2, 'released'))).toBe(false);
    expect(usesSessionExtras(session(2, 'released', { stickyWait: 0, wrapUpPerTurn: false }))).toBe(false);
    expect(usesSessionExtras(session(2, 'released', { stickyWait: 30 }))).toBe(true);
    expect(usesSessionExtras(session(2, 'released', { contextLoss: deterministic({ value: 5 }) }))).toBe(true);
    expect(usesSessionExtras(session(2, 'released', { replyPatience: deterministic({ value: 5 }) }))).toBe(true);
    expect(usesSessionExtras(session(2, 'released', { wrapUpPerTurn: true }))).toBe(true);
  });
});

describe('intervalIndex()', () => {
  it('gives the interval of the day of an arrival, the last entry past the list', () => {
    const p = { intervalLength: 1800, period: 86_400, handleTime: null, patience: null };
    expect(intervalIndex(p, 3, 0)).toBe(0);
    expect(intervalIndex(p, 3, 1799)).toBe(0);
    expect(intervalIndex(p, 3, 1800)).toBe(1);
    expect(intervalIndex(p, 3, 3600)).toBe(2);
    expect(intervalIndex(p, 3, 5400)).toBe(2);
    // The next day starts again.
    expect(intervalIndex(p, 3, 86_400 + 1800)).toBe(1);
  });
});

describe('slot tables of sessions and suspensions', () => {
  it('grow to the contact table’s capacity, or just past the slot, keeping what they hold', () => {
    const sessions = new SessionTable();
    sessions.turns[5] = 3;
    sessions.awayTime[5] = 12.5;
    sessions.ensure(255, 1000);
    expect(sessions.turns.length).toBe(256);
    sessions.ensure(256, 1000);
    for (const col of [sessions.turns, sessions.done, sessions.stopped, sessions.abandoned, sessions.lastAgent, sessions.awayTime, sessions.awaySince, sessions.firstQueuedAt]) {
      expect(col.length).toBe(1000);
    }
    expect([sessions.turns[5], sessions.awayTime[5]]).toEqual([3, 12.5]);
    sessions.ensure(1500, 1200);
    expect(sessions.done.length).toBe(1501);

    const slots = new SuspensionSlots();
    slots.workLeft[7] = 4.25;
    slots.count[7] = 2;
    slots.ensure(255, 600);
    expect(slots.count.length).toBe(256);
    slots.ensure(256, 600);
    for (const col of [slots.dueAt, slots.workLeft, slots.suspendedAt, slots.suspendedTotal, slots.count, slots.gap, slots.pending]) expect(col.length).toBe(600);
    expect([slots.workLeft[7], slots.count[7]]).toEqual([4.25, 2]);
    slots.ensure(700, 300);
    expect(slots.gap.length).toBe(701);
  });
});
