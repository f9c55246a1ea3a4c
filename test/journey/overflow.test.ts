import { describe, expect, it } from 'vitest';
import type { ContactTypeDefinition, ModelDefinition, OverflowProtection } from '../../src/model/definition';
import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';
import { deterministic } from '../../src/random/distributions/deterministic';
import { simulateModel } from '../../src/run/simulate';
import { journeyModel } from './journey-model';

/** Type 0 served by group 'primary' (1 agent), overflowing after 30 s to group 'outsourcer'. */
function overflowModel(times: number[], outsourcerAgents: number, protection: OverflowProtection = {}, ownTimes: number[] = []): ModelDefinition {
  const base = journeyModel({ arrivals: { kind: 'trace', times } });
  const type = base.contactTypes[0]!;
  const own: ContactTypeDefinition = { ...type, id: 1, name: 'own', arrivals: { kind: 'trace', times: ownTimes }, overflow: [{ after: 0, groups: [1], protection: {} }] };
  const group = base.agentGroups[0]!;
  return {
    ...base,
    contactTypes: [
      { ...type, overflow: [{ after: 0, groups: [0], protection: {} }, { after: 30, groups: [1], protection }] },
      own,
    ],
    agentGroups: [
      { ...group, name: 'primary' },
      { ...group, id: 1, name: 'outsourcer', site: 0, staffing: { kind: 'constant', agents: outsourcerAgents } },
    ],
  };
}

/** Records which group served each contact, and when. */
class Served implements ContactCenterObserver {
  log: string[] = [];
  private v!: ContactCenterView;
  attach(view: ContactCenterView): void {
    this.v = view;
  }
  onServiceStart(c: number, agent: number): void {
    const v = this.v;
    this.log.push(`#${v.contactSerial(c)}@${v.now} ${v.model.agentGroups[v.agentGroup(agent)]!.name}`);
  }
}

function served(model: ModelDefinition): string[] {
  const rec = new Served();
  simulateModel(model, { observers: [rec], checkInvariants: true });
  return rec.log;
}

