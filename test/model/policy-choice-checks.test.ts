import { describe, expect, it } from 'vitest';
import { ContactState } from '../../src/model/contact-table';
import type { RoutingPolicy } from '../../src/model/routing-policy';
import type { ContactCenterView } from '../../src/model/view';
import { PolicyRegistry } from '../../src/routing/registry';
import { firstContactInDefaultOrder, firstFreeAgentInOrder } from '../../src/routing/selectors';
import { simulate } from '../../src/run/simulate';

/**
 * The engine's promise: a policy only chooses, and the engine refuses a choice it cannot carry out
 * (so no policy can double-book an agent or serve a contact twice). Each broken policy below makes
 * one wrong choice; the run must stop with the engine's error, not go on with corrupt state.
 */

const scenario = (channel: 'voice' | 'chat' = 'voice') => ({
  name: 'choice checks',
  horizon: '1h',
  skills: ['s', 't'],
  contactTypes: [
    { name: 'a', channel, skills: { s: 1 }, handleTime: { kind: 'deterministic', value: '5m' }, arrivals: { trace: [0, 1, 2, 3, 4, 5, 6] } },
    { name: 'b', channel, skills: { t: 1 }, handleTime: { kind: 'deterministic', value: '5m' }, arrivals: { trace: [10] } },
  ],
  agentGroups: [
    { name: 'only-s', skills: { s: 1 }, agents: 2, ...(channel === 'chat' ? { channels: { chat: 2 } } : {}) },
    { name: 'only-t', skills: { t: 1 }, agents: 1, ...(channel === 'chat' ? { channels: { chat: 1 } } : {}) },
  ],
  routing: { policy: 'broken' },
});

const sensible = (view: ContactCenterView, contact: number): number =>
  firstFreeAgentInOrder(view, contact, view.eligibleGroups(view.contactType(contact)));
const sensibleContact = (view: ContactCenterView, agent: number): number =>
  firstContactInDefaultOrder(view, agent, view.servedQueues(view.agentGroup(agent)));

function runWith(policy: RoutingPolicy, channel: 'voice' | 'chat' = 'voice') {
  const policies = PolicyRegistry.withBuiltIns().register('broken', () => policy);
  return () => simulate(scenario(channel) as never, { seed: 1, policies, checkInvariants: true });
}

describe('the engine checks every routing choice', () => {
  it('runs a sensible policy built from the same selectors (the baseline of the cases below)', () => {
    const result = runWith({ selectAgent: (c, v) => sensible(v, c), selectContact: (a, v) => sensibleContact(v, a) })();
    expect(result.overall.served).toBe(8);
  });

  it('refuses an agent number out of range', () => {
    const run = runWith({ selectAgent: (_c, v) => v.agentCount, selectContact: (a, v) => sensibleContact(v, a) });
    expect(run).toThrow(/routing policy 'broken' chose agent 3 for contact \d+, but that agent cannot serve it now/);
  });

  it('refuses an agent without the skill', () => {
    // Agent 2 (only-t) lacks skill s: offered type a, it is not eligible.
    const run = runWith({ selectAgent: () => 2, selectContact: (a, v) => sensibleContact(v, a) });
    expect(run).toThrow(/chose agent 2 for contact 0, but that agent cannot serve it now/);
  });

  it('refuses to double-book an agent already on a call', () => {
    // Always agent 0: the first call is fine, the second arrives while agent 0 is on it.
    const run = runWith({ selectAgent: () => 0, selectContact: (a, v) => sensibleContact(v, a) });
    expect(run).toThrow(/chose agent 0 for contact \d+, but that agent cannot serve it now/);
  });

  it('refuses a third chat for an agent whose concurrency is two', () => {
    const run = runWith({ selectAgent: () => 0, selectContact: (a, v) => sensibleContact(v, a) }, 'chat');
    // Three chats of type a arrive at 0, 1 and 2 while agent 0 holds the first two.
    expect(run).toThrow(/chose agent 0 for contact 2, but that agent cannot serve it now/);
  });

  it('refuses, for a free agent, a contact that is not waiting', () => {
    // Leave every contact waiting; when an agent frees up, offer it the contact it just served.
    let served = -1;
    const run = runWith({
      selectAgent: (c, v) => {
        const agent = sensible(v, c);
        if (agent >= 0 && served < 0) served = c;
        return agent;
      },
      selectContact: () => served,
    });
    expect(run).toThrow(/chose contact \d+ for agent \d+, but that contact is not waiting or the agent cannot serve it/);
  });

  it('refuses, for a free agent, a waiting contact it cannot serve', () => {
    // Agent 2 (only-t) serves the type-b call from 10 s to 310 s; when it frees up, calls of type a
    // are still waiting (agents 0 and 1 hold two each in turn): offer it the first of them.
    const run = runWith({
      selectAgent: (c, v) => sensible(v, c),
      selectContact: (agent, v) => (v.agentGroup(agent) === 1 ? v.queueHead(v.queueOf(0, 0)) : sensibleContact(v, agent)),
    });
    expect(run).toThrow(/chose contact \d+ for agent 2, but that contact is not waiting or the agent cannot serve it/);
  });
  it('refuses, for a free agent, a contact in service with another agent', () => {
    // Calls #0 (agent 0) and #1 (agent 1) start at 0 and 1 s; at 300 s agent 0 puts #0 down and
    // the policy offers it #1, which agent 0 could serve were it waiting.
    const started: number[] = [];
    const run = runWith({
      selectAgent: (c, v) => {
        const agent = sensible(v, c);
        if (agent >= 0) started.push(c);
        return agent;
      },
      selectContact: (agent, v) => started.find((c) => v.contactState(c) === ContactState.inService && v.contactAgent(c) !== agent) ?? sensibleContact(v, agent),
    });
    expect(run).toThrow(/chose contact 1 for agent 0, but that contact is not waiting or the agent cannot serve it/);
  });

  it('asks for work only while the agent has free capacity', () => {
    // Chats: agents 0 and 1 take two each (0-3 s), three wait; at 300 s agent 0 puts chat #0 down
    // and takes one waiting chat, which fills it again: the policy must not be asked once more.
    const full: string[] = [];
    const policy: RoutingPolicy = {
      selectAgent: (c, v) => sensible(v, c),
      selectContact: (agent, v) => {
        if (v.agentLoad(agent, 1) >= 2) full.push(`agent ${agent} holding ${v.agentLoad(agent, 1)} chats at ${v.now}`);
        return sensibleContact(v, agent);
      },
    };
    const result = runWith(policy, 'chat')();
    expect(full).toEqual([]);
    expect(result.overall.served).toBe(8);
  });
});
