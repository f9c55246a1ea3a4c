import { EventPriority } from '../core/priority';
import type { EventKind } from '../core/simulator';
import type { RepeatDefinition } from './definition';
import { ContactInt, ContactReal } from './contact-table';
import { IssueInt, IssueReal } from './issue-table';
import type { EngineCore } from './engine-core';
import type { JourneyRules } from './journey';
import type { OpeningHours } from './opening-hours';
import { retriesSameContact, type SameContactRetrials } from './same-contact-retrials';

/**
 * A customer's issue from the first contact to its close: it opens with a new customer, and each
 * time one of its contacts ends unresolved (abandoned, blocked, or served without resolving it)
 * the customer either gives up, which closes it, or comes back later as a new contact (a
 * `return` event: a repeat contact or a retrial, as {@link JourneyRules.nextContact} decides).
 * A resolved service closes it too.
 */
export class IssueFlow {
  private readonly kReturn: EventKind;
  private customers = 0;
  private serial = 0;

  /**
   * @param openings opening hours per contact type for returning customers (null: returns arrive
   *   when drawn)
   * @param returns called when a customer comes back: a new contact of `type` about `issue`
   * @param sameContact same-contact retrials, when the model has them (else null)
   */
  constructor(
    private readonly core: EngineCore,
    private readonly journey: JourneyRules,
    private readonly openings: OpeningHours | null,
    returns: (type: number, issue: number) => void,
    private readonly sameContact: SameContactRetrials | null = null,
  ) {
    const issues = core.state.issues;
    // Stryker disable next-line StringLiteral: an event's name is only a label (Simulator.eventName, read by nothing in the engine)
    this.kReturn = core.sim.defineEvent('return', (issue) => returns(issues.ints[issue * IssueInt.stride + IssueInt.nextType] as number, issue));
  }

  /** A new customer opens an issue now with a first contact of `type`, in `segment`. */
  open(type: number, segment: number): number {
    const issues = this.core.state.issues;
    const issue = issues.allocate();
    issues.reals[issue * IssueReal.stride + IssueReal.customer] = this.customers++;
    // Stryker disable next-line ArithmeticOperator: IssueInt.segment is 0, so minus it is plus it
    issues.ints[issue * IssueInt.stride + IssueInt.segment] = segment;
    issues.ints[issue * IssueInt.stride + IssueInt.firstType] = type;
    issues.reals[issue * IssueReal.stride + IssueReal.openedAt] = this.core.sim.now;
    issues.reals[issue * IssueReal.stride + IssueReal.serial] = this.serial++;
    return issue;
  }

  /** Issues opened by new customers so far. */
  get opened(): number {
    return this.serial;
  }

  /** An abandoned or blocked contact leaves; its customer may try again (`retrial`). */
  contactLost(c: number, retrial: RepeatDefinition | null): void {
    const { state, sim } = this.core;
    const contacts = state.contacts;
    const issue = contacts.ints[c * ContactInt.stride + ContactInt.issue] as number;
    state.issues.reals[issue * IssueReal.stride + IssueReal.lastContactEnd] = sim.now;
    state.issues.reals[issue * IssueReal.stride + IssueReal.customerTime]! += sim.now - (contacts.reals[c * ContactReal.stride + ContactReal.queuedAt] as number);
    const type = contacts.ints[c * ContactInt.stride + ContactInt.type] as number;
    // The engine builds sameContact whenever some type retries with the same contact.
    const same = retriesSameContact(retrial) ? this.sameContact : null;
    same?.keep(contacts, c, issue, sim.now);
    contacts.release(c);
    if (this.continueAfter(issue, type, retrial)) this.core.counters.retrials++;
    else same?.forget(issue);
  }

  /**
   * After an unresolved, abandoned or blocked contact of `type`: schedule the customer's return
   * (as `behaviour` says), or close the issue. Returns true when a return was scheduled.
   */
  continueAfter(issue: number, type: number, behaviour: RepeatDefinition | null): boolean {
    const { sim, model, state } = this.core;
    const next = this.journey.nextContact(issue, type, behaviour);
    if (next === null) {
      this.close(issue, false);
      return false;
    }
    // With `returnWhenClosed: next-opening`, a voice or chat return is moved out of a closed period
    // (no draw: the deferral is deterministic, so no stream moves).
    const drawn = sim.now + next.delay;
    const at = this.openings === null ? drawn : this.openings.nextOpening(next.type, drawn);
    state.issues.ints[issue * IssueInt.stride + IssueInt.nextType] = next.type;
    if (at < model.horizon) {
      // Returns come hours later and are never cancelled: they wait outside the main heap.
      sim.scheduleDistantAt(at, this.kReturn, issue, EventPriority.arrival);
      this.core.counters.returns++;
      return true;
    }
    // Stryker disable next-line UpdateOperator: the runaway watch only asks whether opened + closed + left changed between two checks; counting down changes it too (the watch's own tests pin the rule)
    this.core.counters.issuesLeft++;
    // Stryker disable next-line BooleanLiteral: past the horizon the issue is left (issuesLeft moves the watch's mark past it): `true` only adds a retrial to the runaway counters before that mark, and keeps a same-contact entry no contact will ask for
    return false;
  }

  /** The issue closes: resolved, or the customer gave up. */
  close(issue: number, resolved: boolean): void {
    // Stryker disable next-line UpdateOperator: the runaway watch only asks whether opened + closed + left changed between two checks; counting down changes it too (the watch's own tests pin the rule)
    this.core.counters.issuesClosed++;
    this.core.notify.issueClosed(issue, resolved);
    this.core.state.issues.release(issue);
  }
}
