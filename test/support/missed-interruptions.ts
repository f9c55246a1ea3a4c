import { VOICE } from '../../src/model/channel';
import { ContactState } from '../../src/model/contact-table';
import type { ModelDefinition } from '../../src/model/definition';
import { ContactCenterEngine } from '../../src/model/engine';
import type { ContactCenterObserver } from '../../src/model/observer';
import { EventPriority } from '../../src/core/priority';
import { RandomStreams } from '../../src/random/streams';
import { PolicyRegistry } from '../../src/routing/registry';

/**
 * An independent check of the interruption rule "a waiting call takes an agent the moment it
 * becomes interruptible" (docs/channels.md): after every instant at which something happened (a
 * probe event scheduled at that instant, after every other event of it), no call that is not a
 * callback attempt waits while an agent exists that it could interrupt: an agent of a group with a
 * rule that takes calls, logged on and not leaving, holding at least one contact, every one in
 * service (a held messaging session in its reply gap counts as in service) and of a channel its
 * group lets a call suspend, eligible for the call with its group's overflow step open.
 * Computed from the state and the view only, not from the interruption code.
 *
 * @module
 */

/** What {@link probeMissedInterruptions} saw. */
export interface ProbeReport {
  /** Instants checked. */
  readonly probes: number;
  /** Checks at which some agent was interruptible. */
  readonly withInterruptible: number;
  /** The first missed interruption found, described, or null. */
  readonly missed: string | null;
}

/** Runs `model` once (seed, replication 0) with the probe; returns what it saw. */
export function probeMissedInterruptions(model: ModelDefinition, seed: number): ProbeReport {
  const streams = new RandomStreams(seed).substreams('replication', 0);
  const policy = PolicyRegistry.withBuiltIns().create(model.routing, { model, random: streams.stream('routing') });
  let probes = 0;
  let withInterruptible = 0;
  let missed: string | null = null;
  let pendingAt = -1;
  const observer: ContactCenterObserver = {};
  const engine = new ContactCenterEngine(model, { streams, policy, observers: [observer] });
  const { sim, state } = engine;
  const probe = sim.defineEvent('missed-interruption-probe', () => {
    pendingAt = -1;
    probes++;
    const agents = interruptibleAgents(model, state);
    if (agents.length > 0) withInterruptible++;
    if (missed !== null || agents.length === 0) return;
    for (let c = 0; c < state.contacts.capacity; c++) {
      if (state.contactState(c) !== ContactState.waiting || state.contactChannel(c) !== VOICE || state.contactCallback(c) !== 0) continue;
      const a = agents.find((agent) => state.isEligible(agent, c) && state.groupMayServe(state.agentGroup(agent), c));
      if (a !== undefined) missed = `at ${sim.now}: call slot ${c} (waiting since ${state.contactQueuedAt(c)}) could interrupt agent ${a}`;
    }
  });
  const touch = (): void => {
    if (pendingAt === sim.now) return;
    pendingAt = sim.now;
    sim.schedule(0, probe, 0, EventPriority.observe + 5);
  };
  observer.onAgentChange = touch;
  observer.onArrival = touch;
  observer.onQueued = touch;
  observer.onSessionGap = touch;
  observer.onSessionTurn = touch;
  engine.run();
  return { probes, withInterruptible, missed };
}

/** The agents a call could interrupt now (see the module description). */
function interruptibleAgents(model: ModelDefinition, state: ContactCenterEngine['state']): number[] {
  const inService = new Map<number, number>();
  const other = new Set<number>();
  for (let c = 0; c < state.contacts.capacity; c++) {
    const s = state.contactState(c);
    const a = state.contactAgent(c);
    if (a < 0 || (s !== ContactState.inService && s !== ContactState.wrapUp && s !== ContactState.dialing && s !== ContactState.suspended)) continue;
    const rule = model.agentGroups[state.agentGroup(a)]!.interruptions;
    if (s === ContactState.inService && rule !== undefined && rule.suspends.includes(state.contactChannel(c))) inService.set(a, (inService.get(a) ?? 0) + 1);
    else other.add(a);
  }
  const out: number[] = [];
  for (const [a, n] of inService) {
    const g = model.agentGroups[state.agentGroup(a)]!;
    if (other.has(a) || (g.concurrency[VOICE] ?? 0) === 0 || !state.agentAvailable(a)) continue;
    if (n === state.agentLoad(a) && state.agentLoad(a, VOICE) === 0) out.push(a);
  }
  return out;
}
