import { describe, expect, it } from 'vitest';
import type { AgentTable } from '../../src/model/agent-table';
import { ContactInt, ContactReal, ContactTable } from '../../src/model/contact-table';
import type { ModelDefinition, OverflowStepDefinition } from '../../src/model/definition';
import { OverflowRules } from '../../src/model/overflow';

const step = (after: number, groups: number[]): OverflowStepDefinition => ({ after, groups, protection: {} });

/** A contact table holding one contact (slot 0) of `type`, queued at `queuedAt`. */
function oneContact(type: number, queuedAt: number): ContactTable {
  const contacts = new ContactTable(1);
  const c = contacts.allocate();
  contacts.ints[c * ContactInt.stride + ContactInt.type] = type;
  contacts.reals[c * ContactReal.stride + ContactReal.queuedAt] = queuedAt;
  return contacts;
}

/**
 * Three groups; type 0 has no steps, type 1 has the steps below. Group 2 lacks type 1's skills
 * (`qualified` says no), so listing it in a step changes nothing. One contact (slot 0) of type
 * `type`, queued at 100 s; the clock reads `now`.
 */
function rules(type: number, now: number): OverflowRules {
  const model = {
    agentGroups: [{ id: 0 }, { id: 1 }, { id: 2 }],
    contactTypes: [
      { id: 0, overflow: null },
      { id: 1, overflow: [step(0, [0]), step(0, [0, 1]), step(30, [2, 1]), step(60, [2])] },
    ],
  } as unknown as ModelDefinition;
  const qualified = (t: number, g: number): boolean => !(t === 1 && g === 2);
  const contacts = oneContact(type, 100);
  const agents = { group: Int32Array.of(0, 1, 2), groupOnDuty: Int32Array.of(1, 1, 1), poolCount: () => 1 } as unknown as AgentTable;
  return new OverflowRules(model, qualified, contacts, agents, Int32Array.of(3, 5), Int32Array.of(0, 0), { now });
}

describe('OverflowRules', () => {
  it('puts each qualified group in the first step that lists it, and no unqualified one', () => {
    const r = rules(1, 0);
    // Type 0 (no steps): every qualified group at step 0. Type 1: group 0 at 0, group 1 at 1 (not 2), group 2 nowhere.
    expect(Array.from(r.stepOf)).toEqual([0, 0, 0, 0, 1, -1]);
    expect(r.hasSteps(0)).toBe(false);
    expect(r.hasSteps(1)).toBe(true);
  });

  it('counts in a group’s own queue only the types it serves as a primary group', () => {
    const r = rules(1, 0);
    // Waiting: 3 of type 0, 5 of type 1. Group 0 is primary for both, group 1 for type 0 only (an overflow step of type 1), group 2 for type 0.
    expect([r.targetQueue(0), r.targetQueue(1), r.targetQueue(2)]).toEqual([8, 3, 3]);
  });

  it('gives step 0 for a type without steps and -1 for a group that may not serve it', () => {
    expect([rules(0, 0).groupStepFor(0, 0), rules(0, 0).stepFor(1, 0)]).toEqual([0, 0]);
    expect(rules(1, 0).groupStepFor(2, 0)).toBe(-1);
    expect(rules(1, 0).stepFor(0, 0)).toBe(0);
  });

  it('opens a step once the wait has reached its `after`', () => {
    // Group 1 is in step 1 (after 0): open at once for the contact queued at 100.
    expect(rules(1, 100).groupStepFor(1, 0)).toBe(1);
  });

  it('finds the next step that opens later, skipping steps open from the start', () => {
    const r = rules(1, 0);
    expect(r.nextOpening(1, 100, 0)).toEqual({ time: 130, step: 2 });
    expect(r.nextOpening(1, 100, 2)).toEqual({ time: 160, step: 3 });
    expect(r.nextOpening(1, 100, 3)).toEqual({ time: Infinity, step: -1 });
    expect(r.nextOpening(0, 100, 0)).toEqual({ time: Infinity, step: -1 });
  });
});

/**
 * Type 0 overflows from group 0 to group 1 after 10 s under `protection`; type 1 (no steps) is
 * group 1's own work. One contact (slot 0) of type 0 queued at 0; `waiting` per type; group 1 has
 * `pool` free agents, 4 on duty and `load` overflow contacts in hand.
 */
function protectedStep(protection: OverflowStepDefinition['protection'], o: { now?: number; waiting?: [number, number]; pool?: number; load?: number } = {}): number {
  const model = {
    agentGroups: [{ id: 0 }, { id: 1 }],
    contactTypes: [
      { id: 0, overflow: [step(0, [0]), { after: 10, groups: [1], protection }] },
      { id: 1, overflow: null },
    ],
  } as unknown as ModelDefinition;
  const qualified = (t: number, g: number): boolean => t === 0 || g === 1;
  const contacts = oneContact(0, 0);
  const agents = { group: Int32Array.of(0, 1), groupOnDuty: Int32Array.of(1, 4), poolCount: (g: number) => (g === 1 ? (o.pool ?? 4) : 0) } as unknown as AgentTable;
  const r = new OverflowRules(model, qualified, contacts, agents, Int32Array.from(o.waiting ?? [1, 0]), Int32Array.of(0, 0), { now: o.now ?? 10 });
  r.overflowLoad[1] = o.load ?? 0;
  return r.groupStepFor(1, 0);
}

describe('OverflowRules protection', () => {
  it('keeps the step closed before its `after`', () => {
    expect([protectedStep({}, { now: 9.5 }), protectedStep({}, { now: 10 })]).toEqual([-1, 1]);
  });

  it('maxTargetQueue: opens while the target’s own queue is below it (the source’s contacts do not count)', () => {
    expect(protectedStep({ maxTargetQueue: 2 }, { waiting: [9, 1] })).toBe(1);
    expect(protectedStep({ maxTargetQueue: 2 }, { waiting: [9, 2] })).toBe(-1);
  });

  it('minSourceQueue: opens once the source has that many waiting', () => {
    expect(protectedStep({ minSourceQueue: 2 }, { waiting: [1, 0] })).toBe(-1);
    expect(protectedStep({ minSourceQueue: 2 }, { waiting: [2, 0] })).toBe(1);
  });

  it('reserveAgents: opens while more free agents than the reserve remain', () => {
    expect(protectedStep({ reserveAgents: 1 }, { pool: 2 })).toBe(1);
    expect(protectedStep({ reserveAgents: 1 }, { pool: 1 })).toBe(-1);
  });

  it('maxShare: opens while one more overflow contact stays within the share of the agents on duty', () => {
    // Half of 4 agents: the second overflow contact may start (1 + 1 ≤ 2), the third may not.
    expect(protectedStep({ maxShare: 0.5 }, { load: 1 })).toBe(1);
    expect(protectedStep({ maxShare: 0.5 }, { load: 2 })).toBe(-1);
  });
});
