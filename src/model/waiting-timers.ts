import { EventPriority } from '../core/priority';
import type { EventKind } from '../core/simulator';
import type { RoutingPolicy } from './routing-policy';
import type { EngineCore } from './engine-core';
import { ContactInt, ContactReal } from './contact-table';

/**
 * The timers of a waiting contact: its patience running out (`abandon`), the opening of its next
 * overflow step (`overflow-step`, re-offering it to the agents) and the routing policy's own
 * `reconsiderAfter` wake-ups (`reconsider`). They start when the contact enters its queue and are
 * cancelled when it leaves it.
 */
export class WaitingTimers {
  /** The event kind of a waiting contact's patience running out (the engine's `abandon`). */
  readonly kAbandon: EventKind;
  private readonly kOverflowStep: EventKind;
  private readonly kReconsider: EventKind;
  /** Whether some contact type has overflow steps, decided once (else no step timer is ever set). */
  private readonly anySteps: boolean;
  /** Whether the policy asks to reconsider waiting contacts, decided once. */
  private readonly reconsiders: boolean;

  constructor(
    private readonly core: EngineCore,
    private readonly policy: RoutingPolicy,
    private readonly policyName: string,
  ) {
    const sim = core.sim;
    // Stryker disable next-line StringLiteral,ArrowFunction: the engine runs abandon events through its dispatchByKind (engine.ts), never this handler; an event's name is only a label (Simulator.eventName, read by nothing in the engine)
    this.kAbandon = sim.defineEvent('abandon', (c) => core.abandon(c));
    // Stryker disable next-line StringLiteral: an event's name is only a label (Simulator.eventName, read by nothing in the engine)
    this.kOverflowStep = sim.defineEvent('overflow-step', (c) => this.openStep(c));
    // Stryker disable next-line StringLiteral: an event's name is only a label (Simulator.eventName, read by nothing in the engine)
    this.kReconsider = sim.defineEvent('reconsider', (c) => this.reconsider(c));
    this.anySteps = core.model.contactTypes.some((t) => core.state.overflow.hasSteps(t.id));
    this.reconsiders = policy.reconsiderAfter !== undefined;
  }

  /** Starts the timers of contact `c` (of `type`), which has just entered its queue. */
  start(c: number, type: number): void {
    const { sim, state } = this.core;
    const contacts = state.contacts;
    const patience = contacts.reals[c * ContactReal.stride + ContactReal.patience] as number;
    if (patience < Infinity) sim.scheduleInto(patience, this.kAbandon, c, EventPriority.timer, contacts.reals, c * ContactReal.stride + ContactReal.timer);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: for a type without overflow steps nextOpening is Infinity and scheduleStep sets nothing; the guard only saves the call
    if (this.anySteps && state.overflow.hasSteps(type)) this.scheduleStep(c, 0);
    if (this.reconsiders) this.scheduleReconsider(c);
  }

  /** Cancels the pending timers of contact `c`, which leaves its queue. */
  cancel(c: number): void {
    const { sim, state } = this.core;
    const contacts = state.contacts;
    const timer = contacts.reals[c * ContactReal.stride + ContactReal.timer] as number;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: cancelling handle -1 is a no-op (never pending), and handle 0 is the first staffing change at time 0, scheduled before any contact waits
    if (timer >= 0) {
      sim.cancel(timer);
      contacts.reals[c * ContactReal.stride + ContactReal.timer] = -1;
    }
    // Stryker disable next-line ConditionalExpression: without overflow steps every stepTimer stays -1 and cancelStep does nothing (`false` is killed by the overflow tests)
    if (this.anySteps) this.cancelStep(c);
    // Stryker disable next-line ConditionalExpression: without reconsiderAfter every wakeTimer stays -1 and cancelWakeUp does nothing (`false` is killed by the wake-up tests)
    if (this.reconsiders) this.cancelWakeUp(c);
  }

  private cancelStep(c: number): void {
    const { sim, state } = this.core;
    const contacts = state.contacts;
    const stepTimer = contacts.reals[c * ContactReal.stride + ContactReal.stepTimer] as number;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: cancelling handle -1 is a no-op (never pending), and handle 0 is the first staffing change at time 0, scheduled before any contact waits
    if (stepTimer >= 0) {
      sim.cancel(stepTimer);
      contacts.reals[c * ContactReal.stride + ContactReal.stepTimer] = -1;
    }
  }

  private cancelWakeUp(c: number): void {
    const { sim, state } = this.core;
    const contacts = state.contacts;
    const wakeTimer = contacts.reals[c * ContactReal.stride + ContactReal.wakeTimer] as number;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: cancelling handle -1 is a no-op (never pending), and handle 0 is the first staffing change at time 0, scheduled before any contact waits
    if (wakeTimer >= 0) {
      sim.cancel(wakeTimer);
      contacts.reals[c * ContactReal.stride + ContactReal.wakeTimer] = -1;
    }
  }

  private scheduleReconsider(c: number): void {
    const { sim, state } = this.core;
    const delay = this.policy.reconsiderAfter!(c, state);
    if (!(delay >= 0)) {
      throw new Error(`routing policy '${this.policyName}': reconsiderAfter must return a delay ≥ 0 or Infinity, got ${delay}`);
    }
    if (delay < Infinity) state.contacts.reals[c * ContactReal.stride + ContactReal.wakeTimer] = sim.schedule(delay, this.kReconsider, c, EventPriority.timer);
  }

  /** The policy asked to see a waiting contact again: offer it, and ask when to look next. */
  private reconsider(c: number): void {
    this.core.state.contacts.reals[c * ContactReal.stride + ContactReal.wakeTimer] = -1;
    if (this.core.serveIfChosen(c, true)) return;
    this.core.counters.wakeUps++;
    this.scheduleReconsider(c);
  }

  /** Schedules the opening of the first overflow step after `fromStep` for a waiting contact. */
  private scheduleStep(c: number, fromStep: number): void {
    const { sim, state } = this.core;
    const contacts = state.contacts;
    const next = state.overflow.nextOpening(contacts.ints[c * ContactInt.stride + ContactInt.type] as number, contacts.reals[c * ContactReal.stride + ContactReal.queuedAt] as number, fromStep);
    if (next.time === Infinity) return;
    contacts.ints[c * ContactInt.stride + ContactInt.nextStep] = next.step;
    contacts.reals[c * ContactReal.stride + ContactReal.stepTimer] = sim.scheduleAt(next.time, this.kOverflowStep, c, EventPriority.timer);
  }

  /** An overflow step opened for a waiting contact: offer it to the agents again. */
  private openStep(c: number): void {
    const contacts = this.core.state.contacts;
    contacts.reals[c * ContactReal.stride + ContactReal.stepTimer] = -1;
    if (this.core.serveIfChosen(c, true)) return;
    this.scheduleStep(c, contacts.ints[c * ContactInt.stride + ContactInt.nextStep] as number);
  }
}
