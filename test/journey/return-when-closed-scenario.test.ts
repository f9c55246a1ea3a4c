import { describe, expect, it } from 'vitest';
import { isOnlineChannel } from '../../src/model/channel';
import type { ModelDefinition, ReturnWhenClosed } from '../../src/model/definition';
import type { ContactCenterObserver } from '../../src/model/observer';
import { staffingSteps, type StaffingSteps } from '../../src/model/staffing-plan';
import type { ContactCenterView } from '../../src/model/view';
import { simulateModel } from '../../src/run/simulate';
import { readScenarioFile } from '../../src/scenario/load-file';
import { resolveScenario } from '../../src/scenario/resolve';

/** Agents planned on duty at `t` by a step function (a linear scan: independent of the engine's search). */
function plannedAt(steps: StaffingSteps, t: number): number {
  let n = 0;
  for (let i = 0; i < steps.times.length && (steps.times[i] as number) <= t; i++) n = steps.agents[i] as number;
  return n;
}

/** Returning (attempt > 1) contacts that arrive while nobody who may serve them is planned on duty, by channel kind. */
function closedReturns(model: ModelDefinition, seed: number): { online: number; deferred: number; returns: number } {
  const steps = model.agentGroups.map((g) => staffingSteps(g.staffing, model.horizon));
  const counts = { online: 0, deferred: 0, returns: 0 };
  let view: ContactCenterView | undefined;
  const observer: ContactCenterObserver = {
    attach: (v) => (view = v),
    onArrival: (c) => {
      const v = view!;
      if (v.contactAttempt(c) < 2 || v.contactIsTransfer(c)) return;
      counts.returns++;
      const open = v.eligibleGroups(v.contactType(c)).some((g) => plannedAt(steps[g]!, v.now) > 0);
      if (!open) counts[isOnlineChannel(v.contactChannel(c)) ? 'online' : 'deferred']++;
    },
  };
  simulateModel(model, { seed, observers: [observer], checkInvariants: true });
  return counts;
}

describe('journey.returnWhenClosed on the retail bank over three days', () => {
  const bank = readScenarioFile(new URL('../../examples/retail-bank.yaml', import.meta.url).pathname) as Record<string, any>;
  const model = (returnWhenClosed: ReturnWhenClosed): ModelDefinition =>
    resolveScenario({ ...bank, horizon: '3d', journey: { ...bank.journey, returnWhenClosed } });

  it("'arrive' lets voice and chat customers come back while the lines are closed", () => {
    const c = closedReturns(model('arrive'), 1);
    expect(c.returns).toBeGreaterThan(100);
    expect(c.online).toBeGreaterThan(0);
  });

  it("'next-opening' brings no voice or chat customer back while the lines are closed; e-mails still come", () => {
    for (const seed of [1, 2]) {
      const c = closedReturns(model('next-opening'), seed);
      expect(c.returns).toBeGreaterThan(100);
      expect(c.online).toBe(0);
      expect(c.deferred).toBeGreaterThan(0);
    }
  });
});