describe('overflow with protection', () => {
  it('offers a waiting contact to the overflow group once the step opens', () => {
    expect(served(overflowModel([0, 1], 1))).toEqual(['#0@0 primary', '#1@31 outsourcer']);
  });

  it('keeps the reserved agents of the target free for its own work', () => {
    // Two outsourcer agents, one reserved: only one overflow contact at a time.
    const log = served(overflowModel([0, 1, 2], 2, { reserveAgents: 1 }));
    expect(log).toEqual(['#0@0 primary', '#1@31 outsourcer', '#2@100 primary']);
  });

  it('does not overflow while the target has its own queue at the threshold', () => {
    // Outsourcer: own contacts at 0 (served 0–100) and 50 (waiting). Source: #1 at 5 (primary),
    // #2 at 6 waits; its step opens at 36. At 100 the outsourcer frees up: #2 has waited longest,
    // but with the protection the outsourcer serves its own contact first.
    const unprotected = served(overflowModel([5, 6], 1, {}, [0, 50]));
    expect(unprotected).toEqual(['#0@0 outsourcer', '#1@5 primary', '#2@100 outsourcer', '#3@200 outsourcer']);
    const protectedLog = served(overflowModel([5, 6], 1, { maxTargetQueue: 1 }, [0, 50]));
    expect(protectedLog).toEqual(['#0@0 outsourcer', '#1@5 primary', '#3@100 outsourcer', '#2@105 primary']);
  });

  it('shares only under real overload: the source queue must reach its threshold', () => {
    // Contact #1 alone in the queue (source queue 1 < 2): no overflow at 31; it waits for the primary group.
    expect(served(overflowModel([0, 1], 1, { minSourceQueue: 2 }))).toEqual(['#0@0 primary', '#1@100 primary']);
    // With two waiting (#1, #2) the step opens at 31 for #1.
    expect(served(overflowModel([0, 1, 2], 1, { minSourceQueue: 2 })).slice(0, 2)).toEqual(['#0@0 primary', '#1@31 outsourcer']);
  });

  it('caps the share of the target the overflow may take', () => {
    // Four outsourcer agents, at most half for overflow: #1 and #2 overflow, #3 does not.
    const log = served(overflowModel([0, 1, 2, 3], 4, { maxShare: 0.5 }));
    expect(log).toEqual(['#0@0 primary', '#1@31 outsourcer', '#2@32 outsourcer', '#3@100 primary']);
  });

  it('gives a free agent to one contact only when two steps open at the same instant (first scheduled first)', () => {
    // Two source types overflow to the same single outsourcer agent at exactly t = 31.
    const base = overflowModel([0, 1], 1);
    const type0 = base.contactTypes[0]!;
    const twin: ContactTypeDefinition = { ...type0, id: 2, name: 'twin', arrivals: { kind: 'trace', times: [0, 1] } };
    const model: ModelDefinition = {
      ...base,
      contactTypes: [...base.contactTypes, twin],
      agentGroups: base.agentGroups.map((g) => (g.id === 0 ? { ...g, staffing: { kind: 'constant' as const, agents: 2 } } : g)),
    };
    const log = served(model);
    // Both primaries busy from 0; at 31 both #2 (type 0) and #3 (twin) reach the overflow step:
    // the one queued first (#2 at 1, scheduled before #3) takes the single outsourcer agent.
    expect(log.filter((l) => l.includes('@31'))).toEqual(['#2@31 outsourcer']);
    expect(log.filter((l) => l.startsWith('#3'))).toEqual(['#3@100 primary']);
  });

  it('never lets overflow take a reserved agent over many random arrivals', () => {
    const model = overflowModel([], 3, { reserveAgents: 2 });
    const busy = { ...model, contactTypes: model.contactTypes.map((t) => (t.id === 0 ? { ...t, arrivals: { kind: 'poisson' as const, rate: 1 / 20 } } : t)) };
    let maxOverflowLoad = 0;
    const watch: ContactCenterObserver & { v?: ContactCenterView } = {
      attach(view) {
        this.v = view;
      },
      onServiceStart(c, agent) {
        const v = this.v!;
        if (v.contactOverflowStep(c) > 0) {
          let load = 0;
          for (let a = 0; a < v.agentCount; a++) if (v.agentGroup(a) === v.agentGroup(agent)) load += v.agentLoad(a);
          maxOverflowLoad = Math.max(maxOverflowLoad, load);
        }
      },
    };
    const r = simulateModel({ ...busy, horizon: 86_400 }, { observers: [watch], checkInvariants: true });
    expect(r.byAgentGroup[1]!.answered).toBeGreaterThan(100);
    expect(maxOverflowLoad).toBe(1);
  });
});

describe('overflow metrics', () => {
  it('counts contacts and waits per step', () => {
    const r = simulateModel(overflowModel([0, 1, 2], 1), { checkInvariants: true });
    const o = r.overflow.find((x) => x.name === 'calls')!;
    // #0 primary at 0 (wait 0); #1 outsourcer at 31 (wait 30); #2 primary at 100 (wait 98).
    expect(o.steps.map((s) => [s.step, s.answered, s.meanWait])).toEqual([
      [0, 2, 49],
      [1, 1, 30],
    ]);
    expect(o.steps[1]!.groups).toEqual(['outsourcer']);
    expect(o.overflowShare).toBeCloseTo(1 / 3, 12);
  });
});

describe('overflow metrics with the source-overload condition', () => {
  it('counts every overflowed contact under its step (the condition counts the contact itself)', () => {
    // #1 and #2 wait (source queue 2 = threshold); at 31 #1 overflows while both still wait.
    const r = simulateModel(overflowModel([0, 1, 2], 1, { minSourceQueue: 2 }), { checkInvariants: true });
    const o = r.overflow.find((x) => x.name === 'calls')!;
    const total = o.steps.reduce((a, s) => a + s.answered, 0);
    expect(total).toBe(r.byContactType[0]!.answered);
    expect(o.steps[1]!.answered).toBe(1);
  });
});
