import { EventPriority } from '../core/priority';
import type { EventKind, Simulator } from '../core/simulator';
import type { AgentTable } from './agent-table';
import { logAgentOff, moveToTarget, type StaffingHooks } from './duty-moves';
import type { DutyController } from './staffing-controller';
import { LedgerLevel, type WorkforceLedger } from './workforce-ledger';
import type { PlannedBreak, WorkforcePlan, workforcePlan } from './workforce-plan';

/** Tolerance of the floor in the shrinkage rule (a product such as 10 × 0.7 that should be whole). */
const FLOOR_SLACK = 1e-9;

/**
 * The agents of a group who may take contacts: `floor((present − breaks) × (1 − shrinkage))`,
 * where `breaks` counts the agents on break and those due one but still finishing a contact.
 * Rounding down means `scheduled = ceil(productive / (1 − shrinkage))`, the planner's formula,
 * always yields at least `productive` agents (see docs/workforce.md).
 */
export function productiveAgents(present: number, breaks: number, shrinkage: number): number {
  return Math.max(0, Math.floor((present - breaks) * (1 - shrinkage) + FLOOR_SLACK));
}

/** Per-group state of the workforce controller. */
interface GroupState {
  step: number;
  nextBreak: number;
  /** Breaks due whose agent has not left yet (still finishing a contact), oldest first. */
  readonly pending: PlannedBreak[];
  /** Return times of the agents on break. */
  returns: number[];
}

/**
 * Moves agents on and off duty along each group's {@link WorkforcePlan}: present agents (after
 * absences), breaks and shrinkage. A break falls due at its planned time; an agent already off
 * contacts for shrinkage takes it at once, else the first agent of the group to log off
 * afterwards: an idle one at once, else the first to finish its contact in hand. It then takes the whole break (it shifts, it is not shortened), unless its
 * shift ends first; a break not begun when its shift ends is dropped. Agents move exactly as with
 * the plain staffing controller (see `moveToTarget`), towards {@link productiveAgents}. Every
 * change is written to the {@link WorkforceLedger}.
 */
export class WorkforceController implements DutyController {
  /** Staffing changes (steps, breaks due and ended) applied so far (progress for the runaway watch). */
  applied = 0;
  private readonly state: GroupState[];
  private readonly kStep: EventKind;
  private readonly kBreak: EventKind;
  private readonly kReturn: EventKind;

  /**
   * @param plans - each group's plan for this replication ({@link workforcePlan})
   * @param ledger - where the agent-hours are integrated
   */
  constructor(
    private readonly sim: Simulator,
    private readonly agents: AgentTable,
    private readonly plans: readonly WorkforcePlan[],
    private readonly hooks: StaffingHooks,
    private readonly ledger: WorkforceLedger,
  ) {
    this.state = plans.map(() => ({ step: 0, nextBreak: 0, pending: [], returns: [] }));
    // Stryker disable next-line StringLiteral: an event's name is only a label (Simulator.eventName, read by nothing in the engine)
    this.kStep = sim.defineEvent('workforce-step', (g) => this.reconcile(g));
    // Stryker disable next-line StringLiteral: an event's name is only a label
    this.kBreak = sim.defineEvent('break-due', (g) => this.reconcile(g));
    // Stryker disable next-line StringLiteral: an event's name is only a label
    this.kReturn = sim.defineEvent('break-end', (g) => this.reconcile(g));
  }

  /** Schedules every group's first level at time 0 and its first break. */
  start(): void {
    for (let g = 0; g < this.plans.length; g++) {
      this.sim.scheduleAt(0, this.kStep, g, EventPriority.release);
      if (this.plans[g]!.times.length > 1) this.scheduleStep(g, 0);
      this.scheduleNextBreak(g);
    }
  }

  /** Called when an agent's load drops to zero: returns true if it logged off (it was leaving). */
  finishedLastContact(agent: number): boolean {
    if (this.agents.leaving[agent] !== 1) return false;
    this.logOff(agent);
    this.record(this.agents.group[agent] as number);
    return true;
  }

  /** An agent's load changed: the ledger counts the group's busy agents. */
  agentChanged(agent: number): void {
    const g = this.agents.group[agent] as number;
    this.ledger.set(g, LedgerLevel.busy, this.sim.now, this.agents.groupBusy[g] as number);
  }

