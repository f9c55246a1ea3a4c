import { EventPriority } from '../core/priority';
import type { EventKind, Simulator } from '../core/simulator';
import type { CenterState } from './center-state';
import type { ModelDefinition } from './definition';

/** True when some contact type clears its queue whenever nobody may serve it (`closing: clear-when-unstaffed`). */
export function usesUnstaffedClearing(model: ModelDefinition): boolean {
  // Stryker disable next-line ConditionalExpression: `true` builds the clearing for every model; without a clearing type its list is empty, so it never schedules anything
  return model.contactTypes.some((t) => t.queueExits?.clearWhenUnstaffed === true);
}

/**
 * Clearing a contact type's queue whenever no agent who may serve it is left on duty (scenario
 * `closing: clear-when-unstaffed`, ContactCenters' `Router.setClearWaitingQueues`): at each day's
 * closing in a multi-day run, not only at the horizon. An agent counts while on duty and not
 * leaving: when a shift ends, the agents finishing a contact no longer count, as in the source,
 * where a group's `getNumAgents()` drops at the period change. The check runs when an agent of a
 * group with no such agent left changes (a staffing change, or a leaving agent finishing its
 * contact, the source's two triggers) and clears, at the same instant after the current event
 * (`control` priority), every such type's waiting contacts. Contacts arriving while nobody is on
 * duty wait as usual (they abandon, or are cleared at the next check). The engine creates it only
 * when the model uses the mode, so models without it pay nothing.
 */
export class UnstaffedClearing {
  /** Agents on duty and not leaving, per group. */
  private readonly active: Int32Array;
  /** Whether each agent counted in {@link UnstaffedClearing.active} at its last change. */
  private readonly counted: Uint8Array;
  /** The clearing types each group may serve. */
  private readonly typesOf: readonly number[][];
  private readonly clearing: readonly number[];
  private readonly kClear: EventKind;
  private pending = false;

  /** @param clear - clears every contact of a type waiting now */
  constructor(
    model: ModelDefinition,
    private readonly state: CenterState,
    private readonly sim: Simulator,
    private readonly clear: (type: number) => void,
  ) {
    this.active = new Int32Array(model.agentGroups.length);
    this.counted = new Uint8Array(state.agents.group.length);
    // Stryker disable next-line ArrayDeclaration: a non-numeric entry names no type: nobody waits in it and no group serves it, so clearing it does nothing
    this.clearing = model.contactTypes.flatMap((t, k) => (t.queueExits?.clearWhenUnstaffed === true ? [k] : []));
    this.typesOf = model.agentGroups.map((_, g) => this.clearing.filter((k) => state.eligibleGroups(k).includes(g)));
    // Stryker disable next-line StringLiteral: an event's name is only a label (Simulator.eventName, read by nothing in the engine)
    this.kClear = sim.defineEvent('clear-unstaffed', () => this.clearUnstaffed());
  }

  /** Agent `agent`'s load or duty changed: count it, and check its group's types when its group has nobody left. */
  agentChanged(agent: number): void {
    const agents = this.state.agents;
    const g = agents.group[agent] as number;
    const now = agents.onDuty[agent] === 1 && agents.leaving[agent] === 0 ? 1 : 0;
    if (now !== this.counted[agent]) {
      this.counted[agent] = now;
      this.active[g]! += now === 1 ? 1 : -1;
    }
    // Stryker disable next-line ConditionalExpression,LogicalOperator: with agents left in g, mustClear is false for each of g's types; while a clearing is pending, a second one at the same instant (control priority, right after it) finds those queues empty; only the `events` count changes
    if (this.active[g] !== 0 || this.pending) return;
    const types = this.typesOf[g]!;
    for (let i = 0; i < types.length; i++) {
      if (this.mustClear(types[i]!)) {
        // Stryker disable next-line BooleanLiteral: a second clearing event at the same instant (control priority, right after the first) finds the queues it would clear empty; only the `events` count changes
        this.pending = true;
        this.sim.schedule(0, this.kClear, 0, EventPriority.control);
        return;
      }
    }
  }

  /** True when contacts of `type` wait and no group that may serve it has an agent left. */
  private mustClear(type: number): boolean {
    // Stryker disable next-line ConditionalExpression: clearing an empty queue does nothing (the clear event loops over every clearing type anyway); the check only saves the event
    if ((this.state.waitingPerType[type] as number) === 0) return false;
    const groups = this.state.eligibleGroups(type);
    // Stryker disable next-line EqualityOperator: one step past the list reads active[undefined], and `undefined > 0` is false, as the loop's end makes it
    for (let i = 0; i < groups.length; i++) if ((this.active[groups[i]!] as number) > 0) return false;
    return true;
  }

  private clearUnstaffed(): void {
    this.pending = false;
    for (const type of this.clearing) if (this.mustClear(type)) this.clear(type);
  }
}
