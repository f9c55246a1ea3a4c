import { growFloat64 } from '../util/typed-array-growth';
import { ContactReal, type ContactTable } from './contact-table';
import type { ModelDefinition, RepeatDefinition } from './definition';

/** What a same-contact retrial carries over from its customer's earlier attempt. */
interface KeptContact {
  readonly handleTime: number;
  readonly patience: number;
  readonly resolutionDraw: number;
  /** Wait over every attempt so far (seconds). */
  readonly waited: number;
}

/** True when `retrial` asks for the same contact again. */
export function retriesSameContact(retrial: RepeatDefinition | null): boolean {
  return retrial !== null && retrial.sameContact === true;
}

/** True when some contact type retries with the same contact (`retrial.sameContact`). */
export function usesSameContactRetrials(model: ModelDefinition): boolean {
  return model.contactTypes.some((t) => retriesSameContact(t.retrial));
}

/**
 * Retrials that are the same contact again (a type's `retrial.sameContact`), as ContactCenters'
 * Bilingual example re-enters the abandoned `Contact` object: the retrial keeps the handle time,
 * patience and resolution draws of the customer's first attempt (nothing is drawn for it, so the
 * type's streams give the n-th new contact the n-th draws whatever the retrials), and the waits of
 * all its attempts add up (`getTotalQueueTime()`): {@link SameContactRetrials.priorWait} is what
 * the service-level test adds to the wait of the attempt being answered. Blocked attempts wait 0.
 * Patience restarts in full at each attempt, as the source's default patience does.
 *
 * The engine creates it only when the model uses the option, so models without it pay nothing.
 */
export class SameContactRetrials {
  /** Kept draws and wait by issue slot, between an attempt's end and the retrial. */
  private readonly kept = new Map<number, KeptContact>();
  /** Wait of earlier attempts by contact slot (0 for a contact that is no such retrial). */
  private prior: Float64Array = new Float64Array(256);

  /**
   * Contact `c` about `issue` ended abandoned, blocked or cleared at `now` and its customer will
   * retry with the same contact: keep its draws and its wait so far.
   */
  keep(contacts: ContactTable, c: number, issue: number, now: number): void {
    this.kept.set(issue, {
      handleTime: contacts.reals[c * ContactReal.stride + ContactReal.baseHandleTime] as number,
      patience: contacts.reals[c * ContactReal.stride + ContactReal.patience] as number,
      resolutionDraw: contacts.reals[c * ContactReal.stride + ContactReal.resolutionDraw] as number,
      waited: this.priorWait(c) + now - (contacts.reals[c * ContactReal.stride + ContactReal.queuedAt] as number),
    });
  }

  /** The customer of `issue` does not retry after all: drop what {@link SameContactRetrials.keep} kept. */
  forget(issue: number): void {
    this.kept.delete(issue);
  }

  /**
   * Contact `c` about `issue` enters now. When it is a same-contact retrial, sets its kept draws
   * and returns true (the engine then draws nothing for it); else returns false. Either way it
   * records the contact's wait of earlier attempts.
   */
  enter(contacts: ContactTable, c: number, issue: number): boolean {
    // Stryker disable next-line MethodExpression,ArithmeticOperator: every new length past c gives the same results (c + 1, or twice the old one, or their minimum); doubling only saves reallocations
    if (c >= this.prior.length) this.prior = growFloat64(this.prior, Math.max(c + 1, this.prior.length * 2));
    const kept = this.kept.get(issue);
    if (kept === undefined) {
      this.prior[c] = 0;
      return false;
    }
    this.kept.delete(issue);
    contacts.reals[c * ContactReal.stride + ContactReal.baseHandleTime] = kept.handleTime;
    contacts.reals[c * ContactReal.stride + ContactReal.patience] = kept.patience;
    contacts.reals[c * ContactReal.stride + ContactReal.resolutionDraw] = kept.resolutionDraw;
    this.prior[c] = kept.waited;
    return true;
  }

  /** The wait of contact `c`'s earlier attempts (seconds; 0 when it is not a same-contact retrial). */
  priorWait(c: number): number {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: enter() has grown the array past every contact slot it was given, and every contact enters before it is served
    return c < this.prior.length ? (this.prior[c] as number) : 0;
  }
}