  /** Brings group `g` up to date with every change due by now, then moves its agents. */
  private reconcile(g: number): void {
    // Stryker disable next-line UpdateOperator: the runaway watch only asks whether its progress sum changed between checks, which a count going down does as well
    this.applied++;
    const { sim, agents } = this;
    const now = sim.now;
    const plan = this.plans[g]!;
    const st = this.state[g]!;
    while ((plan.times[st.step + 1] ?? Infinity) <= now) {
      st.step++;
      if (st.step + 1 < plan.times.length) this.scheduleStep(g, st.step);
    }
    const first = st.nextBreak;
    while (st.nextBreak < plan.breaks.length && (plan.breaks[st.nextBreak] as PlannedBreak).due <= now) {
      const due = plan.breaks[st.nextBreak++] as PlannedBreak;
      st.pending.push(due);
      // Drop the break at its shift's end if no agent has left for it by then.
      this.sim.scheduleAt(due.shiftEnd, this.kBreak, g, EventPriority.control);
    }
    if (st.nextBreak > first) this.scheduleNextBreak(g);
    dropEnded(st.pending, now);
    st.returns = st.returns.filter((back) => back > now);
    // Present agents already off contacts for shrinkage take due breaks first, at once.
    let shrunkOff = (plan.present[st.step] as number) - st.returns.length - (agents.groupOnDuty[g] as number);
    for (; shrunkOff > 0 && st.pending.length > 0; shrunkOff--) this.startBreak(g, st.pending.shift() as PlannedBreak);
    const target = this.target(g);
    moveToTarget(sim, agents, this.hooks, g, target, (a) => this.logOff(a));
    this.record(g);
  }

  private target(g: number): number {
    const plan = this.plans[g]!;
    const st = this.state[g]!;
    return productiveAgents(plan.present[st.step] as number, st.pending.length + st.returns.length, plan.shrinkage[st.step] as number);
  }

  private scheduleStep(g: number, step: number): void {
    const plan = this.plans[g]!;
    const rising = (plan.present[step + 1] as number) > (plan.present[step] as number);
    this.sim.scheduleAt(plan.times[step + 1] as number, this.kStep, g, rising ? EventPriority.release : EventPriority.control);
  }

  /** Schedules the group's next break due (each break's time gets one event; same-time breaks share it). */
  private scheduleNextBreak(g: number): void {
    const next = this.plans[g]!.breaks[this.state[g]!.nextBreak];
    if (next !== undefined) this.sim.scheduleAt(next.due, this.kBreak, g, EventPriority.control);
  }

  /** Logs an agent off; if a break of its group is pending, the agent takes it now. */
  private logOff(agent: number): void {
    const g = this.agents.group[agent] as number;
    const st = this.state[g]!;
    logAgentOff(this.sim, this.agents, this.hooks, agent);
    const now = this.sim.now;
    dropEnded(st.pending, now);
    const taken = st.pending.shift();
    if (taken !== undefined) this.startBreak(g, taken);
  }

  /** An agent of group g begins break `b` now: it comes back after the whole break, or at its shift's end if sooner. */
  private startBreak(g: number, b: PlannedBreak): void {
    const back = Math.min(this.sim.now + b.length, b.shiftEnd);
    this.state[g]!.returns.push(back);
    this.sim.scheduleAt(back, this.kReturn, g, EventPriority.release);
  }

  /** Writes group g's levels to the ledger. */
  private record(g: number): void {
    const plan = this.plans[g]!;
    const st = this.state[g]!;
    const now = this.sim.now;
    const present = plan.present[st.step] as number;
    const ledger = this.ledger;
    ledger.set(g, LedgerLevel.scheduled, now, plan.scheduled[st.step] as number);
    ledger.set(g, LedgerLevel.present, now, present);
    ledger.set(g, LedgerLevel.onBreak, now, st.returns.length);
    ledger.set(g, LedgerLevel.shrunk, now, Math.max(0, present - st.pending.length - st.returns.length - this.target(g)));
  }
}

/** Removes the pending breaks whose shift has ended by `now`. */
function dropEnded(pending: PlannedBreak[], now: number): void {
  for (let i = pending.length - 1; i >= 0; i--) if ((pending[i] as PlannedBreak).shiftEnd <= now) pending.splice(i, 1);
}
