import { describe, expect, it } from 'vitest';
import { ContactCenterEngine } from '../../src/model/engine';
import type { RoutingPolicy } from '../../src/model/routing-policy';
import type { ContactCenterView } from '../../src/model/view';
import { RandomStreams } from '../../src/random/streams';
import { PolicyRegistry } from '../../src/routing/registry';
import { freeAgentInGroup } from '../../src/routing/selectors';
import { resolveScenario } from '../../src/scenario/resolve';
import type { ScenarioInput } from '../../src/scenario/schema';

/**
 * `groupMayServe` lets `freeAgentInGroup` give up on an overflow group whose step is not open
 * (the wait has not reached it, or its protection holds it closed) without walking the group's
 * free pool, which at scale held most of the cost of a routing decision. Checked inside real runs:
 * at every decision, for every eligible group, against a brute-force walk of the whole pool.
 */
const center: ScenarioInput = {
  name: 'overflow with protection',
  horizon: '8h',
  skills: ['support', 'sales'],
  contactTypes: [
    {
      name: 'support',
      channel: 'voice',
      skills: { support: 1 },
      handleTime: { kind: 'exponential', mean: 240 },
      patience: { kind: 'exponential', mean: 300 },
      arrivals: { rate: '75/h' },
      overflow: { primary: ['front'], steps: [{ after: '20s', groups: ['back'], protect: { targetQueueBelow: 2 } }] },
    },
    {
      name: 'sales',
      channel: 'voice',
      skills: { sales: 1 },
      handleTime: { kind: 'exponential', mean: 240 },
      patience: { kind: 'exponential', mean: 300 },
      arrivals: { rate: '45/h' },
    },
  ],
  agentGroups: [
    { name: 'front', agents: 4, skills: { support: 1 } },
    { name: 'back', agents: 6, skills: { support: 1, sales: 1 } },
  ],
} as ScenarioInput;

/** Every free agent of `group` (its whole pool, in order) who can serve `contact`. */
function servableByWalk(view: ContactCenterView, contact: number, group: number): number[] {
  const channel = view.contactChannel(contact);
  const out: number[] = [];
  for (let a = view.freeAgentHead(group, channel); a >= 0; a = view.freeAgentNext(a, channel)) if (view.canServe(a, contact)) out.push(a);
  return out;
}

describe('freeAgentInGroup() with overflow steps', () => {
  it('finds what a walk of the whole pool finds, and walks no pool of a group that may not serve', () => {
    const registry = PolicyRegistry.withBuiltIns();
    const model = resolveScenario(center, { knownPolicies: registry.names() });
    const streams = new RandomStreams(7).substreams('replication', 0);
    const inner = registry.create(model.routing, { model, random: streams.stream('routing') });
    const seen = { closedWithFreeAgents: 0, openAndServed: 0, decisions: 0 };
    const check = (contact: number, view: ContactCenterView): void => {
      seen.decisions++;
      for (const group of view.eligibleGroups(view.contactType(contact))) {
        const walk = servableByWalk(view, contact, group);
        const mayServe = view.groupMayServe(group, contact);
        if (!mayServe) expect(walk).toEqual([]); // the contract: no agent of such a group can serve
        let steps = 0;
        const counting = Object.create(view) as ContactCenterView;
        counting.freeAgentNext = (a, ch) => (steps++, view.freeAgentNext(a, ch));
        const found = freeAgentInGroup(counting, contact, group);
        expect(found).toBe(walk[0] ?? -1);
        if (!mayServe) {
          expect(steps).toBe(0);
          if (view.freeAgentHead(group, view.contactChannel(contact)) >= 0) seen.closedWithFreeAgents++;
        } else if (found >= 0) seen.openAndServed++;
      }
    };
    const policy: RoutingPolicy = {
      selectAgent: (contact, view) => (check(contact, view), inner.selectAgent(contact, view)),
      selectContact: (agent, view) => inner.selectContact(agent, view),
    };
    new ContactCenterEngine(model, { streams, policy, observers: [] }).run();
    expect(seen.decisions).toBeGreaterThan(500);
    // Both cases happen: an overflow group with free agents held closed, and groups that serve.
    expect(seen.closedWithFreeAgents).toBeGreaterThan(50);
    expect(seen.openAndServed).toBeGreaterThan(50);
  });
});
