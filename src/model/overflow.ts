import { ContactInt, ContactReal, type ContactTable } from './contact-table';
import type { AgentTable } from './agent-table';
import type { ModelDefinition, OverflowStepDefinition } from './definition';

/**
 * Overflow routing with protection (bullseye rings). For a contact type with overflow steps, an
 * agent of group g may serve a contact only when g belongs to a step whose `after` the contact's
 * wait has reached, and — for steps after the first — when that step's protection conditions hold
 * at that moment (see {@link OverflowProtection}). Types without steps: every qualified group,
 * always.
 *
 * The engine re-offers a waiting contact to the agents each time one of its steps opens; the
 * conditions are also re-checked whenever an agent frees up or a contact arrives, so a step that
 * was closed by protection opens as soon as an event finds its conditions true.
 */
export class OverflowRules {
  /** Step index of group g for type t (index t * groups + g): 0 primary, k > 0 overflow, -1 none. */
  readonly stepOf: Int16Array;
  /** Contacts served through an overflow step (k > 0) currently in hand, per group. */
  readonly overflowLoad: Int32Array;
  private readonly steps: readonly (readonly OverflowStepDefinition[] | null)[];
  private readonly primaryTypes: readonly (readonly number[])[];
  private readonly groups: number;

  /**
   * Builds the steps of every contact type from the model.
   *
   * @param qualified - whether a group has the skills and channel to serve a contact type
   * @param clock - the simulator (or anything with the current time)
   */
  constructor(
    model: ModelDefinition,
    qualified: (type: number, group: number) => boolean,
    private readonly contacts: ContactTable,
    private readonly agents: AgentTable,
    private readonly waitingPerType: Int32Array,
    private readonly typeChannel: Int32Array,
    private readonly clock: { readonly now: number },
  ) {
    const G = model.agentGroups.length;
    this.groups = G;
    this.stepOf = new Int16Array(model.contactTypes.length * G).fill(-1);
    this.overflowLoad = new Int32Array(G);
    this.steps = model.contactTypes.map((t) => t.overflow);
    const primary: number[][] = model.agentGroups.map(() => []);
    for (const t of model.contactTypes) {
      if (t.overflow === null) {
        for (let g = 0; g < G; g++) {
          if (!qualified(t.id, g)) continue;
          this.stepOf[t.id * G + g] = 0;
          primary[g]!.push(t.id);
        }
        continue;
      }
      t.overflow.forEach((step, k) => {
        for (const g of step.groups) {
          if (!qualified(t.id, g) || this.stepOf[t.id * G + g] !== -1) continue;
          this.stepOf[t.id * G + g] = k;
          if (k === 0) primary[g]!.push(t.id);
        }
      });
    }
    this.primaryTypes = primary;
  }

  /** True when the type has overflow steps (the protection check applies). */
  hasSteps(type: number): boolean {
    return this.steps[type] !== null;
  }

  /** Step through which `agent`'s group would serve `contact`, if allowed now; else -1. */
  stepFor(agent: number, contact: number): number {
    return this.groupStepFor(this.agents.group[agent] as number, contact);
  }

  /**
   * Step through which agents of `group` would serve `contact`, if allowed now; else -1. Depends
   * on the group only, never on the agent: {@link OverflowRules.stepFor} is this for the agent's group.
   */
  groupStepFor(group: number, contact: number): number {
    const type = this.contacts.ints[contact * ContactInt.stride + ContactInt.type] as number;
    const k = this.stepOf[type * this.groups + group] as number;
    if (k <= 0) return k;
    const step = this.steps[type]![k]!;
    // The same sum as the step's opening timer (nextOpening): `now - queuedAt < after` can be true
    // by rounding at the very instant the timer fires, and the step would then never open.
    if (this.clock.now < (this.contacts.reals[contact * ContactReal.stride + ContactReal.queuedAt] as number) + step.after) return -1;
    const p = step.protection;
    // Each `!== undefined` below only skips work: a comparison with an undefined bound is false,
    // so without the guard the condition decides the same.
    // Stryker disable next-line ConditionalExpression: `targetQueue(group) >= undefined` is false, as the guard makes it
    if (p.maxTargetQueue !== undefined && this.targetQueue(group) >= p.maxTargetQueue) return -1;
    // Stryker disable next-line ConditionalExpression: `waiting < undefined` is false, as the guard makes it
    if (p.minSourceQueue !== undefined && (this.waitingPerType[type] as number) < p.minSourceQueue) return -1;
    // Stryker disable next-line ConditionalExpression: `poolCount <= undefined` is false, as the guard makes it
    if (p.reserveAgents !== undefined) {
      const channel = this.typeChannel[type] as number;
      if (this.agents.poolCount(group, channel) <= p.reserveAgents) return -1;
    }
    // Stryker disable next-line ConditionalExpression: `load + 1 > undefined × onDuty` (NaN) is false, as the guard makes it
    if (p.maxShare !== undefined && (this.overflowLoad[group] as number) + 1 > p.maxShare * (this.agents.groupOnDuty[group] as number)) return -1;
    return k;
  }

  /** Time at which the next step after `fromStep` opens for a contact queued at `queuedAt` (Infinity if none). */
  nextOpening(type: number, queuedAt: number, fromStep: number): { time: number; step: number } {
    const steps = this.steps[type];
    // Stryker disable next-line ConditionalExpression: steps has an entry (the steps or null) for every type id
    if (steps === null || steps === undefined) return { time: Infinity, step: -1 };
    for (let k = fromStep + 1; k < steps.length; k++) {
      const after = steps[k]!.after;
      if (after > 0) return { time: queuedAt + after, step: k };
    }
    return { time: Infinity, step: -1 };
  }

  /** Contacts waiting for which `group` is a primary group. */
  targetQueue(group: number): number {
    const types = this.primaryTypes[group]!;
    let n = 0;
    for (let k = 0; k < types.length; k++) n += this.waitingPerType[types[k]!] as number;
    return n;
  }
}
