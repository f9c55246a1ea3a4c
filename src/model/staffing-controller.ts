import { EventPriority } from '../core/priority';
import type { EventKind, Simulator } from '../core/simulator';
import type { AgentTable } from './agent-table';
import { logAgentOff, moveToTarget, type StaffingHooks } from './duty-moves';
import type { StaffingSteps } from './staffing-plan';

export type { StaffingHooks } from './duty-moves';

/** What the engine's service flow needs of whichever controller moves agents on and off duty. */
export interface DutyController {
  /** Schedules the first staffing changes. */
  start(): void;
  /** Called when an agent's load drops to zero: returns true if it logged off (it was leaving). */
  finishedLastContact(agent: number): boolean;
  /** Staffing changes applied so far (progress for the runaway watch). */
  readonly applied: number;
}

/**
 * Moves each agent group along its staffing step function. When a group's level rises, agents
 * about to log off stay first, then off-duty agents log on (lowest ids first) and are offered
 * work; when it falls, idle agents log off at once (highest ids first) and busy ones finish the
 * contacts in hand, then log off ({@link StaffingController.finishedLastContact}).
 */
export class StaffingController implements DutyController {
  /** Staffing levels applied so far (progress for the runaway watch). */
  applied = 0;
  private readonly index: Int32Array;
  private readonly kind: EventKind;

  constructor(
    private readonly sim: Simulator,
    private readonly agents: AgentTable,
    private readonly steps: readonly StaffingSteps[],
    private readonly hooks: StaffingHooks,
  ) {
    this.index = new Int32Array(steps.length);
    // Stryker disable next-line StringLiteral: an event's name is only a label (Simulator.eventName, read by nothing in the engine)
    this.kind = sim.defineEvent('staffing', (g) => this.apply(g));
  }

  /** Schedules every group's first level at time 0. */
  start(): void {
    for (let g = 0; g < this.steps.length; g++) this.sim.scheduleAt(0, this.kind, g, EventPriority.release);
  }

  /** Called when an agent's load drops to zero: returns true if it logged off (it was leaving). */
  finishedLastContact(agent: number): boolean {
    if (this.agents.leaving[agent] !== 1) return false;
    logAgentOff(this.sim, this.agents, this.hooks, agent);
    return true;
  }

  private apply(group: number): void {
    const { sim, agents } = this;
    const steps = this.steps[group]!;
    const i = this.index[group]!;
    const target = steps.agents[i] as number;
    // Stryker disable next-line UpdateOperator: the runaway watch only asks whether its progress sum changed between checks, which a count going down does as well
    this.applied++;
    this.index[group] = i + 1;
    if (i + 1 < steps.times.length) {
      // Stryker disable next-line EqualityOperator: staffingSteps lists only changes, so two steps in a row never have the same level
      const rising = (steps.agents[i + 1] as number) > target;
      sim.scheduleAt(steps.times[i + 1] as number, this.kind, group, rising ? EventPriority.release : EventPriority.control);
    }
    moveToTarget(sim, agents, this.hooks, group, target, (a) => logAgentOff(sim, agents, this.hooks, a));
  }
}
