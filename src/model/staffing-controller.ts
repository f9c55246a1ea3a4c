import { EventPriority } from '../core/priority';
import type { EventKind, Simulator } from '../core/simulator';
import type { AgentTable } from './agent-table';
import type { StaffingSteps } from './staffing-plan';

/** What the staffing controller asks of the engine. */
export interface StaffingHooks {
  /** An agent's duty changed: tell the observers. */
  agentChanged(agent: number): void;
  /** An agent came on duty: offer it waiting work. */
  offerWork(agent: number): void;
}

/**
 * Moves each agent group along its staffing step function. When a group's level rises, agents
 * about to log off stay first, then off-duty agents log on (lowest ids first) and are offered
 * work; when it falls, idle agents log off at once (highest ids first) and busy ones finish the
 * contacts in hand, then log off ({@link StaffingController.finishedLastContact}).
 */
export class StaffingController {
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
    this.kind = sim.defineEvent('staffing', (g) => this.apply(g));
  }

  /** Schedules every group's first level at time 0. */
  start(): void {
    for (let g = 0; g < this.steps.length; g++) this.sim.scheduleAt(0, this.kind, g, EventPriority.release);
  }

  /** Called when an agent's load drops to zero: returns true if it logged off (it was leaving). */
  finishedLastContact(agent: number): boolean {
    if (this.agents.leaving[agent] !== 1) return false;
    this.logOff(agent);
    return true;
  }

  private apply(group: number): void {
    const { sim, agents } = this;
    const steps = this.steps[group]!;
    const i = this.index[group]!;
    const target = steps.agents[i] as number;
    this.applied++;
    this.index[group] = i + 1;
    if (i + 1 < steps.times.length) {
      const rising = (steps.agents[i + 1] as number) > target;
      sim.scheduleAt(steps.times[i + 1] as number, this.kind, group, rising ? EventPriority.release : EventPriority.control);
    }
    const members = agents.members[group]!;
    let active = 0;
    for (const a of members) if (agents.onDuty[a] === 1 && agents.leaving[a] === 0) active++;
    const joined: number[] = [];
    for (let k = 0; k < members.length && active < target; k++) {
      const a = members[k]!;
      if (agents.onDuty[a] === 1 && agents.leaving[a] === 1) {
        agents.leaving[a] = 0;
        active++;
        joined.push(a);
      }
    }
    for (let k = 0; k < members.length && active < target; k++) {
      const a = members[k]!;
      if (agents.onDuty[a] === 0) {
        agents.onDuty[a] = 1;
        agents.groupOnDuty[group]!++;
        active++;
        joined.push(a);
      }
    }
    for (let k = members.length - 1; k >= 0 && active > target; k--) {
      const a = members[k]!;
      if (agents.onDuty[a] === 1 && agents.leaving[a] === 0 && agents.totalLoad[a] === 0) {
        this.logOff(a);
        active--;
      }
    }
    for (let k = members.length - 1; k >= 0 && active > target; k--) {
      const a = members[k]!;
      if (agents.onDuty[a] === 1 && agents.leaving[a] === 0) {
        agents.leaving[a] = 1;
        agents.refresh(a, sim.now);
        this.hooks.agentChanged(a);
        active--;
      }
    }
    for (const a of joined) {
      agents.refresh(a, sim.now);
      this.hooks.agentChanged(a);
    }
    for (const a of joined) this.hooks.offerWork(a);
  }

  private logOff(agent: number): void {
    const agents = this.agents;
    agents.onDuty[agent] = 0;
    agents.leaving[agent] = 0;
    agents.groupOnDuty[agents.group[agent] as number]!--;
    agents.refresh(agent, this.sim.now);
    this.hooks.agentChanged(agent);
  }
}
