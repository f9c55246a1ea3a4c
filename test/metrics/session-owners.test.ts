import { describe, expect, it } from 'vitest';
import type { ModelDefinition } from '../../src/model/definition';
import { SessionOwners } from '../../src/metrics/session-owners';
import { simulateModel } from '../../src/run/simulate';
import { expectConsistentResult } from '../support/result-checks';
import { twoGroupCenter } from '../support/two-group-messaging';

describe('messaging sessions in the agent metrics', () => {
  it('a session answered by one group and ended by another counts answered and served at the first', () => {
    // Turn 1: agent first#0, 0–100. The reply at 150, not sticky, goes to the longest idle agent:
    // second#0 (idle since 0), 150–250. The session counts answered and served, with its 200 s of
    // work, at 'first' (site north); 'second' only gets the 100 s of its turn in its busy time.
    const model = twoGroupCenter({});
    const result = simulateModel(model, { checkInvariants: true, metrics: { perAgent: true } });
    expectConsistentResult(result, model);
    const [first, second] = result.byAgentGroup;
    expect(first).toMatchObject({ name: 'first', answered: 1, served: 1, meanHandleTime: 200 });
    expect(second).toMatchObject({ name: 'second', answered: 0, served: 0, meanHandleTime: null });
    expect(result.bySite.map((s) => [s.name, s.answered, s.served])).toEqual([
      ['north', 1, 1],
      ['south', 0, 0],
    ]);
    expect(result.byAgent!.map((a) => [a.name, a.answered, a.served, a.resolved])).toEqual([
      ['first#0', 1, 1, 1],
      ['second#0', 0, 0, 0],
    ]);
    // Busy time stays where the work was done: 100 s each over the 1000 s horizon on duty.
    expect(first!.occupancy).toBeCloseTo(100 / 1000, 12);
    expect(second!.occupancy).toBeCloseTo(100 / 1000, 12);
  });
});

describe('SessionOwners', () => {
  /** Types: 0 plain, 1 sessions holding the slot, 2 sessions releasing it. */
  function modelOf(gaps: readonly ('held' | 'released' | null)[]): ModelDefinition {
    const base = twoGroupCenter({});
    const type = base.contactTypes[0]!;
    return {
      ...base,
      contactTypes: gaps.map((gap, id) => {
        const { session, ...plain } = type;
        return gap === null ? { ...plain, id } : { ...plain, id, session: { ...session!, slotDuringGap: gap } };
      }),
    };
  }

  it('is built only when some type releases the slot between turns', () => {
    expect(SessionOwners.of(modelOf([null, 'held']))).toBeNull();
    expect(SessionOwners.of(modelOf([null, 'held', 'released']))).toBeInstanceOf(SessionOwners);
  });

  it('counts a released session at its first turn’s agent and every other contact at the agent ending it', () => {
    const owners = SessionOwners.of(modelOf([null, 'held', 'released']))!;
    owners.answered(3, 2, 7);
    owners.answered(4, 1, 8); // a held session: not tracked
    owners.answered(5, 0, 9); // a plain contact: not tracked
    expect([owners.ownerOf(3, 2, 1), owners.ownerOf(4, 1, 2), owners.ownerOf(5, 0, 3)]).toEqual([7, 2, 3]);
  });

  it('keeps the owners of contact slots past its first 256: just past, and at twice the grown slots', () => {
    const owners = SessionOwners.of(modelOf(['released']))!;
    owners.answered(255, 0, 1);
    owners.answered(256, 0, 2); // the first slot past the 256: grows to 512
    owners.answered(1024, 0, 3); // exactly twice 512: needs 1025 slots, more than doubling gives
    owners.answered(1000, 0, 4); // inside
    expect([255, 256, 1024, 1000].map((c) => owners.ownerOf(c, 0, -1))).toEqual([1, 2, 3, 4]);
  });
});

